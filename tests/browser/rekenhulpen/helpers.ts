import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens a calculator page and waits until its island has hydrated (Astro drops the `ssr` attribute then). */
export async function openCalculator(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const island = page.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr');
}

/** The polite live region that announces the main result. */
export function summary(page: Page) {
  return page.getByTestId('rekenhulp-samenvatting');
}

/** Asserts that axe finds no WCAG 2.2 A/AA violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
