import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fillForm, mailsFor, uniqueOrganisation, waitForHydration } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('offer form with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/aanbieden/');
    await waitForHydration(page);
  });

  test('sends an offer, shows the confirmation with a copy of the answers and notifies the bureau once', async ({
    page,
  }) => {
    const organisation = uniqueOrganisation('js');
    await fillForm(page, organisation);
    await page.getByRole('button', { name: 'Aanbod versturen' }).click();

    const heading = page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/\/aanbieden\/$/);
    await expect(page.getByText(/Uw referentie: WP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}\b/)).toBeVisible();
    const copy = page.locator('dl');
    await expect(copy.getByText('Postcode van de werkplek')).toBeVisible();
    await expect(copy.getByText('3511 AB')).toBeVisible();
    await expect(copy.getByText('Graag "iemand" met <interesse> in horeca.')).toBeVisible();

    await expect.poll(() => mailsFor(organisation).all.length).toBe(2);
    const { notification, confirmation } = mailsFor(organisation);
    expect(notification!.subject).toBe(`Nieuw aanbod werkervaringsplaats: Medewerker bediening bij ${organisation}`);
    expect(notification!.text).toContain('3511 AB');
    expect(notification!.html).toContain('Graag &quot;iemand&quot; met &lt;interesse&gt; in horeca.');
    const attachment = notification!.attachments![0]!;
    expect(attachment.filename).toMatch(/^aanbod-WP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}\.json$/);
    expect(JSON.parse(attachment.content).organisatie.naam).toBe(organisation);
    expect(confirmation!.to).toEqual(['anna@example.com']);
    expect(`${confirmation!.subject}${confirmation!.text}${confirmation!.html}`).not.toContain(organisation);
    expect(`${confirmation!.text}`).not.toContain('Anna de Vries');
    expect(await page.evaluate(() => localStorage.getItem('wep-aanbod-concept'))).toBeNull();

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('shows the server’s error summary in place, moves focus to it and links to the fields', async ({ page }) => {
    await page.getByLabel('KvK-nummer').fill('123');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(answer.status()).toBe(422);
    await expect(page).toHaveURL(/\/aanbieden\/$/);

    const heading = page.getByRole('heading', { name: /antwoorden niet goed ingevuld/ });
    await expect(heading).toBeFocused();
    const kvkLink = page.getByRole('link', { name: 'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678' });
    await expect(kvkLink).toBeVisible();
    await expect(page.locator('#veld-kvk-fout')).toContainText('8 cijfers');
    await expect(page.getByLabel('KvK-nummer')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('KvK-nummer')).toHaveValue('123');
    await kvkLink.click();
    await expect(page.getByLabel('KvK-nummer')).toBeFocused();

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
    await waitForHydration(page);
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
    const organisation = uniqueOrganisation('dubbel');
    await fillForm(page, organisation);
    await page.getByRole('button', { name: 'Aanbod versturen' }).dblclick();
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeVisible();
    expect(mailsFor(organisation).notification).toBeDefined();
    expect(mailsFor(organisation).all.filter((m) => m.idempotencyKey.endsWith('-bureau'))).toHaveLength(1);
  });

  test('the thank-you page the server shows after a form post passes axe', async ({ page }) => {
    await fillForm(page, uniqueOrganisation('axe-bedankt'));
    // form.submit() skips the island's submit handler: the browser posts urlencoded, as without JavaScript.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form'))),
    ]);
    expect(answer.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Aanbod ontvangen' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('the page the server shows again after errors passes axe', async ({ page }) => {
    await page.getByLabel('Naam van de organisatie').fill('Axe BV');
    // form.submit() skips the island's submit handler: the browser posts urlencoded, as without JavaScript.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form'))),
    ]);
    expect(answer.status()).toBe(422);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { name: /antwoorden niet goed ingevuld/ })).toBeFocused();
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Axe BV');
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
  });
});
