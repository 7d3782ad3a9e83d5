import { expect, test, type Page } from '@playwright/test';
import { mainNavigation } from '../../../src/lib/site/links';
import { longestArticle } from '../knowledge-base/article-files';
import { expectNoAxeViolations } from '../support/axe';

const menuButton = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('summary');

test.describe('the compact main menu on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('opens and closes with the keyboard, after the skip link, and keeps the current page marked', async ({
    page,
  }) => {
    await page.goto('/kennisbank/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menuButton(page)).toHaveText('Menu');
    await expect(nav.getByRole('link', { name: 'Rekenhulpen' })).toBeHidden();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de hoofdinhoud' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(menuButton(page)).toBeFocused();
    // A visible focus ring (the site's outline) on the menu button.
    expect(await menuButton(page).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    await page.keyboard.press('Enter');
    await expect(nav.locator('details')).toHaveAttribute('open', '');
    for (const { label } of mainNavigation)
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Kennisbank', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: mainNavigation[0]!.label, exact: true })).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(nav.locator('details')).not.toHaveAttribute('open');
    await expect(nav.getByRole('link', { name: 'Rekenhulpen' })).toBeHidden();
  });

  test('leads to another section', async ({ page }) => {
    await page.goto('/');
    await menuButton(page).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rekenhulpen' }).click();
    await expect(page).toHaveURL(/\/rekenhulpen\/$/);
  });
});

test('the open menu on a phone is accessible', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/rekenhulpen/');
  await menuButton(page).click();
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rekenhulpen' }),
  ).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
});

test('on a wide screen the links stand in one row and there is no menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menuButton(page)).toBeHidden();
  const tops = await nav
    .getByRole('link')
    .evaluateAll((links) => links.filter((l) => l.checkVisibility()).map((l) => l.getBoundingClientRect().top));
  expect(tops).toHaveLength(mainNavigation.length);
  expect(new Set(tops).size).toBe(1);
});

for (const width of [390, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 568 } });

    for (const path of [
      '/',
      '/kennisbank/',
      `/kennisbank/${longestArticle().slug}/`,
      '/kennisbank/begrippen/',
      '/contact/',
      '/over-ons/',
    ]) {
      test(`${path}: the title and its first lines are on the first screen, without layout shift`, async ({ page }) => {
        await page.goto(path);
        const viewportHeight = page.viewportSize()!.height;
        const title = await page.getByRole('heading', { level: 1 }).boundingBox();
        expect(title!.y + title!.height, 'the whole title fits in the first screen').toBeLessThan(viewportHeight);
        // The first line of text after the title shows too.
        const firstLine = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
          const next = h1.nextElementSibling ?? h1.parentElement?.nextElementSibling;
          return next ? next.getBoundingClientRect().top + 24 : 0;
        });
        expect(firstLine, 'a first line of text below the title').toBeLessThan(viewportHeight);
        expect(title!.y, 'the header takes one row').toBeLessThan(width === 390 ? 200 : 220);

        // Every shift up to the load event (images, styles and fonts in place), read from the browser's buffer.
        await page.waitForLoadState('load');
        const shift = await page.evaluate(() => {
          const observer = new PerformanceObserver(() => {});
          observer.observe({ type: 'layout-shift', buffered: true });
          const entries = observer.takeRecords() as unknown as { value: number }[];
          observer.disconnect();
          return entries.reduce((total, entry) => total + entry.value, 0);
        });
        expect(shift).toBe(0);
      });
    }
  });
}
