// A separate app server whose mail provider (a local fake Resend) always fails, so the shared test server
// stays on the outbox transport for every other spec.
import { expect, test } from '@playwright/test';
import { startFakeResend } from '../../support/fake-resend.mjs';
import { startAppServer } from '../../support/start-app-server.mjs';
import { uniekeOrganisatie, vulFormulier, wachtOpHydratie } from './helpers';

test.describe.configure({ mode: 'serial' });

let fake: Awaited<ReturnType<typeof startFakeResend>>;
let app: Awaited<ReturnType<typeof startAppServer>>;

test.beforeAll(async () => {
  fake = await startFakeResend({ mode: 'fail-500' });
  app = await startAppServer({ RESEND_API_KEY: 're_test_fail', RESEND_BASE_URL: fake.url });
});

test.afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

test('with JavaScript: a provider failure keeps every value and says the offer was not sent', async ({ page }) => {
  const organisatie = uniekeOrganisatie('fout-js');
  await page.goto(`${app.url}/aanbieden/`);
  await wachtOpHydratie(page);
  await vulFormulier(page, organisatie);
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();

  await expect(page.getByRole('heading', { name: 'Uw aanbod is niet verstuurd' })).toBeFocused();
  await expect(page.getByText(/NIET verstuurd/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'info@voorbeeld-reintegratie.example' }).first()).toBeVisible();
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(organisatie);
  await expect(page.getByLabel('Werkzaamheden')).toHaveValue('Gasten ontvangen, bestellingen opnemen en tafels dekken.');
  await expect(page.getByLabel(/Ik geef toestemming/)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Aanbod versturen' })).toBeEnabled();
  expect(await page.evaluate(() => localStorage.getItem('wep-aanbod-concept'))).toContain(organisatie);
  expect(fake.state.verzoeken.length).toBeGreaterThan(0);
  expect(fake.state.verstuurd.size).toBe(0);

  // The provider recovers: the retry sends the same offer, once.
  fake.zetMode('ok');
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeFocused();
  const sleutels = [...fake.state.verstuurd.keys()];
  expect(sleutels.filter((s) => s.endsWith('-bureau'))).toHaveLength(1);
  fake.zetMode('fail-500');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a provider failure shows the form again with every value and a clear message', async ({ page }) => {
    const organisatie = uniekeOrganisatie('fout-nojs');
    await page.goto(`${app.url}/aanbieden/`);
    await vulFormulier(page, organisatie);
    const [antwoord] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(antwoord.status()).toBe(503);
    await expect(page).toHaveTitle(/^Fout: /);
    await expect(page.getByRole('heading', { name: 'Uw aanbod is niet verstuurd' })).toBeFocused();
    await expect(page.getByText(/NIET verstuurd/)).toBeVisible();
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(organisatie);
    await expect(page.getByLabel('Postcode van de werkplek')).toHaveValue('3511ab');
    await expect(page.getByLabel('Opmerkingen (optioneel)')).toHaveValue('Graag "iemand" met <interesse> in horeca.');
    await expect(page.getByRole('group', { name: /kans op detachering/ }).getByLabel('Misschien')).toBeChecked();
  });
});
