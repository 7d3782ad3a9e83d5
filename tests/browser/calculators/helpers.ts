import { expect, type Page } from '@playwright/test';

export { expectNoAxeViolations } from '../support/axe';

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
