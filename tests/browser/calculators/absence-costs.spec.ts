import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/verzuimkosten/';

test('weighs the sanction as a risk against a 2e spoor, and restores on reload', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Rekenjaar').selectOption('2026');
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('3250');
  await page.getByLabel('Contracturen per week').fill('38');
  await page.getByLabel('Werkgeverslasten bovenop het loon').fill('20');
  await page.getByLabel('Loon bij ziekte in het eerste jaar').fill('100');
  await page.getByLabel('Loon bij ziekte in het tweede jaar').fill('70');
  await page.getByLabel('Weken loonsanctie als UWV die oplegt').fill('52');
  await page.getByLabel('Kans op een loonsanctie zonder 2e spoor').fill('11');
  await page.getByLabel('Kans op een loonsanctie met 2e spoor').fill('11');
  await page.getByLabel('Kosten van een 2e-spoortraject').fill('2.750');
  await page.getByLabel(/Uurtarief dat de inlener betaalt/).fill('0');
  // weekly 3,250 × 12 / 52 × 1.2 = 900; 104 weeks = 900 × 52 × 1.7 = 79,560
  // sanction 900 × 52 × 0.7 = 32,760 at 11% = 3,603.60; without: 83,163.60; with: + 2,750 = 85,913.60
  // break-even 2,750 / 32,760 = 8.39 → 8.4 percentage points
  await expect(summary(page)).toHaveText(
    'Verwachte kosten zonder 2e spoor: € 83.163,60; met 2e spoor: € 85.913,60. Het 2e spoor weegt op tegen het sanctierisico als het de kans op een loonsanctie met minstens 8,4 procentpunt verlaagt.',
  );
  await expect(
    page
      .locator('#rh-vzk-uitkomst')
      .getByText('Slechtste geval: geen 2e spoor en een volledige loonsanctie')
      .locator('..'),
  ).toContainText('€ 112.320,00');
  await expect(page.getByText(/In een onderzoek van UWV uit 2018 volgde na 11 procent/)).toBeVisible();
  await page.reload();
  await expect(summary(page)).toContainText('€ 85.913,60');
  await expectNoAxeViolations(page);
});

test('an hourly fee of 500 is a gain in words, never a cost with a minus sign', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel(/Uurtarief dat de inlener betaalt/).fill('500');
  await expect(page.locator('#rh-vzk-uitkomst').getByText('Netto opbrengst van het 2e spoor')).toBeVisible();
  await expect(summary(page)).toContainText('kost het 2e spoor u per saldo niets');
  await expect(page.locator('main')).not.toContainText('€ -');
});

test('applies the year-1 minimum wage and says the 1 July 2026 amount is not known', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Rekenjaar').selectOption('2026');
  await page.getByLabel('Loon bij ziekte in het eerste jaar').fill('70');
  await expect(page.getByText(/vullen we het loon aan tot het minimumloon voor 38 uur per week/)).toBeVisible();
  await expect(page.getByText(/Het minimumloon vanaf 1 juli 2026 is nog niet verwerkt/)).toBeVisible();
});

test('links to the poortwachter-planner', async ({ page }) => {
  await page.goto(url);
  await page
    .getByRole('link', { name: /poortwachter-planner/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/rekenhulpen\/poortwachter-planner\/$/);
});
