import { expect, test } from '@playwright/test';
import { formatNumber } from '../../../src/lib/format/numbers';
import { openingYear, yearParameters } from '../../support/site-content';
import { addDays } from '../../../src/lib/calculators/gatekeeper-planner/dates';
import { formatDutchDate, todayInNetherlands } from '../../../src/lib/format/dates';
import { dateBox, fillDate } from '../support/date-input';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/verzuimkosten/';
const today = todayInNetherlands();
const dutch = (date: string) => formatDutchDate(new Date(`${date}T00:00:00Z`));

test('from the first sick day: what the rest of the waiting period costs, what was paid, the dates; restores on reload', async ({
  page,
}) => {
  // 61 weeks ago today: day 428, the first day of week 62.
  const firstSickDay = addDays(today, -7 * 61);
  await openCalculator(page, url);
  await fillDate(page, 'Eerste ziektedag', firstSickDay);
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('3250');
  await page.getByLabel('Contracturen per week').fill('38');
  await page.getByLabel('Werkgeverslasten bovenop het loon').fill('20');
  await page.getByLabel('Loon bij ziekte in het eerste jaar').fill('100');
  await page.getByLabel('Loon bij ziekte in het tweede jaar').fill('70');
  await page.getByLabel('Weken loonsanctie in het slechtste geval').fill('52');
  // weekly 3,250 × 12 / 52 × 1.2 = 900; paid: 52 weeks at 100% (46,800) + 9 weeks at 70% (5,670) = 52,470;
  // still to pay: 43 weeks at 70% = 27,090, until day 728 (the first sick day + 727 days)
  await expect(summary(page)).toHaveText(
    `Uw werknemer is 61 weken ziek. Tot het einde van de wachttijd op ${dutch(addDays(firstSickDay, 727))} kost het doorbetalen van het loon nog ongeveer € 27.090, met werkgeverslasten. Tot nu toe betaalde u ongeveer € 52.470.`,
  );
  const result = page.locator('#rh-vzk-uitkomst');
  await expect(result.getByText('Nog te betalen tot het einde van de wachttijd').locator('..')).toContainText(
    '€ 27.090,00',
  );
  // The sanction is the worst case, not an expectation: 900 × 52 × 70% = 32,760.
  await expect(result.getByText('Slechtste geval: 52 weken loonsanctie').locator('..')).toContainText('€ 32.760,00');
  await expect(result.getByText('Uiterste start 2e spoor (norm van UWV)').locator('..')).toContainText(
    dutch(addDays(firstSickDay, 7 * 52 - 1 + 42)),
  );
  const p = yearParameters(openingYear);
  await expect(
    page.getByText(
      `In een onderzoek van UWV uit ${p.sanctionShareYear} volgde na ${formatNumber(p.sanctionShare)} procent`,
    ),
  ).toBeVisible();
  await expect(page.getByText(/staat in geen bron die wij vonden/)).toBeVisible();
  await page.reload();
  await expect(summary(page)).toContainText('€ 27.090');
  await expectNoAxeViolations(page);
});

test('the defaults never show the 2e spoor as a loss or a saving', async ({ page }) => {
  await page.goto(url);
  const result = page.locator('#rh-vzk-uitkomst');
  await expect(summary(page)).toContainText('Tot het einde van de wachttijd');
  for (const text of ['meer kosten', 'minder kosten', 'besparing', 'procentpunt', 'Verwacht'])
    await expect(result).not.toContainText(text);
});

test('tops up year 1 to the minimum wage only when it applies, and warns below the minimum wage', async ({ page }) => {
  await openCalculator(page, url);
  await fillDate(page, 'Eerste ziektedag', addDays(today, -10));
  await expect(page.getByText(/betaalt u dan het minimumloon/)).toHaveCount(0);
  await page.getByLabel('Loon bij ziekte in het eerste jaar').fill('70');
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('2.300');
  await expect(page.getByText(/betaalt u dan het minimumloon/)).toBeVisible();
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('150');
  await expect(page.getByText(/^Het maandloon is lager dan het minimumloon/)).toBeVisible();
});

test('a first sick day after today or without its month is refused with a Dutch message', async ({ page }) => {
  await openCalculator(page, url);
  await fillDate(page, 'Eerste ziektedag', addDays(today, 3));
  await expect(page.getByText('Eerste ziektedag mag niet na vandaag liggen').first()).toBeVisible();
  await dateBox(page, 'Eerste ziektedag', 'Maand').fill('');
  await expect(page.locator('#rh-vzk-eerstedag-error')).toHaveText('Fout: Eerste ziektedag moet een maand bevatten');
  // The address the island keeps has the date as typed, in one parameter.
  await expect(page).toHaveURL(/[?&]vzk\.eerstedag=\d{4}--\d{2}(&|$)/);
});

test('links to the poortwachter-planner', async ({ page }) => {
  await page.goto(url);
  await page
    .getByRole('link', { name: /poortwachter-planner/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/rekenhulpen\/poortwachter-planner\/$/);
});
