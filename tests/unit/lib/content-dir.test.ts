import { describe, expect, it } from 'vitest';
import { contentDirProblem, resolveContentDir } from '../../../src/lib/content-dir.mjs';

const ROOT = '/srv/site';

describe('resolveContentDir', () => {
  it('defaults to content/ in the project when CONTENT_DIR is unset or empty', () => {
    for (const env of [{}, { CONTENT_DIR: '' }, { CONTENT_DIR: '  ' }])
      expect(resolveContentDir(env, ROOT)).toEqual({
        path: '/srv/site/content',
        label: 'content',
        insideProject: true,
      });
  });

  it('resolves a relative folder from the project root, whatever the working directory', () => {
    expect(resolveContentDir({ CONTENT_DIR: 'tests/fixtures/site/' }, ROOT)).toEqual({
      path: '/srv/site/tests/fixtures/site',
      label: 'tests/fixtures/site',
      insideProject: true,
    });
    expect(resolveContentDir({ CONTENT_DIR: './bureau/../inhoud' }, ROOT).label).toBe('inhoud');
  });

  it('takes an absolute folder as it is, named in full when it lies outside the project', () => {
    expect(resolveContentDir({ CONTENT_DIR: '/srv/site/inhoud' }, ROOT)).toMatchObject({ label: 'inhoud' });
    expect(resolveContentDir({ CONTENT_DIR: '/data/bureau' }, ROOT)).toEqual({
      path: '/data/bureau',
      label: '/data/bureau',
      insideProject: false,
    });
    expect(resolveContentDir({ CONTENT_DIR: '../elders' }, ROOT).insideProject).toBe(false);
    expect(resolveContentDir({ CONTENT_DIR: '.' }, ROOT).insideProject).toBe(false);
  });
});

describe('contentDirProblem', () => {
  const dir = resolveContentDir({ CONTENT_DIR: 'inhoud' }, ROOT);

  it('accepts a folder with a bureau.yaml', () => {
    expect(contentDirProblem(dir, () => true)).toBeUndefined();
  });

  it('names CONTENT_DIR and the folder when the folder does not exist', () => {
    const problem = contentDirProblem(dir, () => false);
    expect(problem).toMatch(/^De map met de inhoud van de website \(CONTENT_DIR\) bestaat niet: inhoud\./);
    expect(problem).toContain(
      '(CONTENT_DIR must name a content folder with bureau.yaml; "/srv/site/inhoud" does not exist.)',
    );
  });

  it('names the missing bureau.yaml', () => {
    const problem = contentDirProblem(dir, (path) => path === '/srv/site/inhoud');
    expect(problem).toMatch(/\(CONTENT_DIR\) heeft geen bureau\.yaml: inhoud\./);
    expect(problem).toContain('has no bureau.yaml');
  });
});
