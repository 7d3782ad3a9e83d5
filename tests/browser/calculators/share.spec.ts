// "Kopieer link": the address of the result shown, which opens the same result without JavaScript.
import { expect, test } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { openCalculator, resultText } from './helpers';

const url = '/rekenhulpen/verzuimkosten/';

test('copies the result address to the clipboard; the link opens the same result without JavaScript', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Running, so the island has learnt today's date and shows the weeks counted back from it.
  await openCalculator(page, url);
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('4.100');
  await page.getByLabel('Of: aantal weken ziek tot nu toe').fill('30');
  await expect(page.getByText('Al betaald: 30 weken')).toBeVisible();
  const shown = await resultText(page);

  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'klembord' })).toHaveText(
    'De link naar deze uitkomst staat op uw klembord.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/rekenhulpen/verzuimkosten/uitkomst/');
  expect(new URL(copied).searchParams.get('vzk.maandloon')).toBe('4.100');
  expect(new URL(copied).searchParams.get('vzk.weken')).toBe('30');

  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await plain.goto(copied);
  expect(await resultText(plain)).toBe(shown);
  await plain.context().close();
});

test('works before the island has hydrated: the link comes from the form itself', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url);
  await expect(page.locator('astro-island').first()).toHaveAttribute('ssr');
  await fillDate(page, 'Eerste ziektedag', '2026-01-05');
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('vzk.maandloon')).toBe('3.000');
  // A date typed in three boxes travels as one ISO value, the address built links carry.
  expect(new URL(copied).searchParams.get('vzk.eerstedag')).toBe('2026-01-05');
  expect(new URL(copied).searchParams.has('vzk.eerstedag-dag')).toBe(false);
});

test('shows the link in a field to copy by hand when the clipboard refuses', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(page.getByText('Kopiëren lukte niet.')).toBeVisible();
  const field = page.getByLabel('Link naar deze uitkomst');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/rekenhulpen\/verzuimkosten\/uitkomst\/\?vzk\.eerstedag=/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('opens the share sheet (Web Share) with the result address', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { __shared: ShareData[] }).__shared = shared;
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto('/rekenhulpen/werkervaringsplaats/');
    await page.getByRole('button', { name: 'Kopieer link' }).tap();
    await expect(page.getByText('De link is gedeeld.')).toBeVisible();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toHaveLength(1);
    expect(new URL(shared[0]!.url!).pathname).toBe('/rekenhulpen/werkervaringsplaats/uitkomst/');
  });
});
