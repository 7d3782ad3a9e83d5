// Screen readers hear one polite announcement after typing pauses, with the key outcome: never one per keystroke.
import { expect, test } from '@playwright/test';
import { announcement, openCalculator, summary } from './helpers';

test('typing "3500" gives one announcement, with the final outcome, after a pause', async ({ page }) => {
  await openCalculator(page, '/rekenhulpen/verzuimkosten/');
  await expect(announcement(page)).toHaveAttribute('aria-live', 'polite');
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="rekenhulp-melding"]')!;
    const seen: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = seen;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text) seen.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  const field = page.getByLabel('Brutomaandloon van de zieke werknemer');
  // Typing over the selected value: no moment with an empty field, whose message a slow machine could announce.
  await field.selectText();
  await field.pressSequentially('3500', { delay: 150 });
  // Nothing yet right after the last key …
  expect(await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced)).toEqual([]);
  // … then exactly one announcement: the outcome for 3500.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced.length))
    .toBe(1);
  const [spoken] = await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
  expect(spoken).toBe(await summary(page).textContent());
  expect(spoken).toMatch(
    /^Uw werknemer is minder dan een week ziek\. Tot het einde van de wachttijd op .+ 20\d\d kost/,
  );
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced)).toHaveLength(1);
});

test('an error is announced once as what to fix; the visible summary is not a live region', async ({ page }) => {
  await openCalculator(page, '/rekenhulpen/verzuimkosten/');
  await expect(summary(page)).not.toHaveAttribute('aria-live');
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('-5');
  await expect(announcement(page)).toHaveText(
    'Controleer één veld: Brutomaandloon van de zieke werknemer mag niet negatief zijn.',
  );
});

test('Enter in a field moves to the result and announces it at once', async ({ page }) => {
  await openCalculator(page, '/rekenhulpen/werkervaringsplaats/');
  await page.getByLabel('Uren per week').fill('20');
  await page.getByLabel('Uren per week').press('Enter');
  await expect(page.getByRole('heading', { name: /^Uitkomst/ })).toBeFocused();
  await expect(announcement(page)).toHaveText((await summary(page).textContent()) ?? '');
  expect(new URL(page.url()).pathname).toBe('/rekenhulpen/werkervaringsplaats/uitkomst/');
});
