import { expect, test } from '@playwright/test';
import { headerContentSecurityPolicy } from '../../../src/lib/http/security-headers.mjs';

test('the result pages opened directly send the visitor to the empty form', async ({ request }) => {
  for (const path of ['/aanbieden/controleren/', '/aanbieden/bedankt/']) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.status()).toBe(303);
    expect(answer.headers()['location']).toBe('/aanbieden/');
  }
});

test('the function refuses other content types, bodies far too large and cross-site form posts', async ({
  request,
  baseURL,
}) => {
  const headers = { origin: baseURL! };
  const text = await request.post('/api/aanbod', { headers: { ...headers, 'content-type': 'text/xml' }, data: '<a/>' });
  expect(text.status()).toBe(415);
  const big = await request.post('/api/aanbod', {
    headers: { ...headers, 'content-type': 'application/json' },
    data: JSON.stringify({ opmerkingen: 'x'.repeat(400 * 1024) }),
  });
  expect(big.status()).toBe(413);
  const crossSite = await request.post('/api/aanbod', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: 'a=b',
  });
  expect(crossSite.status()).toBe(403);
});

test('every other method gets 405 with Allow: POST and the security headers, never a 5xx', async ({ request }) => {
  for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    const answer = await request.fetch('/api/aanbod', { method, maxRedirects: 0 });
    expect(answer.status(), method).toBe(405);
    expect(answer.headers()['allow'], method).toBe('POST');
    expect(answer.headers()['x-frame-options'], method).toBe('DENY');
  }
});

test('the form shown again after an error carries the full Content-Security-Policy header', async ({
  request,
  baseURL,
}) => {
  const answer = await request.post('/api/aanbod', {
    headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
    data: 'organisatie=X',
  });
  expect(answer.status()).toBe(422);
  const policy = answer.headers()['content-security-policy'] ?? '';
  for (const directive of headerContentSecurityPolicy.split('; ')) expect(policy).toContain(directive);
  expect(policy).toMatch(/script-src 'self' 'sha256-/);
  for (const header of [
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'cross-origin-opener-policy',
    'strict-transport-security',
  ]) {
    expect(answer.headers()[header], header).toBeTruthy();
  }
});
