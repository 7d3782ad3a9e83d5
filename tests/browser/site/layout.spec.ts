import { expect, test } from '@playwright/test';
import { bureau } from '../../support/site-content';
import { openingHoursText, responseTimePromise } from '../../../src/lib/site/bureau-details';
import { expectNoAxeViolations } from '../support/axe';

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/contact/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de hoofdinhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
  expect(focusedInMain).toBe(true);
});

test('the header navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const [label, path] of [
    ['Diensten', '/diensten/'],
    ['Kennisbank', '/kennisbank/'],
    ['Rekenhulpen', '/rekenhulpen/'],
    ['Werkervaringsplaats aanbieden', '/aanbieden/'],
    ['Over ons', '/over-ons/'],
    ['Contact', '/contact/'],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true }),
    ).toHaveAttribute('aria-current', 'page');
  }
});

test('the footer shows the bureau contact details from the configuration', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(bureau.naam);
  await expect(footer.getByRole('link', { name: bureau.email })).toHaveAttribute('href', `mailto:${bureau.email}`);
  await expect(footer).toContainText(`KvK-nummer: ${bureau.kvkNummer}`);
  await expect(footer).toContainText(responseTimePromise(bureau));
  for (const line of openingHoursText(bureau)) await expect(footer).toContainText(line);
  for (const name of ['Privacyverklaring', 'Disclaimer', 'Toegankelijkheidsverklaring']) {
    await expect(footer.getByRole('link', { name })).toBeVisible();
  }
});

test('an unknown address answers 404 with a helpful, accessible page', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Pagina niet gevonden/);
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expectNoAxeViolations(page);
});

test(`robots.txt follows the demo setting (demo: ${bureau.demo})`, async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain('User-agent: *');
  if (bureau.demo) {
    // A demo is closed to search engines altogether, and names no sitemap.
    expect(body).toMatch(/^Disallow: \/$/m);
    expect(body).not.toContain('Sitemap:');
  } else {
    // A live site allows crawling except the editor, and points to the sitemap.
    expect(body).toMatch(/^Disallow: \/keystatic$/m);
    expect(body).toMatch(/^Disallow: \/api\/keystatic$/m);
    expect(body).not.toMatch(/^Disallow: \/$/m);
    expect(body).toMatch(/Sitemap: https:\/\/\S+\/sitemap-index\.xml/);
  }
});

test("the home page gives the employer's path and the host's equal weight, side by side on a desktop", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const paths = page.getByTestId('home-paths').getByRole('listitem');
  await expect(paths).toHaveCount(2);
  const employer = paths.first().getByRole('link', { name: 'Bespreek uw situatie' });
  const host = paths.last().getByRole('link', { name: 'Werkervaringsplaats aanbieden' });
  await expect(employer).toHaveAttribute('href', '/aanvragen/');
  await expect(host).toHaveAttribute('href', '/aanbieden/');
  await expect(paths.first().getByRole('link', { name: 'Bekijk onze diensten en prijzen' })).toHaveAttribute(
    'href',
    '/diensten/',
  );
  const [a, b] = [await employer.boundingBox(), await host.boundingBox()];
  expect(a!.width).toBeCloseTo(b!.width, 0);
  expect(a!.height).toBeCloseTo(b!.height, 0);
  expect(a!.y).toBeCloseTo(b!.y, 0);
  await expect(employer).toBeInViewport();
  await expect(host).toBeInViewport();
  const structuredData = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(structuredData ?? '{}')).toMatchObject({
    '@type': 'Organization',
    name: bureau.naam,
  });
});

test('the share image that link previews show is a 1200 × 630 PNG', async ({ page, request }) => {
  await page.goto('/kennisbank/');
  const imageUrl = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

  const response = await request.get(imageUrl.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // Width and height are the first two fields of the PNG header chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.byteLength).toBeLessThan(50 * 1024);
});
