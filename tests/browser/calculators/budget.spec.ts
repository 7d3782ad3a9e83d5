import { expect, test, type Page } from '@playwright/test';
import { hydrateAllIslands, recordScriptBytes } from '../support/loaded-scripts';

/** Loads a page, scrolls so visible-only islands hydrate, and returns the gzip size of every script file it loaded. */
async function loadedScriptBytes(page: Page, path: string): Promise<number> {
  const scriptBytes = recordScriptBytes(page);
  await page.goto(path);
  await hydrateAllIslands(page);
  return scriptBytes();
}

for (const slug of ['werkervaringsplaats', 'no-riskpolis', 'verzuimkosten']) {
  test(`${slug}: the page loads at most 15 KB of JavaScript (gzip)`, async ({ page }) => {
    const bytes = await loadedScriptBytes(page, `/rekenhulpen/${slug}/`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(15 * 1024);
  });
}

test('the overview page loads no JavaScript', async ({ page }) => {
  expect(await loadedScriptBytes(page, '/rekenhulpen/')).toBe(0);
});
