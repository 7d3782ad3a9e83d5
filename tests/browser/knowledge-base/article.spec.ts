import { expect, test } from '@playwright/test';
import { publishedArticleWith, publishedArticles, unpublishedArticles } from './article-files';
import { expectNoAxeViolations } from '../support/axe';
import { formatDutchDate } from '../../../src/lib/format/dates';

for (const article of publishedArticles()) {
  test(`article ${article.slug}: complete, zero JavaScript, accessible`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(`/kennisbank/${article.slug}/`);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.frontmatter.titel);
    const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
    await expect(crumbs.getByRole('link', { name: 'Kennisbank' })).toHaveAttribute('href', '/kennisbank/');
    const checked = formatDutchDate(new Date(article.frontmatter.feitenGecontroleerd));
    await expect(page.getByTestId('feiten-gecontroleerd')).toHaveText(
      `Feiten gecontroleerd op basis van bronnen tot ${checked}`,
    );
    await expect(page.getByTestId('feiten-gecontroleerd')).toBeVisible();
    await expect(page.getByText(/^\d+ (minuut|minuten) leestijd$/)).toBeVisible();

    // The sources, each with its title, and the date they were consulted.
    const sources = page.getByRole('region', { name: 'Bronnen' });
    await expect(sources).toContainText(`gecontroleerd op basis van deze bronnen, tot ${checked}`);
    const sourceLinks = sources.getByRole('listitem').getByRole('link');
    await expect(sourceLinks).toHaveText(article.frontmatter.bronnen.map((source) => source.titel));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');

    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((nodes) =>
        nodes.map((node) => (JSON.parse(node.textContent ?? '{}') as { '@type': string })['@type']),
      );
    expect(types).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList']));
    const hasFaq = /veelgesteldeVragen:\s*\n\s*-/.test(article.source);
    expect(types.includes('FAQPage')).toBe(hasFaq);

    // Every table-of-contents entry points at a heading on the page.
    for (const href of await page
      .getByRole('navigation', { name: 'Op deze pagina' })
      .locator('a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))) {
      await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), href).toHaveCount(1);
    }

    await expectNoAxeViolations(page);
    await page.waitForLoadState('networkidle');
    // An article with a calculator loads Astro's island runtime and the share button's script, both small files
    // cached across pages (inline in every such page they cost 2.5 KB of its 14 KB); the calculator's own code only
    // once someone uses it (tests/browser/calculators/embed-in-article.spec.ts). Every other article loads nothing.
    const expected = article.body.includes('<Rekenhulp')
      ? [/\/_astro\/astro-island\.[\w-]+\.js$/, /\/_astro\/ShareLink\.[\w.-]+\.js$/]
      : [];
    expect(
      scripts.map((url) => expected.findIndex((pattern) => pattern.test(url))),
      `article pages load no JavaScript but ${expected.join(', ') || 'none'}: ${scripts.join(', ')}`,
    ).toEqual(expected.map((_, index) => index));
  });
}

test('drafts and scheduled articles are not built', async ({ request }) => {
  for (const draft of unpublishedArticles()) {
    expect((await request.get(`/kennisbank/${draft.slug}/`)).status()).toBe(404);
  }
});

test('the FAQ block opens with the keyboard, and its questions are FAQPage structured data', async ({ page }) => {
  const withFaq = publishedArticleWith(
    '<VeelgesteldeVragen /> and questions',
    (a) => /<VeelgesteldeVragen/.test(a.body) && (a.frontmatter.veelgesteldeVragen ?? []).length > 0,
  );
  await page.goto(`/kennisbank/${withFaq.slug}/`);
  const structuredData = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '{}') as Record<string, unknown>));
  const faq = structuredData.find((data) => data['@type'] === 'FAQPage') as
    { mainEntity: { name: string }[] } | undefined;
  expect(faq?.mainEntity.map((question) => question.name)).toEqual(
    withFaq.frontmatter.veelgesteldeVragen!.map((question) => question.vraag),
  );
  const summary = page.locator('#veelgestelde-vragen ~ div summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#veelgestelde-vragen ~ div details').first()).toHaveAttribute('open', '');
});

test('a source reference in the text is a number that jumps, by keyboard, to that source in the list', async ({
  page,
}) => {
  const article = publishedArticleWith('an inline link to one of its sources', (a) =>
    a.frontmatter.bronnen.some((source) => a.body.includes(`](${source.url}`)),
  );
  await page.goto(`/kennisbank/${article.slug}/`);
  const reference = page.locator('[data-article-body] sup.citation a').first();
  const id = ((await reference.getAttribute('href')) ?? '').slice(1);
  const number = Number(id.replace(/^bron-/, ''));
  await expect(reference).toHaveText(`bron [${number}]`);
  await expect(reference).toHaveAccessibleName(`bron [${number}]`);
  // No underline, unlike an article link (solid) and a glossary term (dotted: glossary.spec.ts).
  expect(await reference.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('none');
  const articleLink = page.locator('[data-article-body] p a:not(sup a)').first();
  expect(await articleLink.evaluate((link) => getComputedStyle(link).textDecorationStyle)).toBe('solid');
  expect(await articleLink.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('underline');

  await reference.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const source = page
    .getByRole('region', { name: 'Bronnen' })
    .getByRole('listitem')
    .nth(number - 1);
  await expect(source).toHaveAttribute('id', id);
  await expect(source).toBeInViewport();
  await expect(source.getByRole('link')).toHaveText(article.frontmatter.bronnen[number - 1]!.titel);
  expect(await source.evaluate((item) => getComputedStyle(item).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});
