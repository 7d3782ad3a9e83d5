import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, DEPLOY_TARGETS, hasPersistentDisk, resolveDeployTarget } from '../../../src/lib/deploy-target.mjs';

describe('resolveDeployTarget', () => {
  it('defaults to the Node server when DEPLOY_TARGET is unset or empty', () => {
    expect(resolveDeployTarget({})).toBe('node');
    expect(resolveDeployTarget({ DEPLOY_TARGET: '' })).toBe('node');
    expect(resolveDeployTarget({ DEPLOY_TARGET: '  ' })).toBe('node');
  });

  it('accepts every known target, ignoring case and surrounding spaces', () => {
    expect(resolveDeployTarget({ DEPLOY_TARGET: 'node' })).toBe('node');
    expect(resolveDeployTarget({ DEPLOY_TARGET: 'vercel' })).toBe('vercel');
    expect(resolveDeployTarget({ DEPLOY_TARGET: ' Vercel ' })).toBe('vercel');
  });

  it('rejects an unknown target with a message naming the value and the choices', () => {
    expect(() => resolveDeployTarget({ DEPLOY_TARGET: 'netlfy' })).toThrow(
      'Unknown DEPLOY_TARGET "netlfy". Use one of: node, vercel (unset means node).',
    );
  });
});

describe('build folders', () => {
  it('keeps the Node build in dist/ and puts nothing of the Vercel build there', () => {
    expect(BUILD_DIRS.node).toEqual({ outDir: 'dist', staticDir: 'dist/client' });
    expect(BUILD_DIRS.vercel.outDir.startsWith('dist')).toBe(false);
    expect(BUILD_DIRS.vercel.staticDir).toBe('.vercel/output/static');
  });

  it('has folders for every target', () => {
    for (const target of DEPLOY_TARGETS) expect(BUILD_DIRS[target]).toBeDefined();
  });
});

describe('hasPersistentDisk', () => {
  it('is true only for the long-running Node server', () => {
    expect(hasPersistentDisk('node')).toBe(true);
    expect(hasPersistentDisk('vercel')).toBe(false);
  });
});
