import { expect, test } from '@playwright/test';
import { draftArticles, scheduledArticles, uniqueBodyWord } from './article-files';
import { expectNoAxeViolations } from '../support/axe';
import { glossary, nonEmpty, contentFile, services } from '../../support/site-content';
import { parse as parseYaml } from 'yaml';

test('search finds an article by a word that only appears in its body', async ({ page }) => {
  const { word, article } = uniqueBodyWord();
  await page.goto('/zoeken/');
  await page.getByLabel('Zoekwoord').fill(word);
  await page.getByRole('button', { name: 'Zoeken' }).click();

  const results = page.getByRole('list', { name: 'Zoekresultaten' });
  await expect(results.getByRole('link', { name: article.frontmatter.titel })).toHaveAttribute(
    'href',
    `/kennisbank/${article.slug}/`,
  );
  await expect(page.getByRole('status')).toContainText(`gevonden voor "${word}"`);
  expect(page.url()).toContain(`?q=${encodeURIComponent(word)}`);
  await expectNoAxeViolations(page);
});

test('a search link with ?q= shows results on arrival', async ({ page }) => {
  const { word, article } = uniqueBodyWord();
  await page.goto(`/zoeken/?q=${encodeURIComponent(word)}`);
  await expect(page.getByLabel('Zoekwoord')).toHaveValue(word);
  await expect(page.getByRole('link', { name: article.frontmatter.titel })).toBeVisible();
});

test('drafts and scheduled articles are not in the search index', async ({ page }) => {
  // A word that only a draft's (or a scheduled article's) text has: searching for it must not find that article.
  for (const unpublished of [draftArticles(), scheduledArticles()]) {
    const { word, article } = uniqueBodyWord(unpublished);
    await page.goto(`/zoeken/?q=${encodeURIComponent(word)}`);
    // The search has run (Pagefind may still match part of the word in another page, e.g. "concept" in the privacy
    // statement), and no result is the unpublished article.
    await expect(page.getByRole('status')).toContainText('gevonden');
    await expect(page.locator(`a[href="/kennisbank/${article.slug}/"]`)).toHaveCount(0);
  }
});

test('the header links to search, and the page offers a way forward without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kennisbank/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\/$/);
  await expect(page.getByText('Werkt zoeken niet')).toBeVisible();
  await page.getByRole('link', { name: 'alle artikelen bekijken' }).click();
  await expect(page).toHaveURL(/\/kennisbank\/$/);
  await context.close();
});

test('article pages do not load the search JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/kennisbank/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});

test('one search finds glossary terms and tools too, each labelled by its kind', async ({ page }) => {
  const term = nonEmpty(glossary, 'glossary terms').find((t) => /^[\p{L}]{6,}$/u.test(t.term)) ?? glossary[0]!;
  await page.goto(`/zoeken/?q=${encodeURIComponent(term.term)}`);
  const results = page.getByRole('list', { name: 'Zoekresultaten' });
  const termHit = results
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href="/kennisbank/begrippen/#${term.id}"]`) });
  await expect(termHit).toContainText('Begrip');
  await expect(termHit.getByRole('link')).toHaveText(term.term);
  // The excerpt starts at the start of a sentence of the definition, the word marked.
  const excerpt = (await termHit.locator('p').last().textContent())!.trim();
  expect(term.uitleg.replace(/\s+/g, ' ')).toContain(excerpt.replace(/ …$/, ''));
  expect(excerpt).toMatch(/^\p{Lu}|^\d/u);
  await expect(termHit.locator('mark').first()).toBeVisible();

  const tool = parseYaml(contentFile('rekenhulpen/no-riskpolis.mdx').split(/^---$/m)[1]!) as { titel: string };
  await page.getByLabel('Zoekwoord').fill('no-riskpolis');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const toolHit = results.getByRole('listitem').filter({ has: page.locator('a[href="/rekenhulpen/no-riskpolis/"]') });
  await expect(toolHit).toContainText('Rekenhulp');
  await expect(toolHit.getByRole('link')).toHaveText(tool.titel);
  // Once search runs, the advice for a browser without JavaScript is gone.
  await expect(page.getByText('Werkt zoeken niet')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const [service] = nonEmpty(services, 'services');
  await page.getByLabel('Zoekwoord').fill(service!.data.titel);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const serviceHit = results
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href="/diensten/${service!.slug}/"]`) });
  await expect(serviceHit).toContainText('Dienst');
  await expect(serviceHit.getByRole('link')).toHaveText(service!.data.titel);
});
