import { expect, test } from '@playwright/test';
import { publishedArticles, unpublishedArticles } from './article-files';

test('the RSS feed parses as XML and lists every published article, no draft or scheduled one', async ({
  page,
  request,
}) => {
  const response = await request.get('/kennisbank/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();

  await page.goto('/kennisbank/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('channel > title')?.textContent,
      links: [...doc.querySelectorAll('item > link')].map((link) => new URL(link.textContent ?? '').pathname),
    };
  }, xml);

  expect(feed.parseError).toBeNull();
  expect(feed.title).toMatch(/Kennisbank/);
  expect([...feed.links].sort()).toEqual(
    publishedArticles()
      .map((a) => `/kennisbank/${a.slug}/`)
      .sort(),
  );
  for (const draft of unpublishedArticles()) expect(feed.links).not.toContain(`/kennisbank/${draft.slug}/`);
});
