import { expect, test } from '@playwright/test';
import { formatEuro } from '../../../src/lib/format/numbers';
import { parameterYears, yearParameters } from '../../support/site-content';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/no-riskpolis/';
// The two latest years of the site's parameter files; later contract years use the latest.
const [earlier, latest] = parameterYears.slice(-2) as [number, number];

test('calculates per year with Dutch decimal input and restores on reload', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Startjaar van het contract').selectOption(String(latest));
  await page.getByLabel('Brutojaarloon').fill('52.200,00');
  await page.getByLabel('Uren per week').fill('32');
  await page.getByLabel('Ziektedagen per jaar').fill('10');
  await page.getByLabel('Loon bij ziekte volgens cao of contract').fill('100');
  await page.getByLabel('Aantal jaren').fill('5');
  // per year: 100% × (52,200 / 261 = 200) × 10 = 2,000 (below the maximum dagloon);
  // LKV min(per hour × 32 × 52, yearly maximum) in the first LKV years (2026: min(3.05 × 32 × 52, 6,000) = 5,075.20)
  const p = yearParameters(latest);
  expect(p.lkvYears).toBeLessThan(5);
  const lkv = Math.min(p.lkvPerHour * 32 * 52, p.lkvYearlyMaximum);
  const total = `${formatEuro(5 * 2000 + p.lkvYears * lkv)} in 5 jaar.`;
  await expect(summary(page)).toContainText(total);
  // The conditions come before any amount.
  const conditions = page.getByRole('heading', { name: 'Dit bedrag krijgt u alleen als' });
  const firstAmount = page.getByRole('heading', { name: 'Wat u kunt terugkrijgen', exact: true });
  expect((await conditions.boundingBox())!.y).toBeLessThan((await firstAmount.boundingBox())!.y);
  const table = page.getByRole('table', { name: 'Per jaar' });
  await expect(table.getByRole('row', { name: String(latest) })).toContainText(formatEuro(2000 + lkv));
  await expect(table.getByRole('row', { name: String(latest + p.lkvYears) })).toContainText(formatEuro(2000));

  await page.reload();
  await expect(summary(page)).toContainText(total);
});

test('the year switch changes the dagloon cap', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Brutojaarloon').fill('90000');
  await page.getByLabel('Ziektedagen per jaar').fill('10');
  await page.getByLabel('Aantal jaren').fill('1');
  await page.getByLabel('Er is een doelgroepverklaring voor het loonkostenvoordeel').uncheck();
  await page.getByLabel('Loon bij ziekte volgens cao of contract').fill('100');
  // capped at the year's maximum dagloon × 10 days (90,000 / 261 is above it): 2026: 304.25 × 10 = 3,042.50;
  // the capped dagloon is shown with its year
  const capped = (year: number) => `${formatEuro(yearParameters(year).maximumDailyWage * 10)} in 1 jaar.`;
  expect(capped(earlier)).not.toBe(capped(latest));
  await page.getByLabel('Startjaar van het contract').selectOption(String(earlier));
  await expect(summary(page)).toContainText(capped(earlier));
  await expect(page.getByText(`Dagloon in ${earlier}, gelijk aan het maximumdagloon`)).toBeVisible();
  await page.getByLabel('Startjaar van het contract').selectOption(String(latest));
  await expect(summary(page)).toContainText(capped(latest));
  await expect(
    page
      .locator('#rh-nrp-uitkomst')
      .getByText(`maximumdagloon: ${formatEuro(yearParameters(latest).maximumDailyWage)} in ${latest}`),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
