import { expect, test } from '@playwright/test';
import { formatEuro } from '../../../src/lib/format/numbers';
import { openingYear, parametersFile, yearParameters } from '../../support/site-content';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/werkervaringsplaats/';

test('calculates as you type and moves the address to the result page, which a reload shows again', async ({
  page,
}) => {
  await openCalculator(page, url);
  await page.getByLabel('Uren per week').fill('16');
  await page.getByLabel('Duur van de plaatsing').fill('13');
  await page.getByLabel('Brutomaandloon van een vergelijkbare medewerker').fill('3.120,00');
  await page.getByLabel('Contracturen van die medewerker').fill('36');
  await page.getByLabel('Werkgeverslasten bovenop het loon').fill('25');
  // 3,120 × 12 / (36 × 52) = 20.00/h, 25.00 with charges; 208 h at an average 50% = 2,600.00 of work
  // supervision (2 h × 13 + 8 h) × 40.00 = 1,360.00
  await expect(summary(page)).toHaveText(
    'Kosten voor u: € 1.360,00. Wat de plaats u oplevert: € 2.600,00. Per saldo levert de plaats u € 1.240,00 op.',
  );

  await page.getByLabel('Ik betaal de reiskosten van de kandidaat').check();
  await page.getByLabel('Kilometers per dag (heen en terug)').fill('20');
  await page.getByLabel('Werkdagen per week').fill('4');
  // travel 20 × 4 × the year's allowance per km × 13 (2026: 0.23 → 239.20), a cost (never with a minus sign)
  const travel = Math.round(20 * 4 * yearParameters(openingYear).travelAllowancePerKm * 13 * 100) / 100;
  await expect(summary(page)).toHaveText(
    `Kosten voor u: ${formatEuro(1360 + travel)}. Wat de plaats u oplevert: € 2.600,00. Per saldo levert de plaats u ${formatEuro(2600 - 1360 - travel)} op.`,
  );
  await expect(page.locator('#rh-wep-uitkomst').getByText('Reiskosten die u betaalt').locator('..')).toContainText(
    formatEuro(travel),
  );
  await expect(page.locator('main')).not.toContainText('€ -');

  const current = new URL(page.url());
  expect(current.pathname).toBe('/rekenhulpen/werkervaringsplaats/uitkomst/');
  expect(current.searchParams.get('wep.maandloon')).toBe('3.120,00');
  expect(current.searchParams.get('wep.reis')).toBe('ja');

  await page.reload();
  await expect(summary(page)).toContainText(formatEuro(2600 - 1360 - travel));
  await expect(page.getByLabel('Brutomaandloon van een vergelijkbare medewerker')).toHaveValue('3.120,00');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/rekenhulpen\/werkervaringsplaats\/$/);
  await expectNoAxeViolations(page);
});

test('the wage the host does not pay is context, not a gain', async ({ page }) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Ter vergelijking, geen opbrengst' })).toBeVisible();
  await expect(page.getByText(/geen gratis personeel/).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Resultaat voor u');
});

test('restores the inputs with the back button', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Uren per week').fill('20');
  await expect(page).toHaveURL(/wep\.uren=20/);
  const withInput = await summary(page).textContent();
  await page.getByRole('link', { name: 'Alle rekenhulpen' }).click();
  await expect(page).toHaveURL(/\/rekenhulpen\/$/);
  await page.goBack();
  await expect(page.getByLabel('Uren per week')).toHaveValue('20');
  await expect(summary(page)).toHaveText(withInput ?? '');
});

test('invalid input gets a clear message and never NaN; a negative amount is called negative; reset restores', async ({
  page,
}) => {
  await openCalculator(page, url);
  const defaultSummary = await summary(page).textContent();
  await page.getByLabel('Contracturen van die medewerker').fill('nul');
  await expect(page.getByText('Vul bij contracturen van die medewerker een getal in').first()).toBeVisible();
  await expect(page.getByLabel('Contracturen van die medewerker')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Aanpassingen aan de werkplek').fill('-5');
  await expect(page.getByText('Aanpassingen aan de werkplek mag niet negatief zijn').first()).toBeVisible();
  await expect(summary(page)).toContainText('Controleer de velden');
  await expect(page.locator('main')).not.toContainText('NaN');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Begin opnieuw' }).click();
  await expect(summary(page)).toHaveText(defaultSummary ?? '');
  expect(new URL(page.url()).pathname).toBe(url);
  expect(new URL(page.url()).search).toBe('');
});

test('has no axe violations and shows the sources', async ({ page }) => {
  await openCalculator(page, url);
  await expect(page.getByRole('heading', { name: 'Hoe rekenen we dit?' })).toBeVisible();
  // The source of the travel allowance, as the parameters file names it.
  const source = new URL(parametersFile(openingYear).wettelijk.reiskostenPerKm.bron).hostname.replace(/^www\./, '');
  await expect(page.getByRole('link', { name: source }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
