import { expect, test } from '@playwright/test';

test('the error page opened directly sends the visitor to the empty form', async ({ request }) => {
  const antwoord = await request.get('/aanbieden/controleren/', { maxRedirects: 0 });
  expect(antwoord.status()).toBe(303);
  expect(antwoord.headers()['location']).toBe('/aanbieden/');
});

test('the function refuses other content types and oversized bodies', async ({ request, baseURL }) => {
  const headers = { origin: baseURL! };
  const tekst = await request.post('/api/aanbod', { headers: { ...headers, 'content-type': 'text/xml' }, data: '<a/>' });
  expect(tekst.status()).toBe(415);
  const groot = await request.post('/api/aanbod', {
    headers: { ...headers, 'content-type': 'application/json' },
    data: JSON.stringify({ opmerkingen: 'x'.repeat(40 * 1024) }),
  });
  expect(groot.status()).toBe(413);
});

test('the thank-you page ships no JavaScript and is kept out of search engines', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/aanbieden/bedankt/');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanbod ontvangen' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(scripts).toEqual([]);
});
