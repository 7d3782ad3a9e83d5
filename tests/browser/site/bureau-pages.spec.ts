// What an HR manager does on the bureau's own pages, with the keyboard only: from the list of services to one service
// and on to the request form with that service chosen; from an article's author to their profile on /over-ons/.
// Accessibility of these pages is checked by the axe loop over every page (every-page.spec.ts).
import { expect, test } from '@playwright/test';
import { nonEmpty, people, services } from '../../support/site-content';
import { publishedArticles } from '../knowledge-base/article-files';

/** Presses Tab until `locator` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: import('@playwright/test').Page, locator: import('@playwright/test').Locator, limit = 60) {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

test('a service is reached from /diensten/ with the keyboard and ends with the request form for it', async ({
  page,
}) => {
  const service = nonEmpty(services, 'services')[0]!;
  await page.goto('/diensten/');
  const link = page.getByTestId('diensten').getByRole('link', { name: service.data.titel });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/diensten/${service.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(service.data.titel);
  await expect(page.getByRole('heading', { name: 'Zo werkt het' })).toBeVisible();
  await expect(page.getByTestId('prijs')).toBeVisible();
  const request = page.getByTestId('aanvragen-link');
  await tabTo(page, request, 80);
  await expect(request).toHaveAttribute('href', `/aanvragen/?dienst=${service.slug}`);
  await expect(request).toBeInViewport();
});

test("an article's author leads to their profile on /over-ons/", async ({ page }) => {
  const article = nonEmpty(
    publishedArticles().filter((entry) => entry.frontmatter.auteur !== 'redactie'),
    'articles by a person',
  )[0]!;
  const person = people.find((entry) => entry.id === article.frontmatter.auteur)!;
  await page.goto(`/kennisbank/${article.slug}/`);
  const author = page.getByRole('link', { name: person.naam, exact: true });
  await tabTo(page, author);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/over-ons/#${person.id}$`));
  const profile = page.locator(`#${person.id}`);
  await expect(profile).toBeInViewport();
  await expect(profile.getByRole('heading', { name: person.naam })).toBeVisible();
  await expect(profile.getByRole('img', { name: person.foto.alt })).toBeVisible();
});
