import { expect, test } from '@playwright/test';
import { publishedArticleWith } from '../knowledge-base/article-files';
import { hydrateAllIslands, recordScriptBytes } from '../support/loaded-scripts';

const KB = 1024;

test('the offer form page loads at most 15 KB of JavaScript (gzip), also after a submission', async ({ page }) => {
  const scriptBytes = recordScriptBytes(page);
  await page.goto('/aanbieden/');
  await hydrateAllIslands(page);
  // Everything the form does after a click (the server's errors in place) counts towards the budget too.
  // The first post starts the intake's code on the server: on a busy machine that outlasts an expect's timeout.
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/aanbod'), { timeout: 80_000 }),
    page.getByRole('button', { name: 'Aanbod versturen' }).click(),
  ]);
  await expect(page.getByRole('heading', { name: /niet goed ingevuld/ })).toBeFocused();
  const bytes = await scriptBytes();
  expect(bytes).toBeGreaterThan(5 * KB);
  expect(bytes).toBeLessThanOrEqual(15 * KB);
});

test('the request form page loads at most 18 KB of JavaScript (gzip), also after a submission', async ({ page }) => {
  const scriptBytes = recordScriptBytes(page);
  await page.goto('/aanvragen/');
  await hydrateAllIslands(page);
  // The first post starts the intake's code on the server: on a busy machine that outlasts an expect's timeout.
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/aanvraag'), { timeout: 80_000 }),
    page.getByRole('button', { name: 'Aanvraag versturen' }).click(),
  ]);
  await expect(page.getByRole('heading', { name: /niet goed ingevuld/ })).toBeFocused();
  const bytes = await scriptBytes();
  // The offer form's class plus the planner's date rules for the live key dates (about 1.5 KB).
  expect(bytes).toBeGreaterThan(5 * KB);
  expect(bytes).toBeLessThanOrEqual(18 * KB);
});

test('a content page loads no JavaScript at all', async ({ page }) => {
  const scriptBytes = recordScriptBytes(page);
  const article = publishedArticleWith('no calculator', (a) => !a.body.includes('<Rekenhulp'));
  await page.goto(`/kennisbank/${article.slug}/`);
  expect(await scriptBytes()).toBe(0);
});
