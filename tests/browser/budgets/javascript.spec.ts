import { expect, test } from '@playwright/test';
import { hydrateAllIslands, recordScriptBytes } from '../support/loaded-scripts';

const KB = 1024;

test('the offer form page loads at most 20 KB of JavaScript (gzip), validation included', async ({ page }) => {
  const scriptBytes = recordScriptBytes(page);
  await page.goto('/aanbieden/');
  await hydrateAllIslands(page);
  // Submitting the empty form loads the shared validation rules, so they count towards the budget too.
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: /niet goed ingevuld/ })).toBeFocused();
  const bytes = await scriptBytes();
  expect(bytes).toBeGreaterThan(5 * KB);
  expect(bytes).toBeLessThanOrEqual(20 * KB);
});

test('a content page loads no JavaScript at all', async ({ page }) => {
  const scriptBytes = recordScriptBytes(page);
  await page.goto('/kennisbank/taken-opbouwen-en-begeleiden-op-de-werkvloer/');
  expect(await scriptBytes()).toBe(0);
});
