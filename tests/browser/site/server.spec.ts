import { expect, test } from '@playwright/test';

test('the server compresses pages, styles and scripts', async ({ request }) => {
  const page = await request.get('/kennisbank/', { headers: { 'accept-encoding': 'gzip, br' } });
  expect(page.headers()['content-encoding']).toMatch(/^(gzip|br)$/);
  const html = await page.text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  expect(stylesheet).toBeTruthy();
  const css = await request.get(stylesheet!, { headers: { 'accept-encoding': 'gzip' } });
  expect(css.headers()['content-encoding']).toBe('gzip');
});

test('page addresses without a trailing slash redirect to the canonical address; the API does not', async ({
  request,
  baseURL,
}) => {
  const page = await request.get('/contact?van=test', { maxRedirects: 0 });
  expect(page.status()).toBe(301);
  expect(page.headers()['location']).toBe('/contact/?van=test');
  const api = await request.post('/api/aanbod', {
    headers: { 'content-type': 'text/plain', origin: baseURL! },
    data: 'x',
    maxRedirects: 0,
  });
  expect(api.status()).toBe(415);
});
