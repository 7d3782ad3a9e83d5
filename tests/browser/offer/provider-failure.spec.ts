// A separate app server whose mail provider (a local fake Resend) fails on purpose, so the shared test server
// stays on the outbox transport for every other spec.
import { expect, test } from '@playwright/test';
import { startFakeResend } from '../../support/fake-resend.mjs';
import { bureau } from '../../support/site-content';
import { startAppServer } from '../../support/start-app-server.mjs';
import { fillForm, uniqueOrganisation, waitForHydration } from './helpers';

test.describe.configure({ mode: 'serial' });

let fake: Awaited<ReturnType<typeof startFakeResend>>;
let app: Awaited<ReturnType<typeof startAppServer>>;

test.beforeAll(async () => {
  fake = await startFakeResend({ mode: 'fail-422' });
  app = await startAppServer({ RESEND_API_KEY: 're_test_fail', RESEND_BASE_URL: fake.url });
});

test.afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

test.beforeEach(() => fake.setMode('fail-422'));

test('with JavaScript: a refusal keeps every value and says the offer was not sent; the retry arrives once', async ({
  page,
}) => {
  const organisation = uniqueOrganisation('fout-js');
  await page.goto(`${app.url}/aanbieden/`);
  await waitForHydration(page);
  await fillForm(page, organisation);
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();

  await expect(page.getByRole('heading', { name: 'Uw aanbod is niet verstuurd' })).toBeFocused();
  await expect(page.getByText(/NIET verstuurd/)).toBeVisible();
  await expect(page.getByRole('link', { name: bureau.email }).first()).toBeVisible();
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(organisation);
  await expect(page.getByLabel('Werkzaamheden')).toHaveValue(
    'Gasten ontvangen, bestellingen opnemen en tafels dekken.',
  );
  await expect(page.getByLabel(/Ik geef toestemming/)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Aanbod versturen' })).toBeEnabled();
  expect(await page.evaluate(() => localStorage.getItem('wep-aanbod-concept'))).toContain(organisation);
  expect(fake.state.requests.length).toBeGreaterThan(0);
  expect(fake.state.sent.size).toBe(0);

  // The provider recovers: the retry sends the same offer, once.
  fake.setMode('ok');
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeFocused();
  expect([...fake.state.sent.keys()].filter((key) => key.endsWith('-bureau'))).toHaveLength(1);
});

test('with JavaScript: when the provider fails in a way that leaves it open, the page says so honestly', async ({
  page,
}) => {
  fake.setMode('fail-500');
  await page.goto(`${app.url}/aanbieden/`);
  await waitForHydration(page);
  await fillForm(page, uniqueOrganisation('onzeker-js'));
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Wij weten niet zeker of uw aanbod is verstuurd' })).toBeFocused();
  await expect(page.getByText(/Opnieuw versturen is veilig/)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refusal shows the form again with every value and a clear message', async ({ page }) => {
    const organisation = uniqueOrganisation('fout-nojs');
    await page.goto(`${app.url}/aanbieden/`);
    await fillForm(page, organisation);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(answer.status()).toBe(503);
    await expect(page).toHaveTitle(/^Fout: /);
    await expect(page.getByRole('heading', { name: 'Uw aanbod is niet verstuurd' })).toBeFocused();
    await expect(page.getByText(/NIET verstuurd/)).toBeVisible();
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(organisation);
    await expect(page.getByLabel('Postcode van de werkplek')).toHaveValue('3511ab');
    await expect(page.getByLabel('Opmerkingen (optioneel)')).toHaveValue('Graag "iemand" met <interesse> in horeca.');
    await expect(page.getByRole('group', { name: /kans op detachering/ }).getByLabel('Misschien')).toBeChecked();
  });

  test('an uncertain outcome shows the form again with the honest message, and sending again delivers it once', async ({
    page,
  }) => {
    fake.setMode('fail-500');
    const organisation = uniqueOrganisation('onzeker-nojs');
    await page.goto(`${app.url}/aanbieden/`);
    await fillForm(page, organisation);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(answer.status()).toBe(504);
    await expect(page.getByRole('heading', { name: 'Wij weten niet zeker of uw aanbod is verstuurd' })).toBeFocused();
    fake.setMode('ok');
    await page.getByRole('button', { name: 'Aanbod versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeVisible();
    const bureauKeys = fake.state.requests.filter((r) => r.body.text?.includes(organisation)).map((r) => r.key);
    expect(new Set(bureauKeys).size).toBe(1);
  });
});
