// Every calculator works without JavaScript: its form submits with GET to /rekenhulpen/<slug>/uitkomst/, where the
// server renders the same page with the result. The island, once it runs, shows the very same numbers.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { formatEuro, formatNumber } from '../../../src/lib/format/numbers';
import { openingYear, yearParameters } from '../../support/site-content';
import { expectNoAxeViolationsAt, openCalculator, resultText, summary } from './helpers';

/** The parameters the calculators open with: the defaults of some fields and the figures below come from them. */
const p = yearParameters(openingYear);
// no-riskpolis: per year 100% × (52,200 / 261 = 200) × 10 = 2,000; LKV min(per hour × 32 × 52, yearly maximum) in the
// LKV years (2026: 3 × min(3.05 × 32 × 52, 6,000) = 15,225.60), over the default 5 years.
const lkv = Math.min(p.lkvPerHour * 32 * 52, p.lkvYearlyMaximum);
// verzuimkosten: weekly 3,250 × 12 / 52 × 1.2 = 900; two years 900 × 52 × (100% + 70%) = 79,560; a full sanction
// 900 × 52 × 70% = 32,760, weighed with the default chance (2026: 11%) with and without a 2e spoor at the default
// price (2026: 2,750), which pays for itself at 2,750 / 32,760 = 8.4 percentage points.
const sanction = 32_760;
const withoutTrack = 79_560 + (p.sanctionShare / 100) * sanction;
const breakEven = formatNumber(Math.ceil((p.secondTrackCost / sanction) * 1000) / 10);

/** Per calculator: what to type (label → value), and what the summary must then say. */
const CASES = [
  {
    slug: 'werkervaringsplaats',
    inputs: [
      ['Brutomaandloon van een vergelijkbare medewerker', '3.120,00'],
      ['Contracturen van die medewerker', '36'],
      ['Werkgeverslasten bovenop het loon', '25'],
    ],
    summary:
      'Kosten voor u: € 1.360,00. Wat de plaats u oplevert: € 2.600,00. Per saldo levert de plaats u € 1.240,00 op.',
  },
  {
    slug: 'no-riskpolis',
    inputs: [
      ['Brutojaarloon', '52.200'],
      ['Uren per week', '32'],
      ['Ziektedagen per jaar', '10'],
    ],
    summary: `Totaal over 5 jaar: ${formatEuro(5 * 2000 + p.lkvYears * lkv)}.`,
  },
  {
    slug: 'verzuimkosten',
    inputs: [
      ['Brutomaandloon van de zieke werknemer', '3250'],
      ['Werkgeverslasten bovenop het loon', '20'],
    ],
    summary:
      `Verwachte kosten zonder 2e spoor: ${formatEuro(withoutTrack)}; met 2e spoor: ${formatEuro(withoutTrack + p.secondTrackCost)}. ` +
      `Het 2e spoor weegt op tegen het sanctierisico als het de kans op een loonsanctie met minstens ${breakEven} procentpunt verlaagt.`,
  },
] as const;

async function withoutJavaScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

for (const { slug, inputs, summary: expected } of CASES) {
  test.describe(slug, () => {
    test('without JavaScript: Enter submits the form and the result page shows the result', async ({ browser }) => {
      const page = await withoutJavaScript(browser);
      await page.goto(`/rekenhulpen/${slug}/`);
      await expect(page.getByRole('button', { name: 'Bereken' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeHidden();
      for (const [label, value] of inputs) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel(inputs[0][0], { exact: true }).press('Enter');
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
      for (const [label, value] of inputs) await plain.getByLabel(label, { exact: true }).fill(value);
      await plain.getByRole('button', { name: 'Bereken' }).click();
      await expect(summary(plain)).toHaveText(expected);
      const serverRendered = await resultText(plain);
      const sharedLink = plain.url();
      await plain.context().close();

      // With JavaScript, typing on the calculator's own page: the island computes the same, and moves the address.
      await openCalculator(page, `/rekenhulpen/${slug}/`);
      for (const [label, value] of inputs) await page.getByLabel(label, { exact: true }).fill(value);
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
  await expect(errors.getByRole('heading', { name: 'Er is een probleem' })).toBeVisible();
  await errors.getByRole('link', { name: 'Brutomaandloon van de zieke werknemer mag niet negatief zijn' }).click();
  await expect(page.getByLabel('Brutomaandloon van de zieke werknemer')).toBeFocused();
  await expect(page.getByLabel('Brutomaandloon van de zieke werknemer')).toHaveValue('-5');
  await expectNoAxeViolationsAt(browser, page.url());
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
