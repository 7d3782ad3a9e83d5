import { expect, test } from '@playwright/test';
import { nonEmpty, services } from '../../support/site-content';
import { daysAgo, fillRequest, mailsFor, typeDate } from './helpers';

const REFERENCE = /Uw referentie: AV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}\b/;

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

test.describe('request form without JavaScript, on a phone, with the keyboard only', () => {
  test('shows the errors with focus on the summary, then the thank-you page with the reference and the dates', async ({
    page,
  }) => {
    // Two posts and every answer typed key by key: a long flow, given three times the usual time.
    test.slow();
    const organisation = `Aanvrager nojs ${Math.random().toString(36).slice(2, 8)}`;
    await page.goto('/aanvragen/');
    await expect(page.getByRole('heading', { level: 1, name: 'Hulp vragen bij een zieke werknemer' })).toBeVisible();
    await fillRequest(page, organisation, daysAgo(297));
    // No month in the first sick day: the three boxes name what is missing.
    const firstSickDay = page.getByRole('group', { name: 'Eerste ziektedag' });
    await firstSickDay.getByLabel('Maand', { exact: true }).fill('');

    const [rejected] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanvraag')),
      page.keyboard.press('Enter'),
    ]);
    expect(rejected.status()).toBe(422);
    await expect(page).toHaveTitle(/^Fout: Hulp vragen bij een zieke werknemer/);
    await expect(page.getByRole('heading', { name: 'Er is 1 antwoord niet goed ingevuld' })).toBeFocused();
    const link = page.getByRole('link', { name: 'Eerste ziektedag moet een maand bevatten' });
    await expect(link).toHaveAttribute('href', '#veld-eerste_ziektedag');
    await expect(page.locator('#veld-eerste_ziektedag-fout')).toContainText('moet een maand bevatten');
    // Every answer is kept, the boxes as typed.
    await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(organisation);
    await expect(page.getByLabel('Toelichting (optioneel)')).toHaveValue('Graag "snel" contact <vandaag>.');
    await expect(page.getByLabel(/Mijn werknemer weet/)).toBeChecked();
    await expect(firstSickDay.getByLabel('Maand', { exact: true })).toHaveValue('');
    const day = daysAgo(297);
    await expect(firstSickDay.getByLabel('Jaar', { exact: true })).toHaveValue(day.slice(0, 4));

    await typeDate(page, 'Eerste ziektedag', day);
    await page.getByRole('button', { name: 'Aanvraag versturen' }).focus();
    const [received] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanvraag')),
      page.keyboard.press('Enter'),
    ]);
    expect(received.status()).toBe(200);
    await expect(page).toHaveTitle(/^Aanvraag ontvangen/);
    await expect(page.getByRole('heading', { level: 1, name: 'Aanvraag ontvangen' })).toBeVisible();
    await expect(page.getByText(REFERENCE)).toBeVisible();
    // Day 298 of the illness lies in week 43 (a day more or less too: the server counts in Dutch time).
    const dates = page.getByTestId('termijnen');
    await expect(dates).toContainText('week 43');
    await expect(dates).toContainText('Uiterste start 2e spoor');
    await expect(dates).toContainText('WIA-aanvraag uiterlijk');
    await expect(page.getByRole('heading', { name: 'Wat kunt u alvast klaarleggen?' })).toBeVisible();
    await expect(page.getByText(/Print haar via het menu van uw browser/)).toBeVisible();
    await expect(page.locator('dl').getByText('Graag "snel" contact <vandaag>.')).toBeVisible();
    await expect(page.getByText('Het kost u ongeveer drie minuten')).toHaveCount(0);

    await expect.poll(() => mailsFor(organisation).all.length).toBe(2);
    const { notification } = mailsFor(organisation);
    expect(notification!.attachments![0]!.filename).toMatch(/^aanvraag-AV-/);
  });

  test('is prefilled by the server from the link of a service, the planner or a calculator', async ({ page }) => {
    const service = nonEmpty(services, 'services')[services.length - 1]!;
    const firstSickDay = daysAgo(400);
    await page.goto(`/aanvragen/?dienst=${service.slug}&eersteZiektedag=${firstSickDay}`);
    await expect(
      page.getByRole('group', { name: 'Waarmee kunnen wij u helpen?' }).getByLabel(service.data.titel, { exact: true }),
    ).toBeChecked();
    const group = page.getByRole('group', { name: 'Eerste ziektedag' });
    // The server writes the boxes as the date's own digits, e.g. 2025-09-01 as 01, 09, 2025.
    const [year, month, day] = firstSickDay.split('-');
    await expect(group.getByLabel('Dag', { exact: true })).toHaveValue(day!);
    await expect(group.getByLabel('Maand', { exact: true })).toHaveValue(month!);
    await expect(group.getByLabel('Jaar', { exact: true })).toHaveValue(year!);
    // Day 401 of the illness lies in week 58 (a day more or less too: the server counts in Dutch time).
    const dates = page.getByTestId('termijnen');
    await expect(dates).toContainText('week 58');
    await expect(dates).toContainText('Uiterste start 2e spoor');
    await expect(dates).toContainText('WIA-aanvraag uiterlijk');
  });

  test('ignores an unknown service and a date that is none', async ({ page }) => {
    await page.goto('/aanvragen/?dienst=%3Cb%3Eonbekend%3C%2Fb%3E&eersteZiektedag=2025-02-31');
    await expect(
      page.getByRole('group', { name: 'Waarmee kunnen wij u helpen?' }).getByRole('radio', { checked: true }),
    ).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Eerste ziektedag' }).getByLabel('Jaar', { exact: true })).toHaveValue(
      '',
    );
    await expect(page.getByTestId('termijnen')).toHaveCount(0);
    expect(await page.content()).not.toContain('onbekend');
  });
});
