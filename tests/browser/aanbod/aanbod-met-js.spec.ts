import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mailsVoor, uniekeOrganisatie, vulFormulier, wachtOpHydratie } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('offer form with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/aanbieden/');
    await wachtOpHydratie(page);
  });

  test('sends an offer, shows the confirmation and notifies the bureau once', async ({ page }) => {
    const organisatie = uniekeOrganisatie('js');
    await vulFormulier(page, organisatie);
    await page.getByRole('button', { name: 'Aanbod versturen' }).click();

    const kop = page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' });
    await expect(kop).toBeFocused();
    await expect(page).toHaveURL(/\/aanbieden\/$/);
    await expect.poll(() => mailsVoor(organisatie).length).toBe(2);
    const [melding] = mailsVoor(organisatie).filter((m) => m.idempotencyKey.endsWith('-bureau'));
    expect(melding!.subject).toBe(`Nieuw aanbod werkervaringsplaats: Medewerker bediening bij ${organisatie}`);
    expect(melding!.text).toContain('3511 AB');
    expect(melding!.html).toContain('Graag &quot;iemand&quot; met &lt;interesse&gt; in horeca.');
    expect(await page.evaluate(() => localStorage.getItem('wep-aanbod-concept'))).toBeNull();
  });

  test('shows the error summary, moves focus to it and links to the fields', async ({ page }) => {
    let verzoeken = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/aanbod')) verzoeken++;
    });
    await page.getByLabel('KvK-nummer').fill('123');
    await page.getByRole('button', { name: 'Aanbod versturen' }).click();

    const kop = page.getByRole('heading', { name: /antwoorden niet goed ingevuld/ });
    await expect(kop).toBeFocused();
    const kvkLink = page.getByRole('link', { name: 'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678' });
    await expect(kvkLink).toBeVisible();
    await expect(page.locator('#veld-kvk-fout')).toContainText('8 cijfers');
    await expect(page.getByLabel('KvK-nummer')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('KvK-nummer')).toHaveValue('123');
    await kvkLink.click();
    await expect(page.getByLabel('KvK-nummer')).toBeFocused();
    expect(verzoeken).toBe(0);

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('restores the draft after a reload', async ({ page }) => {
    await page.getByLabel('Naam van de organisatie').fill('Concept BV');
    await page.getByLabel('Werkzaamheden').fill('Regel één\nRegel twee');
    await page.getByRole('group', { name: 'Vergoedt u de reiskosten?' }).getByLabel('Nee').check();
    await page.getByLabel(/Ik geef toestemming/).check();
    // Wait until the last change (the radio button) is in the saved draft.
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('wep-aanbod-concept') ?? '{}').velden))
      .toMatchObject({ organisatie: 'Concept BV', werkzaamheden: 'Regel één\nRegel twee', reiskosten: 'nee' });

    await page.reload();
    await wachtOpHydratie(page);
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Concept BV');
    await expect(page.getByLabel('Werkzaamheden')).toHaveValue('Regel één\nRegel twee');
    await expect(page.getByRole('group', { name: 'Vergoedt u de reiskosten?' }).getByLabel('Nee')).toBeChecked();
    // Consent is asked again each time, never stored.
    await expect(page.getByLabel(/Ik geef toestemming/)).not.toBeChecked();
    await expect(page.getByText('Wij hebben de antwoorden teruggezet')).toBeVisible();

    await page.getByRole('button', { name: 'Leeg formulier' }).click();
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('');
  });

  test('a double click sends one notification', async ({ page }) => {
    const organisatie = uniekeOrganisatie('dubbel');
    await vulFormulier(page, organisatie);
    await page.getByRole('button', { name: 'Aanbod versturen' }).dblclick();
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeVisible();
    const bureauMails = mailsVoor(organisatie).filter((m) => m.idempotencyKey.endsWith('-bureau'));
    expect(bureauMails).toHaveLength(1);
  });

  test('the page the server shows again after errors passes axe', async ({ page }) => {
    await page.getByLabel('Naam van de organisatie').fill('Axe BV');
    // form.submit() skips the island's submit handler: the browser posts urlencoded, as without JavaScript.
    const [antwoord] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form'))),
    ]);
    expect(antwoord.status()).toBe(422);
    await wachtOpHydratie(page);
    await expect(page.getByRole('heading', { name: /antwoorden niet goed ingevuld/ })).toBeFocused();
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Axe BV');
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
  });
});
