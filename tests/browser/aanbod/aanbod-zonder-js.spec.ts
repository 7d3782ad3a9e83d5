import { expect, test } from '@playwright/test';
import { mailsVoor, uniekeOrganisatie, vulFormulier } from './helpers';

test.use({ javaScriptEnabled: false });

test.describe('offer form without JavaScript', () => {
  test('posts the form and lands on the thank-you page', async ({ page }) => {
    const organisatie = uniekeOrganisatie('nojs');
    await page.goto('/aanbieden/');
    await vulFormulier(page, organisatie);
    await page.getByRole('button', { name: 'Aanbod versturen' }).click();
    await expect(page).toHaveURL(/\/aanbieden\/bedankt\/$/);
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeVisible();
    await expect.poll(() => mailsVoor(organisatie).length).toBe(2);
  });

  test('shows the form again with errors, focus on the summary and every value kept', async ({ page }) => {
    await page.goto('/aanbieden/');
    await vulFormulier(page, 'Foutje & Zn');
    await page.getByLabel('Postcode van de werkplek').fill('12');
    await page.getByLabel('Uren per week').fill('80');
    const [antwoord] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(antwoord.status()).toBe(422);
    await expect(page).toHaveTitle(/^Fout: /);
    await expect(page.getByRole('heading', { name: 'Er zijn 2 antwoorden niet goed ingevuld' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB' })).toHaveAttribute('href', '#veld-postcode');
    await expect(page.locator('#veld-uren_per_week-fout')).toContainText('4 tot en met 40');

    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Foutje & Zn');
    await expect(page.getByLabel('Postcode van de werkplek')).toHaveValue('12');
    await expect(page.getByLabel('Sector')).toHaveValue('horeca');
    await expect(page.getByLabel('Opmerkingen (optioneel)')).toHaveValue('Graag "iemand" met <interesse> in horeca.');
    await expect(page.getByRole('group', { name: 'Vergoedt u de reiskosten?' }).getByLabel('In overleg')).toBeChecked();
    await expect(page.getByLabel(/Ik geef toestemming/)).toBeChecked();
  });
});
