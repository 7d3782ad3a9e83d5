// Screen readers hear one polite announcement after typing pauses, with the key outcome: never one per keystroke.
import { expect, test } from '@playwright/test';
import { announcement, openCalculator, summary } from './helpers';

test('typing "3500" gives one announcement, with the final outcome, after a pause', async ({ page }) => {
  // The page's clock stands still and only moves when the test moves it, so a busy machine cannot stretch a pause
  // between two keys into an announcement, or shorten the wait after the last key.
  await page.clock.install();
  await openCalculator(page, '/rekenhulpen/verzuimkosten/');
  await page.clock.pauseAt(Date.now() + 60_000);
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
  const announced = () => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
  const field = page.getByLabel('Brutomaandloon van de zieke werknemer');
  // Typing over the selected value: no moment with an empty field, whose message could be announced.
  await field.selectText();
  for (const key of '3500') {
    await field.press(key);
    // A quick typist: 150 ms between keys, far less than the pause that is announced.
    await page.clock.runFor(150);
  }
  // Nothing yet shortly after the last key …
  await page.clock.runFor(400);
  expect(await announced()).toEqual([]);
  // … then, after the pause, exactly one announcement: the outcome for 3500, and no other later on.
  await page.clock.runFor(1000);
  await expect.poll(async () => (await announced()).length).toBe(1);
  await page.clock.runFor(2000);
  const [spoken, ...more] = await announced();
  expect(more).toEqual([]);
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
