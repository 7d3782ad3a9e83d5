import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';

/** Astro's island runtime, one file shared by every page with an island (src/integrations/external-island-runtime.mjs). */
const ISLAND_RUNTIME = /\/_astro\/astro-island\.[\w-]+\.js$/;

/**
 * Starts recording every script file the page loads; call the result for their total gzip size in bytes. Astro's
 * island runtime (1.9 KB, cached across pages) is not counted, as when Astro put it inline: the budgets are for the
 * project's own code. A page without islands does not load it, so its zero stays a zero.
 */
export function recordScriptBytes(page: Page): () => Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(ISLAND_RUNTIME.test(response.url()) ? Promise.resolve(Buffer.alloc(0)) : response.body());
  });
  return async () => {
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(bodies);
    return files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  };
}

/**
 * Brings every island into view and points at it (islands hydrate when visible, or, like the calculators, when someone
 * starts to use them), then waits until each has hydrated (Astro drops `ssr` then).
 */
export async function hydrateAllIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let index = 0; index < (await islands.count()); index++) {
    await islands.nth(index).scrollIntoViewIfNeeded();
    await islands.nth(index).dispatchEvent('pointerover');
    await expect(islands.nth(index)).not.toHaveAttribute('ssr');
  }
}
