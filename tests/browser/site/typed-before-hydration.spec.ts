// What a person types into a server-rendered form before its island hydrates must survive hydration.
import { expect, test } from '@playwright/test';
import { publishedArticles, uniqueBodyWord } from '../knowledge-base/article-files';
import { fillForm, mailsFor, uniqueOrganisation } from '../offer/helpers';
import { holdHydration, typeRightAfterHydration } from '../support/hold-hydration';

test('search: a word typed before hydration is searched for', async ({ page }) => {
  const { word, article } = uniqueBodyWord();
  const hydrate = await holdHydration(page, 'Search', page.locator('astro-island'));
  await page.goto('/zoeken/');
  await page.getByLabel('Zoekwoord').fill(word);
  await hydrate();

  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(
    page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link', { name: article.frontmatter.titel }),
  ).toBeVisible();
  await expect(page.getByLabel('Zoekwoord')).toHaveValue(word);
});

test('offer form: answers given before hydration are kept and sent', async ({ page }) => {
  const organisation = uniqueOrganisation('vroeg');
  const hydrate = await holdHydration(page, 'OfferForm', page.locator('astro-island'));
  await page.goto('/aanbieden/');
  await fillForm(page, organisation);
  await hydrate();

  // Typing elsewhere re-renders the whole form; the earlier answers must still be there.
  await page.getByLabel('Plaats van de werkplek').fill('Amersfoort');
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(organisation);
  await expect(page.getByLabel('Sector')).toHaveValue('horeca');
  await expect(page.getByRole('group', { name: 'Vergoedt u de reiskosten?' }).getByLabel('In overleg')).toBeChecked();
  await expect(page.getByLabel(/Ik geef toestemming/)).toBeChecked();

  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeFocused();
  await expect.poll(() => mailsFor(organisation).all.length).toBe(2);
  const { notification } = mailsFor(organisation);
  for (const answer of ['Amersfoort', 'Medewerker bediening', '3511 AB', 'In overleg'])
    expect(notification!.text).toContain(answer);
});

test('calculator: values entered before hydration are used and put in the address', async ({ page }) => {
  const hydrate = await holdHydration(page, 'PlacementCalculator', page.locator('astro-island').first());
  await page.goto('/rekenhulpen/werkervaringsplaats/');
  await page.getByLabel('Uren per week').fill('24');
  await page.getByLabel('Ik betaal de reiskosten van de kandidaat').check();
  await hydrate();

  await expect(page.getByLabel('Uren per week')).toHaveValue('24');
  await expect(page.getByLabel('Kilometers per dag (heen en terug)')).toBeVisible();
  await expect(page).toHaveURL(/uren=24/);
  await expect(page).toHaveURL(/reis=ja/);
});

// Typing does not stop while an island hydrates: what a person types right after hydration must survive what the
// island does with the values typed before it (issue 18, item 0: the calculator lost "Duur van de plaatsing").

test('calculator: a value typed right after hydration is kept next to the ones typed before', async ({ page }) => {
  const island = page.locator('astro-island').first();
  const hydrate = await holdHydration(page, 'PlacementCalculator', island);
  await page.goto('/rekenhulpen/werkervaringsplaats/');
  await page.getByLabel('Uren per week').fill('24');
  await typeRightAfterHydration(island, 'wep.weken', '20');
  await hydrate();

  await expect(page).toHaveURL(/\/uitkomst\/\?.*wep\.uren=24/);
  await expect(page).toHaveURL(/\/uitkomst\/\?.*wep\.weken=20/);
  await expect(page.getByLabel('Uren per week')).toHaveValue('24');
  await expect(page.getByLabel('Duur van de plaatsing')).toHaveValue('20');
});

test('search: a word typed right after hydration is not replaced by the one in the address', async ({ page }) => {
  const first = uniqueBodyWord();
  const second = uniqueBodyWord(publishedArticles().filter((article) => article.slug !== first.article.slug));
  const island = page.locator('astro-island');
  const hydrate = await holdHydration(page, 'Search', island);
  await page.goto(`/zoeken/?q=${encodeURIComponent(first.word)}`);
  await typeRightAfterHydration(island, 'q', second.word);
  await hydrate();

  const results = page.getByRole('list', { name: 'Zoekresultaten' });
  await expect(results.getByRole('link', { name: second.article.frontmatter.titel })).toBeVisible();
  await expect(page.getByLabel('Zoekwoord')).toHaveValue(second.word);
  await expect(page).toHaveURL(new RegExp(`\\?q=${second.word}$`));
});

test('offer form: an answer typed right after hydration survives the restored draft', async ({ page }) => {
  await page.addInitScript(
    (draft) => localStorage.setItem('wep-aanbod-concept', JSON.stringify({ opgeslagen: Date.now(), velden: draft })),
    { organisatie: 'Organisatie uit het concept', plaats: 'Zwolle' },
  );
  const island = page.locator('astro-island');
  const hydrate = await holdHydration(page, 'OfferForm', island);
  await page.goto('/aanbieden/');
  await page.getByLabel('Functie of rol').fill('Medewerker groenonderhoud');
  await typeRightAfterHydration(island, 'organisatie', 'Organisatie na de hydratatie');
  await hydrate();

  await expect(page.getByText('Wij hebben de antwoorden teruggezet')).toBeVisible();
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Organisatie na de hydratatie');
  await expect(page.getByLabel('Functie of rol')).toHaveValue('Medewerker groenonderhoud');
  await expect(page.getByLabel('Plaats van de werkplek')).toHaveValue('Zwolle');
});
