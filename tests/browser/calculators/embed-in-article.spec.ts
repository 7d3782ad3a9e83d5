import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, summary } from './helpers';

const article = '/kennisbank/no-riskpolis-bij-het-tweede-spoor/';

test('a calculator embedded in an article loads only when scrolled to, calculates and keeps its inputs in the URL', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(article);
  await page.waitForLoadState('networkidle');
  expect(scripts, 'no calculator code before the calculator is visible').toEqual([]);

  const island = page.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr');
  expect(scripts.length).toBeGreaterThan(0);

  await page.getByLabel('Startjaar van het contract').selectOption('2026');
  await page.getByLabel('Brutojaarloon').fill('52.200');
  await page.getByLabel('Uren per week').fill('32');
  await page.getByLabel('Ziektedagen per jaar').fill('10');
  await page.getByLabel('Loon bij ziekte volgens cao of contract').fill('100');
  await page.getByLabel('Aantal jaren').fill('5');
  // 5 × (100% × 52,200 / 261 × 10 = 2,000) + 3 × min(3.05 × 32 × 52 = 5,075.20, 6,000) = 25,225.60
  await expect(summary(page)).toHaveText('Totaal over 5 jaar: € 25.225,60.');
  await expect(page).toHaveURL(/[?&]nrp\./);
  await expect(page).toHaveURL(new RegExp(`${article}\\?`));

  await page.reload();
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await expect(summary(page)).toHaveText('Totaal over 5 jaar: € 25.225,60.');
  await expectNoAxeViolations(page);
});
