import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/werkervaringsplaats/';

test('calculates as you type, keeps the result in the URL and restores it on reload', async ({ page }) => {
  await openCalculator(page, `${url}?utm_source=nieuwsbrief`);
  await page.getByLabel('Uren per week').fill('16');
  await page.getByLabel('Duur van de plaatsing').fill('13');
  await page.getByLabel('Brutomaandloon van een vergelijkbare medewerker').fill('3.120,00');
  await page.getByLabel('Contracturen van die medewerker').fill('36');
  await page.getByLabel('Werkgeverslasten bovenop het loon').fill('25');
  // 3,120 × 12 / (36 × 52) = 20.00/h; × 1.25 × 16 h × 13 weeks = 5,200.00
  await expect(summary(page)).toHaveText('Resultaat voor u: € 5.200,00.');

  await page.getByLabel('Ik betaal de reiskosten van de kandidaat').check();
  await page.getByLabel('Kilometers per dag (heen en terug)').fill('20');
  await page.getByLabel('Werkdagen per week').fill('4');
  // travel 20 × 4 × 0.23 × 13 = 239.20 → 4,960.80
  await expect(summary(page)).toHaveText('Resultaat voor u: € 4.960,80.');

  const current = new URL(page.url());
  expect(current.searchParams.get('utm_source')).toBe('nieuwsbrief');
  expect(current.searchParams.get('wep.maandloon')).toBe('3.120,00');

  await page.reload();
  await openCalculator(page, page.url());
  await expect(summary(page)).toHaveText('Resultaat voor u: € 4.960,80.');
  await expect(page.getByLabel('Brutomaandloon van een vergelijkbare medewerker')).toHaveValue('3.120,00');
});

test('restores the inputs with the back button', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Uren per week').fill('20');
  const withInput = await summary(page).textContent();
  await page.getByRole('link', { name: 'Alle rekenhulpen' }).click();
  await expect(page).toHaveURL(/\/rekenhulpen\/$/);
  await page.goBack();
  await openCalculator(page, page.url());
  await expect(page.getByLabel('Uren per week')).toHaveValue('20');
  await expect(summary(page)).toHaveText(withInput ?? '');
});

test('invalid input gets a clear message and never NaN; reset restores the defaults', async ({ page }) => {
  await openCalculator(page, url);
  const defaultSummary = await summary(page).textContent();
  await page.getByLabel('Contracturen van die medewerker').fill('nul');
  await expect(page.getByText('Vul bij contracturen van die medewerker een getal in').first()).toBeVisible();
  await expect(page.getByLabel('Contracturen van die medewerker')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary(page)).toContainText('Controleer de velden');
  await expect(page.locator('main')).not.toContainText('NaN');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Begin opnieuw' }).click();
  await expect(summary(page)).toHaveText(defaultSummary ?? '');
  expect(new URL(page.url()).search).toBe('');
});

test('has no axe violations and shows the sources', async ({ page }) => {
  await openCalculator(page, url);
  await expect(page.getByRole('heading', { name: 'Hoe rekenen we dit?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'mkbservicedesk.nl' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
