import { expect, test } from '@playwright/test';
import { waitForHydration } from '../offer/helpers';
import { expectNoAxeViolations } from '../support/axe';
import { daysAgo, fillRequest, mailsFor, typeDate } from './helpers';

test.describe('request form with JavaScript', () => {
  test('shows the urgency as soon as the first sick day is known, and the thank-you in place', async ({ page }) => {
    const organisation = `Aanvrager js ${Math.random().toString(36).slice(2, 8)}`;
    await page.goto('/aanvragen/');
    await waitForHydration(page);
    const dates = page.getByTestId('termijnen');
    await expect(dates).toHaveCount(0);
    // 73 days ago: day 74, week 11 (a day more or less too).
    await typeDate(page, 'Eerste ziektedag', daysAgo(73));
    await expect(dates).toContainText('week 11');
    await expect(dates).toContainText('Uiterste start 2e spoor');

    await fillRequest(page, organisation, daysAgo(73));
    expect(await page.evaluate(() => sessionStorage.getItem('wep-aanvraag-concept'))).toContain(organisation);
    // Wait for the answer itself: on a busy machine the first delivery can take longer than an expect's timeout.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanvraag'), { timeout: 80_000 }),
      page.getByRole('button', { name: 'Aanvraag versturen' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanvraag ontvangen' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanvraag ontvangen' })).toBeVisible();
    await expect(page).toHaveTitle(/^Aanvraag ontvangen/);
    await expect(page.getByText(/Uw referentie: AV-/)).toBeVisible();
    await expect(page.getByTestId('termijnen')).toContainText('week 11');
    await expect(page.getByRole('button', { name: 'Deze pagina printen' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('wep-aanvraag-concept'))).toBeNull();
    await expect.poll(() => mailsFor(organisation).all.length).toBe(2);
    // The same confirmation as the server's thank-you page without JavaScript.
    await expectNoAxeViolations(page);
  });

  test('puts "Fout: " before the title while the server’s errors are shown', async ({ page }) => {
    await page.goto('/aanvragen/');
    await waitForHydration(page);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanvraag'), { timeout: 80_000 }),
      page.getByRole('button', { name: 'Aanvraag versturen' }).click(),
    ]);
    await expect(page.getByRole('heading', { name: /antwoorden niet goed ingevuld/ })).toBeFocused();
    await expect(page).toHaveTitle(/^Fout: Hulp vragen/);
    await expect(page.getByRole('link', { name: 'Vul de eerste ziektedag in' })).toHaveAttribute(
      'href',
      '#veld-eerste_ziektedag',
    );
  });

  test('the page the server shows again after errors keeps the date boxes and passes axe', async ({ page }) => {
    await page.goto('/aanvragen/');
    await waitForHydration(page);
    await typeDate(page, 'Eerste ziektedag', '2026-02-30');
    // form.submit() skips the island's submit handler: the browser posts urlencoded, as without JavaScript.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/aanvraag'), { timeout: 80_000 }),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form'))),
    ]);
    expect(answer.status()).toBe(422);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { name: /antwoorden niet goed ingevuld/ })).toBeFocused();
    await expect(page.locator('#veld-eerste_ziektedag-fout')).toContainText(
      'Eerste ziektedag moet een echte datum zijn',
    );
    await expect(page.getByRole('group', { name: 'Eerste ziektedag' }).getByLabel('Dag', { exact: true })).toHaveValue(
      '30',
    );
    await expectNoAxeViolations(page);
  });

  test('is prefilled from the link of a service, the planner or a calculator', async ({ page }) => {
    const firstSickDay = daysAgo(400);
    await page.goto(`/aanvragen/?dienst=dossiercheck&eersteZiektedag=${firstSickDay}`);
    await waitForHydration(page);
    await expect(
      page.getByRole('group', { name: 'Waarmee kunnen wij u helpen?' }).getByLabel(/^Dossiercheck/),
    ).toBeChecked();
    const group = page.getByRole('group', { name: 'Eerste ziektedag' });
    await expect(group.getByLabel('Jaar', { exact: true })).toHaveValue(firstSickDay.slice(0, 4));
    await expect(page.getByTestId('termijnen')).toContainText('week 58');
  });
});
