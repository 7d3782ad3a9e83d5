import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_CASES } from '../../support/calculator-examples';
import { hydrateAllIslands, recordScriptBytes } from '../support/loaded-scripts';

/**
 * Loads a page, brings its islands to life, and returns the gzip size of every script file it loaded plus the
 * project's own inline module scripts (the "Kopieer link" button; Astro's small island loader is not counted).
 */
async function loadedScriptBytes(page: Page, path: string): Promise<number> {
  const scriptBytes = recordScriptBytes(page);
  const response = await page.goto(path);
  const html = (await response?.text()) ?? '';
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce(
    (sum, [, body]) => sum + gzipSync(body ?? '', { level: 9 }).length,
    0,
  );
  await hydrateAllIslands(page);
  return (await scriptBytes()) + inline;
}

test('every calculator of the catalogue is measured', () => {
  expect(EXAMPLE_CASES.length).toBeGreaterThan(0);
});

/**
 * The budget of a calculator page, everything its island loads (Preact included; Astro's island runtime excluded, see
 * loaded-scripts.ts). It was 15 KB until the calculators took the shared form kit (one error summary for every form),
 * the link into the employer intake with the dates filled in, and the "Kopieer link" script as a cached file instead of
 * inline. The three-box date input of the form kit (its boxes, the GOV.UK date messages and the date joined into one
 * parameter for a shared link) and the kit's hint and error parts added about 1.3 KB to every calculator, and keeping
 * the date messages out of the intake forms (which leave checking to the server) moved them into the calculators' own
 * file: the verzuimkosten calculator, the largest, loads about 17.2 KB. Hence 17.5 KB; the others load about 16.2 KB.
 */
const CALCULATOR_BUDGET = 17.5 * 1024;

// Every calculator of the catalogue, its result page with its worked example.
for (const { slug, query } of EXAMPLE_CASES) {
  test(`${slug}: the page and its result page load at most ${CALCULATOR_BUDGET / 1024} KB of JavaScript (gzip)`, async ({
    page,
  }) => {
    for (const path of [`/rekenhulpen/${slug}/`, `/rekenhulpen/${slug}/uitkomst/${query}`]) {
      const bytes = await loadedScriptBytes(page, path);
      expect(bytes, path).toBeGreaterThan(0);
      expect(bytes, path).toBeLessThanOrEqual(CALCULATOR_BUDGET);
    }
  });

  test(`${slug}: no script runs for the island until someone uses the form`, async ({ page }) => {
    const islandScripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && /Calculator\./.test(request.url())) islandScripts.push(request.url());
    });
    await page.goto(`/rekenhulpen/${slug}/`);
    await page.waitForLoadState('networkidle');
    expect(islandScripts).toEqual([]);
    await expect(page.locator('astro-island').first()).toHaveAttribute('ssr');
    // Pointing at the form is enough to start it.
    await page.locator('astro-island form').hover();
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
    expect(islandScripts.length).toBeGreaterThan(0);
  });
}

test('the overview page loads no JavaScript', async ({ page }) => {
  expect(await loadedScriptBytes(page, '/rekenhulpen/')).toBe(0);
});
