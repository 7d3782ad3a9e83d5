import { expect, test } from '@playwright/test';
import { formatEuro } from '../../../src/lib/format/numbers';
import { parameterYears, yearParameters } from '../../support/site-content';
import { publishedArticleWith } from '../knowledge-base/article-files';
import { expectNoAxeViolations, summary } from './helpers';

const embedding = publishedArticleWith('<Rekenhulp naam="no-riskpolis" />', (a) =>
  a.body.includes('<Rekenhulp naam="no-riskpolis" />'),
);
const article = `/kennisbank/${embedding.slug}/`;
const year = parameterYears.at(-1)!;

test('a calculator in an article loads only when used, calculates, and links to its result page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const islandScripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && /Calculator\./.test(request.url())) islandScripts.push(request.url());
  });
  await page.goto(article);
  const island = page.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(islandScripts, 'no calculator code before someone uses it').toEqual([]);

  await page.getByLabel('Startjaar van het contract').selectOption(String(year));
  await expect(island).not.toHaveAttribute('ssr');
  expect(islandScripts.length).toBeGreaterThan(0);
  await page.getByLabel('Brutojaarloon').fill('52.200');
  await page.getByLabel('Uren per week').fill('32');
  await page.getByLabel('Ziektedagen per jaar').fill('10');
  await page.getByLabel('Loon bij ziekte volgens cao of contract').fill('100');
  await page.getByLabel('Aantal jaren').fill('5');
  // 5 × (100% × 52,200 / 261 × 10 = 2,000) + LKV years × min(per hour × 32 × 52, yearly maximum)
  // (2026: 3 × min(3.05 × 32 × 52 = 5,075.20, 6,000), in all 25,225.60)
  const p = yearParameters(year);
  const total = `${formatEuro(5 * 2000 + p.lkvYears * Math.min(p.lkvPerHour * 32 * 52, p.lkvYearlyMaximum))} in 5 jaar.`;
  await expect(summary(page)).toHaveText(
    `Wat u kunt terugkrijgen als aan de voorwaarden is voldaan en uw werknemer 10 werkdagen per jaar ziek is: ${total}`,
  );
  // The article keeps its own address; the link to share is the calculator's result page.
  expect(new URL(page.url()).pathname).toBe(article);
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(copied);
  expect(new URL(page.url()).pathname).toBe('/rekenhulpen/no-riskpolis/uitkomst/');
  await expect(summary(page)).toContainText(total);
  await expectNoAxeViolations(page);
});

test('without JavaScript the calculator in an article submits to its result page', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(article);
  await page.getByLabel('Aantal jaren').fill('2');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(page).toHaveURL(/\/rekenhulpen\/no-riskpolis\/uitkomst\/\?.*nrp\.jaren=2/);
  await expect(summary(page)).toContainText('in 2 jaar.');
  await page.context().close();
});
