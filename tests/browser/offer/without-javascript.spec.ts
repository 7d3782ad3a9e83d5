import { expect, test } from '@playwright/test';
import { fillForm, mailsFor, uniqueOrganisation } from './helpers';

test.use({ javaScriptEnabled: false });

test.describe('offer form without JavaScript', () => {
  test('posts the form and shows the thank-you page with the reference and a printable copy of the answers', async ({
    page,
  }) => {
    const organisation = uniqueOrganisation('nojs');
    await page.goto('/aanbieden/');
    await fillForm(page, organisation);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['cache-control']).toBe('no-store');
    await expect(page.getByRole('heading', { level: 1, name: 'Aanbod ontvangen' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeVisible();
    await expect(page.getByText(/Uw referentie: WP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}\b/)).toBeVisible();
    await expect(page.locator('dl').getByText(organisation)).toBeVisible();
    await expect(page.locator('dl').getByText('+31612345678')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('dl').getByText(organisation)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Terug naar de homepage' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await expect.poll(() => mailsFor(organisation).all.length).toBe(2);
  });

  test('shows the form again with errors, focus on the summary and every value kept', async ({ page }) => {
    await page.goto('/aanbieden/');
    await fillForm(page, 'Foutje & Zn');
    await page.getByLabel('Postcode van de werkplek').fill('12');
    await page.getByLabel('Uren per week').fill('80');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(answer.status()).toBe(422);
    await expect(page).toHaveTitle(/^Fout: /);
    await expect(page.getByRole('heading', { name: 'Er zijn 2 antwoorden niet goed ingevuld' })).toBeFocused();
    await expect(
      page.getByRole('link', { name: 'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB' }),
    ).toHaveAttribute('href', '#veld-postcode');
    await expect(page.locator('#veld-uren_per_week-fout')).toContainText('4 tot en met 40');

    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Foutje & Zn');
    await expect(page.getByLabel('Postcode van de werkplek')).toHaveValue('12');
    await expect(page.getByLabel('Sector')).toHaveValue('horeca');
    await expect(page.getByLabel('Opmerkingen (optioneel)')).toHaveValue('Graag "iemand" met <interesse> in horeca.');
    await expect(page.getByRole('group', { name: 'Vergoedt u de reiskosten?' }).getByLabel('In overleg')).toBeChecked();
    await expect(page.getByLabel(/Ik geef toestemming/)).toBeChecked();
  });
});
