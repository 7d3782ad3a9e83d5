import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../support/built-site';
import { nonEmpty } from '../../support/site-content';
import { expectNoAxeViolations } from '../support/axe';

const paths = nonEmpty(sitemapPaths(), 'pages in the sitemap');

test('the sitemap lists the base pages', () => {
  for (const path of [
    '/',
    '/contact/',
    '/kennisbank/',
    '/rekenhulpen/',
    '/aanbieden/',
    '/diensten/',
    '/over-ons/',
    '/aanvragen/',
    '/privacy/',
    '/disclaimer/',
    '/toegankelijkheid/',
  ]) {
    expect(paths).toContain(path);
  }
});

for (const path of paths) {
  test(`${path} is complete, accessible and reflows at 320 px`, async ({ page }) => {
    const scriptUrls: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptUrls.push(request.url());
    });
    // Catches Content-Security-Policy violations, failed requests and script errors alike.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{8,}\S/);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      /^https:\/\/[^/]+\/deelafbeelding\.png$/,
    );

    await expectNoAxeViolations(page);

    const html = await response!.text();
    if (!html.includes('<astro-island')) {
      await page.waitForLoadState('networkidle');
      expect(scriptUrls, 'a page without islands must load no JavaScript').toEqual([]);
    }

    expect(consoleErrors, 'no console errors or policy violations').toEqual([]);

    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
  });
}
