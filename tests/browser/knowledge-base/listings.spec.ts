import { expect, test, type Page } from '@playwright/test';
import { AUDIENCE_IDS } from '../../../src/lib/knowledge-base/audiences';
import { nonEmpty, topics as topicList } from '../../support/site-content';
import { publishedArticles, unpublishedArticles } from './article-files';

async function listedSlugs(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  return slugsOnPage(page);
}

/** The articles the list on the current page links to. */
async function slugsOnPage(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId('artikellijst')
    .locator('h2 a, h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/kennisbank\/|\/$/g, '')).sort();
}

const slugsWhere = (test: (a: ReturnType<typeof publishedArticles>[number]) => boolean) =>
  publishedArticles()
    .filter(test)
    .map((a) => a.slug)
    .sort();

test('/kennisbank/ lists every published article, no draft or scheduled one', async ({ page }) => {
  const listed = await listedSlugs(page, '/kennisbank/');
  expect(listed).toEqual(slugsWhere(() => true));
  for (const draft of unpublishedArticles()) expect(listed).not.toContain(draft.slug);
});

for (const audience of AUDIENCE_IDS) {
  test(`the audience page for ${audience} lists exactly its articles`, async ({ page }) => {
    const expected = nonEmpty(
      slugsWhere((a) => a.frontmatter.doelgroep.includes(audience)),
      `article for ${audience}`,
    );
    expect(await listedSlugs(page, `/kennisbank/voor/${audience}/`)).toEqual(expected);
  });
}

const topics = nonEmpty(topicList, 'topics').map((topic) => topic.id);
test('every topic page lists exactly its articles and is reachable from /kennisbank/', async ({ page }) => {
  // From /kennisbank/ to the first topic, then from each topic page to the next (the same navigation is on both).
  await page.goto('/kennisbank/');
  for (const topic of topics) {
    await page
      .getByRole('navigation', { name: 'Onderwerpen' })
      .locator(`a[href="/kennisbank/onderwerp/${topic}/"]`)
      .click();
    await expect(page).toHaveURL(new RegExp(`/kennisbank/onderwerp/${topic}/$`));
    expect(await slugsOnPage(page), topic).toEqual(slugsWhere((a) => a.frontmatter.onderwerpen.includes(topic)));
  }
});

test('on a phone the search box and the filters come before the list; on a wide screen beside it', async ({ page }) => {
  const searchBox = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  const filters = page.getByRole('navigation', { name: 'Onderwerpen' });
  const list = page.getByTestId('artikellijst');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/kennisbank/');
  const [box, nav, cards] = [await searchBox.boundingBox(), await filters.boundingBox(), await list.boundingBox()];
  expect(box!.y + box!.height).toBeLessThanOrEqual(nav!.y);
  expect(nav!.y + nav!.height).toBeLessThanOrEqual(cards!.y);

  await page.setViewportSize({ width: 1280, height: 800 });
  const [wideBox, wideCards] = [await searchBox.boundingBox(), await list.boundingBox()];
  expect(wideBox!.x).toBeGreaterThanOrEqual(wideCards!.x + wideCards!.width);
  expect(wideBox!.y).toBeLessThan(wideCards!.y + wideCards!.height);

  // The box searches the whole site.
  await searchBox.fill('loonsanctie');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=loonsanctie$/);
  await expect(page.getByLabel('Zoekwoord')).toHaveValue('loonsanctie');
});
