import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../support/built-site';
import { formatDutchDate, todayInNetherlands } from '../../../src/lib/format/dates';
import { overdueArticles } from '../../../src/lib/knowledge-base/freshness';
import { nonEmpty, testedContentDir } from '../../support/site-content';
import { expectNoAxeViolations } from '../support/axe';
import { publishedArticles } from './article-files';

const path = '/kennisbank/te-controleren/';
const articles = publishedArticles().map((article) => ({
  id: article.slug,
  data: { feitenGecontroleerd: new Date(article.frontmatter.feitenGecontroleerd) },
}));

test('the list of articles to check shows the build date and exactly the overdue articles', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artikelen om te controleren');
  // The suite runs right after the build, so the build date is today.
  const today = todayInNetherlands();
  await expect(page.getByTestId('bouwdatum')).toHaveText(formatDutchDate(new Date(`${today}T00:00:00Z`)));
  await expect(page.getByTestId('bouwdatum')).toHaveAttribute('datetime', today);

  const overdue = nonEmpty(
    overdueArticles(articles, new Date(`${today}T00:00:00Z`)).map((article) => article.id),
    'article whose facts were checked more than 12 months ago',
  );
  const toCheck = page.getByRole('region', { name: 'Te controleren', exact: true });
  const listed = await toCheck
    .locator('tr[data-artikel]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-artikel')));
  expect(listed).toEqual(overdue);

  // Every published article is in the full list, with the file to edit as the bureau knows it.
  const all = page.getByRole('region', { name: 'Alle artikelen', exact: true });
  await expect(all.locator('tr[data-artikel]')).toHaveCount(articles.length);
  await expect(all).toContainText(`${testedContentDir.label}/kennisbank/${articles[0]!.id}.mdx`);
  await expectNoAxeViolations(page);
});

test('the list is for the bureau: not indexed and not in the sitemap', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(sitemapPaths()).not.toContain(path);
});
