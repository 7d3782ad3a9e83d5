import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/no-riskpolis/';

test('calculates per year with Dutch decimal input and restores on reload', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Startjaar van het contract').selectOption('2026');
  await page.getByLabel('Brutojaarloon').fill('52.200,00');
  await page.getByLabel('Uren per week').fill('32');
  await page.getByLabel('Ziektedagen per jaar').fill('10');
  await page.getByLabel('Loon bij ziekte volgens cao of contract').fill('100');
  await page.getByLabel('Aantal jaren').fill('5');
  // per year: 100% × (52,200 / 261 = 200) × 10 = 2,000; LKV min(3.05 × 32 × 52, 6,000) = 5,075.20 for 3 years
  // total = 5 × 2,000 + 3 × 5,075.20 = 25,225.60
  await expect(summary(page)).toContainText('€ 25.225,60 in 5 jaar.');
  // The conditions come before any amount.
  const conditions = page.getByRole('heading', { name: 'Dit bedrag krijgt u alleen als' });
  const firstAmount = page.getByRole('heading', { name: 'Wat u kunt terugkrijgen', exact: true });
  expect((await conditions.boundingBox())!.y).toBeLessThan((await firstAmount.boundingBox())!.y);
  const table = page.getByRole('table', { name: 'Per jaar' });
  await expect(table.getByRole('row', { name: /2026/ })).toContainText('€ 7.075,20');
  await expect(table.getByRole('row', { name: /2029/ })).toContainText('€ 2.000,00');

  await page.reload();
  await expect(summary(page)).toContainText('€ 25.225,60 in 5 jaar.');
});

test('the year switch changes the dagloon cap', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Brutojaarloon').fill('90000');
  await page.getByLabel('Ziektedagen per jaar').fill('10');
  await page.getByLabel('Aantal jaren').fill('1');
  await page.getByLabel('Er is een doelgroepverklaring voor het loonkostenvoordeel').uncheck();
  await page.getByLabel('Loon bij ziekte volgens cao of contract').fill('100');
  await page.getByLabel('Startjaar van het contract').selectOption('2025');
  // capped: 290.67 × 10 = 2,906.70 in 2025; 304.25 × 10 = 3,042.50 in 2026; the capped dagloon is shown with its year
  await expect(summary(page)).toContainText('€ 2.906,70 in 1 jaar.');
  await expect(page.getByText('Dagloon in 2025, gelijk aan het maximumdagloon')).toBeVisible();
  await page.getByLabel('Startjaar van het contract').selectOption('2026');
  await expect(summary(page)).toContainText('€ 3.042,50 in 1 jaar.');
  await expect(page.locator('#rh-nrp-uitkomst').getByText(/maximumdagloon: €\s304,25 in 2026/)).toBeVisible();
  await expectNoAxeViolations(page);
});
