import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/** Loads a page, scrolls so visible-only islands hydrate, and returns the gzip size of every script file it loaded. */
async function loadedScriptBytes(page: Page, path: string): Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(path);
  const islands = page.locator('astro-island');
  for (let index = 0; index < (await islands.count()); index++) {
    await islands.nth(index).scrollIntoViewIfNeeded();
    await expect(islands.nth(index)).not.toHaveAttribute('ssr');
  }
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  return files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
}

for (const naam of ['werkervaringsplaats', 'no-riskpolis', 'verzuimkosten']) {
  test(`${naam}: the page loads at most 15 KB of JavaScript (gzip)`, async ({ page }) => {
    const bytes = await loadedScriptBytes(page, `/rekenhulpen/${naam}/`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(15 * 1024);
  });
}

test('the overview page loads no JavaScript', async ({ page }) => {
  expect(await loadedScriptBytes(page, '/rekenhulpen/')).toBe(0);
});
