import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import islandRuntime from 'astro/runtime/server/astro-island.prebuilt.js';
import {
  islandRuntimeFileName,
  withExternalIslandRuntime,
} from '../../../src/integrations/external-island-runtime.mjs';

const hash = `'sha256-${createHash('sha256').update(islandRuntime).digest('base64')}'`;
const policy = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc=' ${hash} 'sha256-def=';">`;
const page = (body: string) => `<html><head>${policy}</head><body>${body}</body></html>`;

describe('the external island runtime', () => {
  it("replaces Astro's inline runtime by a deferred file and drops its hash from the policy", () => {
    const html = page(`<script>(()=>{})()</script><script>${islandRuntime}</script><astro-island ssr></astro-island>`);
    const changed = withExternalIslandRuntime(html, '/_astro/astro-island.x.js');
    expect(changed).not.toContain(islandRuntime);
    expect(changed).not.toContain(hash);
    expect(changed).toContain(
      `<script>(()=>{})()</script><script src="/_astro/astro-island.x.js" defer></script><astro-island ssr>`,
    );
    expect(changed).toContain(`script-src 'self' 'sha256-abc=' 'sha256-def=';`);
  });

  it('leaves a page without islands as it is but for the hash', () => {
    const html = page('<p>Tekst</p>');
    expect(withExternalIslandRuntime(html, '/_astro/astro-island.x.js')).toBe(html.replace(` ${hash}`, ''));
  });

  it('names the file after its content, so it can be cached for good', () => {
    expect(islandRuntimeFileName()).toMatch(/^astro-island\.[\w-]{8}\.js$/);
  });
});
