import { expect, test, type Page } from '@playwright/test';

/**
 * Collects CSP violations (DOM events) and console errors from the moment the page starts loading. Chromium also
 * logs every 4xx answer of a fetch as an error; the offer API's 422 is an answer the form shows, so that one is
 * not counted (any other failed resource still is).
 */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const expectedAnswer =
      /status of 422\b/.test(message.text()) && new URL(message.location().url).pathname === '/api/aanbod';
    if (!expectedAnswer) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    return [...violations, ...consoleErrors];
  };
}

test('every response carries the security headers', async ({ request }) => {
  // /aanvragen/ is rendered on demand (it reads the link's prefill), so the middleware gives it its headers.
  for (const path of ['/', '/kennisbank/', '/aanvragen/?dienst=dossiercheck', '/favicon.svg', '/bestaat-niet/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
  }
  const api = await request.post('/api/aanbod', { headers: { 'content-type': 'text/plain' }, data: 'x' });
  expect(api.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('pages carry a script policy without unsafe-inline or unsafe-eval', async ({ page }) => {
  for (const path of ['/', '/rekenhulpen/werkervaringsplaats/', '/aanbieden/', '/zoeken/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toMatch(/'unsafe-eval'/);
  }
});

test('a calculator works under the policy', async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto('/rekenhulpen/werkervaringsplaats/');
  // The island hydrates when someone starts to use the form.
  await page.getByLabel('Uren per week').fill('24');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.getByLabel('Duur van de plaatsing').fill('20');
  await expect(page.getByTestId('rekenhulp-samenvatting')).toContainText('€');
  await expect(page).toHaveURL(/\/uitkomst\/\?.*wep\.weken=20/);
  expect(await violations()).toEqual([]);
});

test('search works under the policy', async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto('/zoeken/?q=no-riskpolis');
  await expect(page.getByRole('link', { name: /no-riskpolis/i }).first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the offer form shows the server’s errors under the policy', async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto('/aanbieden/');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: /niet goed ingevuld/ })).toBeFocused();
  expect(await violations()).toEqual([]);
});

test('the request form, rendered on demand, hydrates under the policy', async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto('/aanvragen/?dienst=dossiercheck');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await expect(page.getByLabel(/^Dossiercheck/)).toBeChecked();
  expect(await violations()).toEqual([]);
});
