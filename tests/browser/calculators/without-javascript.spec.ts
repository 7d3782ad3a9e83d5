// Every calculator works without JavaScript: its form submits with GET to /rekenhulpen/<slug>/uitkomst/, where the
// server renders the same page with the result. The island, once it runs, shows the very same numbers.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { EXAMPLE_CASES, type ExampleInput } from '../../support/calculator-examples';
import { addDays } from '../../../src/lib/calculators/gatekeeper-planner/dates';
import { todayInNetherlands } from '../../../src/lib/format/dates';
import { dateBox, dateBoxes } from '../support/date-input';
import { expectNoAxeViolationsAt, openCalculator, resultText, summary } from './helpers';

/** Types one input of a worked example the way a person does. */
async function enter(page: Page, { label, value, control }: ExampleInput): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  if (control === 'select') await input.selectOption(value);
  else if (control === 'check') await input.setChecked(value === 'ja');
  else await input.fill(value);
}

async function withoutJavaScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

test('every calculator of the catalogue has a worked example to run', () => {
  expect(EXAMPLE_CASES.length).toBeGreaterThan(0);
});

for (const { slug, inputs, summary: expected } of EXAMPLE_CASES) {
  test.describe(slug, () => {
    test('without JavaScript: Enter submits the form and the result page shows the result', async ({ browser }) => {
      const page = await withoutJavaScript(browser);
      await page.goto(`/rekenhulpen/${slug}/`);
      await expect(page.getByRole('button', { name: 'Bereken' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeHidden();
      for (const input of inputs) await enter(page, input);
      const firstTyped = inputs.find((input) => input.control === 'fill')!;
      await page.getByLabel(firstTyped.label, { exact: true }).press('Enter');
      await expect(page).toHaveURL(new RegExp(`/rekenhulpen/${slug}/uitkomst/\\?`));
      await expect(summary(page)).toHaveText(expected);
      await expect(page).toHaveTitle(/^Uitkomst: /);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/rekenhulpen/${slug}/$`));
      await expectNoAxeViolationsAt(browser, page.url());
      await page.context().close();
    });

    test('the same values give the same page with JavaScript, from a shared link and live', async ({
      browser,
      page,
    }) => {
      // Without JavaScript, through the form.
      const plain = await withoutJavaScript(browser);
      await plain.goto(`/rekenhulpen/${slug}/`);
      for (const input of inputs) await enter(plain, input);
      await plain.getByRole('button', { name: 'Bereken' }).click();
      await expect(summary(plain)).toHaveText(expected);
      const serverRendered = await resultText(plain);
      const sharedLink = plain.url();
      await plain.context().close();

      // With JavaScript, typing on the calculator's own page: the island computes the same, and moves the address.
      await openCalculator(page, `/rekenhulpen/${slug}/`);
      for (const input of inputs) await enter(page, input);
      await expect(summary(page)).toHaveText(expected);
      expect(await resultText(page)).toBe(serverRendered);
      expect(new URL(page.url()).search).toBe(new URL(sharedLink).search);

      // The shared link with JavaScript: hydrating changes nothing.
      await page.goto(sharedLink);
      expect(await resultText(page)).toBe(serverRendered);
      await openCalculator(page, sharedLink);
      expect(await resultText(page)).toBe(serverRendered);
    });
  });
}

test('without JavaScript a negative amount gets an error summary on the result page', async ({ browser }) => {
  const page = await withoutJavaScript(browser);
  await page.goto('/rekenhulpen/verzuimkosten/');
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('-5');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  const errors = page.getByTestId('rekenhulp-foutoverzicht');
  await expect(errors.getByRole('heading', { name: 'Er is 1 antwoord niet goed ingevuld' })).toBeFocused();
  await errors.getByRole('link', { name: 'Brutomaandloon van de zieke werknemer mag niet negatief zijn' }).click();
  await expect(page.getByLabel('Brutomaandloon van de zieke werknemer')).toBeFocused();
  await expect(page.getByLabel('Brutomaandloon van de zieke werknemer')).toHaveValue('-5');
  await expectNoAxeViolationsAt(browser, page.url());

  // The first sick day in three boxes, without its month: the GOV.UK message, linked to the day box.
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('3.000');
  const [day, month, year] = dateBoxes(addDays(todayInNetherlands(), -70));
  await dateBox(page, 'Eerste ziektedag', 'Dag').fill(day);
  await dateBox(page, 'Eerste ziektedag', 'Jaar').fill(year);
  await page.getByRole('button', { name: 'Bereken' }).click();
  const dateError = errors.getByRole('link', { name: 'Eerste ziektedag moet een maand bevatten' });
  await expect(dateError).toHaveAttribute('href', '#rh-vzk-eerstedag');
  await expect(dateBox(page, 'Eerste ziektedag', 'Dag')).toHaveValue(new RegExp(`^0?${day}$`));
  // With the month the boxes give the result; the address kept has the date as one ISO value.
  await dateBox(page, 'Eerste ziektedag', 'Maand').fill(month);
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(summary(page)).toContainText('Uw werknemer is 10 weken ziek.');
  expect(new URL(page.url()).searchParams.get('vzk.eerstedag')).toBe(addDays(todayInNetherlands(), -70));
  await page.context().close();
});

test('without JavaScript an ambiguous number is a question whose answers are links to the result', async ({
  browser,
}) => {
  const page = await withoutJavaScript(browser);
  await page.goto('/rekenhulpen/verzuimkosten/');
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('3,000');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByTestId('rekenhulp-foutoverzicht')).toContainText(
    'Brutomaandloon van de zieke werknemer: bedoelt u 3.000 of 3?',
  );
  await expectNoAxeViolationsAt(browser, page.url());
  await page.getByRole('link', { name: '3.000', exact: true }).click();
  await expect(page).toHaveTitle(/^Uitkomst: /);
  await expect(page.getByLabel('Brutomaandloon van de zieke werknemer')).toHaveValue('3.000');
  expect(new URL(page.url()).searchParams.get('vzk.maandloon')).toBe('3.000');
  await page.context().close();
});

test('with JavaScript the answer to the question fills in the field', async ({ page }) => {
  await openCalculator(page, '/rekenhulpen/no-riskpolis/');
  const field = page.getByLabel('Brutojaarloon');
  await field.fill('36,000');
  await expect(page.locator('.calc-error').getByText('Bedoelt u 36.000 of 36?')).toBeVisible();
  await expect(summary(page)).toContainText('Controleer de velden');
  await page.getByRole('link', { name: '36.000', exact: true }).click();
  await expect(field).toHaveValue('36.000');
  await expect(field).toBeFocused();
  await expect(page.getByText('Bedoelt u')).toHaveCount(0);
  await expect(summary(page)).toContainText('Wat u kunt terugkrijgen');
});

test('without JavaScript every field the result uses is shown with its value before the first submit', async ({
  browser,
}) => {
  const page = await withoutJavaScript(browser);
  await page.goto('/rekenhulpen/werkervaringsplaats/');
  // Travel and recruitment count only when their box is ticked, but they are there with their defaults from the start.
  await expect(page.getByLabel('Kilometers per dag (heen en terug)')).toHaveValue('20');
  await expect(page.getByLabel('Werkdagen per week')).toHaveValue('4');
  await expect(page.getByLabel('Vergoeding per kilometer')).toHaveValue(/^0,\d+$/);
  await expect(page.getByLabel('Wervingskosten die u daarmee mogelijk bespaart')).toBeVisible();
  await page.getByLabel('Ik betaal de reiskosten van de kandidaat').check();
  await page.getByLabel('Kilometers per dag (heen en terug)').fill('30');
  await page.getByRole('button', { name: 'Bereken' }).click();
  // 30 km × 4 days × € 0,23 × 13 weeks = € 358,80
  await expect(page.locator('#rh-wep-uitkomst').getByText('Reiskosten die u betaalt').locator('..')).toContainText(
    '€ 358,80',
  );
  await page.context().close();
});

test('a result page without values of its calculator sends you to the calculator; an unknown one is 404', async ({
  request,
}) => {
  const bare = await request.get('/rekenhulpen/werkervaringsplaats/uitkomst/?utm_source=x', { maxRedirects: 0 });
  expect(bare.status()).toBe(302);
  expect(bare.headers().location).toBe('/rekenhulpen/werkervaringsplaats/');
  expect((await request.get('/rekenhulpen/rekenmachine/uitkomst/?a.b=1')).status()).toBe(404);
});
