import { expect, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

export { expectNoAxeViolations };

/**
 * Axe needs scripts in the page, so a page seen without JavaScript is checked in a fresh page with scripts on at the
 * same address: calculators hydrate only when used and the planner has no scripts, so its HTML is the same.
 */
export async function expectNoAxeViolationsAt(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

/**
 * Opens a calculator page and waits until its island has hydrated. Calculators hydrate when someone starts to use
 * them, so this points at the form first (Astro drops the `ssr` attribute once hydrated).
 */
export async function openCalculator(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const island = page.locator('astro-island').first();
  await island.locator('form').hover();
  // Loading and starting the island can take seconds on a busy machine: wait for the state, with room.
  await expect(island).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

/** The key outcome shown above the detail of the result. */
export function summary(page: Page) {
  return page.getByTestId('rekenhulp-samenvatting');
}

/** The polite live region that announces the outcome once typing pauses. */
export function announcement(page: Page) {
  return page.getByTestId('rekenhulp-melding');
}

/** The short outcome in the bar that stays in view on a phone. */
export function shortResult(page: Page) {
  return page.getByTestId('rekenhulp-kort');
}

/** Every visible text of the result column (summary, lines, notes), to compare two renderings. */
export async function resultText(page: Page): Promise<string> {
  const text = await page.locator('[id$="-uitkomst"]').first().innerText();
  return text.replace(/\s+/g, ' ').trim();
}
