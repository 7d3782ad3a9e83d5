// Phone first: at 320 and 390 px the page never scrolls sideways, no word breaks in the middle, the short result is in
// view right after an input changes, and the keyboard focus is never hidden behind it.
import { expect, test, type Page } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { openingYear } from '../../support/site-content';
import { openCalculator, shortResult } from './helpers';

const TOOLS = ['werkervaringsplaats', 'no-riskpolis', 'verzuimkosten'] as const;

/**
 * Words broken inside (not at a hyphen or a space) in headings, labels, table cells and result lines: each part of a
 * word between hyphens must sit on one line.
 */
async function wordsBrokenMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const selector = 'main h1, main h2, main h3, main h4, main label, main th, main td, main dt, main dd, main summary';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.offsetParent === null) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-–/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(`${element.tagName.toLowerCase()}: ${match[0]}`);
        }
      }
    }
    return broken;
  });
}

for (const width of [320, 390]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 700 } });

    for (const slug of TOOLS) {
      test(`${slug}: no sideways scrolling and no word broken mid-word, also on the result page`, async ({ page }) => {
        await page.goto(`/rekenhulpen/${slug}/`);
        for (const where of ['calculator page', 'result page']) {
          if (where === 'result page') {
            await page.getByRole('button', { name: 'Bereken' }).click();
            await expect(page).toHaveURL(/\/uitkomst\/\?/);
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${where}: no sideways scrolling`).toBeLessThanOrEqual(0);
          expect(await wordsBrokenMidWord(page), where).toEqual([]);
        }
      });
    }

    test('poortwachter-planner: no sideways scrolling and no word broken mid-word, form and plan', async ({ page }) => {
      await page.goto('/rekenhulpen/poortwachter-planner/');
      const sixtyDaysAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
      await fillDate(page, 'Eerste ziektedag', sixtyDaysAgo);
      await page.getByRole('button', { name: 'Maak de planning' }).click();
      await expect(page.getByTestId('planner-stappen')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await wordsBrokenMidWord(page)).toEqual([]);
    });

    test('the short result is in view right after an input changes, with the new outcome', async ({ page }) => {
      await openCalculator(page, '/rekenhulpen/verzuimkosten/');
      const field = page.getByLabel('Weken loonsanctie in het slechtste geval');
      await field.scrollIntoViewIfNeeded();
      const before = await shortResult(page).innerText();
      await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('5.000');
      await expect(shortResult(page)).not.toHaveText(before);
      await expect(shortResult(page)).toContainText('Nog ongeveer € ');
      await expect(shortResult(page)).toBeInViewport();
      // The link jumps to the full result.
      await shortResult(page).getByRole('link', { name: 'Naar de uitkomst' }).click();
      await expect(page.getByRole('heading', { name: /^Uitkomst/ })).toBeInViewport();
    });

    test('the per-year table stacks into cards instead of scrolling', async ({ page }) => {
      await page.goto('/rekenhulpen/no-riskpolis/');
      await expect(page.getByRole('table', { name: 'Per jaar' })).toBeHidden();
      const cards = page.locator('li').filter({ hasText: new RegExp(`^Jaar ${openingYear}`) });
      await expect(cards).toBeVisible();
      await expect(cards).toContainText('Loonkostenvoordeel');
    });

    test('keyboard focus is never hidden behind the short result', async ({ page }) => {
      await page.goto('/rekenhulpen/werkervaringsplaats/');
      await page.getByLabel('Rekenjaar').focus();
      for (let step = 0; step < 18; step++) {
        await page.keyboard.press('Tab');
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          const bar = document.querySelector<HTMLElement>('[data-testid="rekenhulp-kort"]');
          if (!focused || !bar || bar.contains(focused)) return null;
          const box = focused.getBoundingClientRect();
          const cover = bar.getBoundingClientRect();
          const overlaps = box.bottom > cover.top && box.top < cover.bottom;
          return overlaps && box.top >= cover.top ? focused.outerHTML.slice(0, 80) : null;
        });
        expect(hidden, `focus step ${step}`).toBeNull();
      }
    });
  });
}

test.describe('wide screen', () => {
  test('the per-year table is a table in a region the keyboard can scroll, its headers unbroken', async ({ page }) => {
    await page.goto('/rekenhulpen/no-riskpolis/');
    const region = page.getByRole('region', { name: 'Per jaar' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('table', { name: 'Per jaar' })).toBeVisible();
    expect(await wordsBrokenMidWord(page)).toEqual([]);
  });
});
