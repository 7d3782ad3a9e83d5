import { expect, test } from '@playwright/test';
import { groupByInitial, sortTerms } from '../../../src/lib/knowledge-base/glossary';
import { glossary, nonEmpty } from '../../support/site-content';
import { expectNoAxeViolations } from '../support/axe';
import { publishedArticleWith } from './article-files';

const terms = nonEmpty(glossary, 'glossary terms');

test('the glossary lists every term alphabetically, each with an anchor, its explanation and its source', async ({
  page,
}) => {
  await page.goto('/kennisbank/begrippen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippenlijst');
  const entries = await page.locator('dl > div').evaluateAll((groups) =>
    groups.map((group) => {
      const source = group.querySelector('dd a');
      return {
        id: group.querySelector('dt')?.id,
        term: group.querySelector('dt')?.textContent?.trim(),
        uitleg: group.querySelector('dd')?.textContent?.trim(),
        bron: {
          titel: source?.textContent?.trim(),
          url: source?.getAttribute('href'),
          geraadpleegd: group.querySelector('dd time')?.getAttribute('datetime'),
        },
      };
    }),
  );
  expect(entries).toEqual(
    sortTerms(terms).map((term) => ({ id: term.id, term: term.term, uitleg: term.uitleg, bron: term.bron })),
  );
});

test('the glossary page is accessible', async ({ page }) => {
  // A long page: axe needs more than the default time on a busy machine.
  test.slow();
  await page.goto('/kennisbank/begrippen/');
  await expectNoAxeViolations(page);
});

test('the letter index jumps to each letter', async ({ page }) => {
  await page.goto('/kennisbank/begrippen/');
  const index = page.getByRole('navigation', { name: 'Begrippen per letter' });
  const groups = groupByInitial(sortTerms(terms));
  expect((await index.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual(
    groups.map((group) => group.label),
  );
  // The last letter: the furthest jump down the page.
  const last = groups.at(-1)!;
  await index.getByRole('link', { name: last.label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
  await expect(page.getByRole('heading', { level: 2, name: last.label, exact: true })).toBeInViewport();
});

test('the glossary is linked from the kennisbank navigation and from the footer', async ({ page }) => {
  await page.goto('/kennisbank/');
  await page.getByRole('link', { name: 'Begrippenlijst: vakwoorden uitgelegd' }).click();
  await expect(page).toHaveURL(/\/kennisbank\/begrippen\/$/);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Begrippenlijst' }).click();
  await expect(page).toHaveURL(/\/kennisbank\/begrippen\/$/);
});

test('a glossary term in an article shows its definition in place, by keyboard, and links to the glossary', async ({
  page,
}) => {
  const article = publishedArticleWith('a glossary term', (a) =>
    terms.some((t) => t.vormen.some((form) => a.body.toLowerCase().includes(form.toLowerCase()))),
  );
  await page.goto(`/kennisbank/${article.slug}/`);
  const button = page.locator('[data-article-body] button[popovertarget^="begrip-"]').first();
  const popoverId = (await button.getAttribute('popovertarget'))!;
  const id = popoverId.replace(/^begrip-/, '');
  const term = terms.find((t) => t.id === id)!;
  expect(term.vormen.map((form) => form.toLowerCase())).toContain(((await button.textContent()) ?? '').toLowerCase());
  // Dotted, unlike the solid underline of a link.
  expect(await button.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');

  const definition = page.locator(`[id="${popoverId}"]`);
  await expect(definition).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await expect(definition).toContainText(term.uitleg);
  await expectNoAxeViolations(page);
  // Tab goes from the term into its definition, to the link to the glossary.
  await page.keyboard.press('Tab');
  const link = definition.getByRole('link', { name: `${term.term} in de begrippenlijst` });
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/kennisbank/begrippen/#${id}$`));
  const target = page.locator(`dt[id="${id}"]`);
  await expect(target).toHaveText(term.term);
  await expect(target).toBeInViewport();
  // The highlighted entry has a background of its own.
  const background = await target.evaluate((dt) => getComputedStyle(dt.parentElement!).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});
