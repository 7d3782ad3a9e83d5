// The bureau's editor, as a bureau employee uses it: `npm run dev` on a copy of the site, the editor at /keystatic,
// then the copy built and served like production to see that what was saved is on the site.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseBureau, parseParametersFile } from '../../../src/lib/content-files';
import { parseArticleFrontmatter } from '../../../src/schemas/article';
import {
  buildSite,
  contentLabelOf,
  contentOf,
  copySite,
  serveSite,
  startDevServer,
} from '../../support/editor-site.mjs';
import { contentFile, openingYear, testedContentDir, topics, yearParameters } from '../../support/site-content';
import { readAuthorIds } from '../../support/bureau-entries';
import { draftArticles } from '../knowledge-base/article-files';

const ARTICLE = {
  slug: 'een-proefartikel-over-de-werkervaringsplaats',
  title: 'Een proefartikel over de werkervaringsplaats',
  summary: 'Een proefartikel dat laat zien hoe de redactie een artikel met een rekenhulp en een kader maakt.',
  paragraph: 'Deze alinea bevat het zoekwoord redactieproefwoord, zodat de zoekfunctie haar kan vinden.',
  callout: 'Spreek vooraf af wie de reiskosten betaalt.',
  /** Typed below the calculator block, then below the final Kader: the writer can always continue under a block. */
  afterCalculator: 'Onder de rekenhulp gaat de tekst gewoon verder.',
  afterCallout: 'Ook onder het laatste kader typt u verder.',
};
const NEW_PHONE = '020 555 01 23';
/** A corrected maximum dagloon for the year the calculators open with, as the no-riskpolis page will show it. */
const NEW_MAXIMUM_DAGLOON = { typed: '310.5', shown: /€\s310,50/ };
/** The topic the new article is filed under (the first of the site's list). */
const TOPIC = topics[0]!;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let site: string;
let dev: Awaited<ReturnType<typeof startDevServer>>;

/** A file of the copy's content folder, by its path inside it. */
const read = (file: string) => readFileSync(contentOf(site, file), 'utf8');
/**
 * A value of a file the editor is saving, or undefined while the file cannot be read in full: a save truncates the file
 * and then writes it, so a poll can see it empty in between.
 */
function whenSaved<T>(file: string, valueOf: (text: string) => T): T | undefined {
  try {
    return valueOf(read(file));
  } catch {
    return undefined;
  }
}
/** The title of a calculator's page text, by which the editor offers it. */
const calculatorTitle = (slug: string) =>
  parseYaml(contentFile(`rekenhulpen/${slug}.mdx`).split(/^---$/m)[1]!).titel as string;

/** Opens an editor page and waits until the editor's app has loaded. */
async function openEditor(page: Page, path: string, ready: string) {
  await page.goto(`${dev.url}${path}`);
  await expect(page.getByRole('button', { name: ready })).toBeVisible({ timeout: 90_000 });
}

/** Picks `option` in one of the editor's pickers (a button that opens a list). */
async function pick(page: Page, picker: ReturnType<Page['getByRole']>, option: string | RegExp) {
  await picker.click();
  await page.getByRole('option', { name: option }).click();
}

/** Closes the open dialog with `button` and waits until the editor has its focus back. */
async function closeDialog(page: Page, button: string) {
  await page.getByRole('dialog').getByRole('button', { name: button }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Inserts a block from the "/" menu at the cursor, on a new line. */
async function insertBlock(page: Page, name: string) {
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.type(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = copySite('editor-site');
  dev = await startDevServer(site);
});

test.afterAll(async () => {
  await dev?.stop();
});

test('an editor writes a sourced article with a calculator and a callout, as a draft that is saved as a valid file', async ({
  page,
}) => {
  await openEditor(page, '/keystatic/collection/kennisbank/create', 'Create');
  // A new article starts as a draft, dated today (the browser's date, as Keystatic fills it in).
  await expect(page.getByRole('checkbox', { name: /^Concept/ })).toBeChecked();
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  for (const label of ['Gepubliceerd op', 'Bijgewerkt op']) await expect(page.getByLabel(label)).toHaveValue(today);

  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill(ARTICLE.title);
  await expect(page.getByLabel('Webadres')).toHaveValue(ARTICLE.slug);
  await page.getByLabel('Samenvatting').fill(ARTICLE.summary);
  await page.getByRole('checkbox', { name: /werkgevers met een langdurig zieke werknemer/ }).check();
  await page.getByRole('checkbox', { name: TOPIC.naam, exact: true }).check();

  await page.getByRole('textbox', { name: 'Tekst' }).click();
  await page.keyboard.type(ARTICLE.paragraph);
  await insertBlock(page, 'Rekenhulp');
  const text = page.getByRole('textbox', { name: 'Tekst' });
  await text.getByText('Edit', { exact: true }).click();
  await pick(
    page,
    page.getByRole('dialog').locator('button[aria-haspopup="listbox"]'),
    calculatorTitle('no-riskpolis'),
  );
  await closeDialog(page, 'Done');
  await expect(text).toContainText(calculatorTitle('no-riskpolis'));

  // Below the final calculator block: the end of the text is a line of its own, not the block.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(ARTICLE.afterCalculator);
  // Then a callout with its own text, its kind and title shown in the text once chosen.
  await insertBlock(page, 'Kader');
  await page.keyboard.type(ARTICLE.callout);
  await text.getByText('Edit', { exact: true }).last().click();
  await pick(page, page.getByRole('dialog').locator('button[aria-haspopup="listbox"]'), 'Let op (oranje)');
  await page.getByRole('dialog').getByLabel('Titel').fill('Reiskosten');
  await closeDialog(page, 'Done');
  await expect(text).toContainText('Let op: Reiskosten');
  // Below the final Kader: Ctrl+End no longer stays inside it.
  await text.getByText(ARTICLE.callout).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(ARTICLE.afterCallout);

  await page.getByRole('button', { name: 'Add' }).first().click();
  await page.getByRole('dialog').getByLabel('Naam van de bron').fill('UWV – Proefplaatsing');
  await page.getByRole('dialog').getByLabel('Webadres').fill('https://www.uwv.nl/werkgevers/');
  await page.getByRole('dialog').getByLabel('Geraadpleegd op').fill('2026-12-01');
  await closeDialog(page, 'Add');
  for (const label of ['Gepubliceerd op', 'Bijgewerkt op', 'Feiten gecontroleerd op'])
    await page.getByLabel(label).fill('2026-12-01');

  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(new RegExp(`/keystatic/collection/kennisbank/item/${ARTICLE.slug}$`));

  const file = `kennisbank/${ARTICLE.slug}.mdx`;
  const [, frontmatter, body] = read(file).split(/^---$/m);
  const references = {
    topicIds: (parseYaml(read('onderwerpen.yaml')).onderwerpen as { id: string }[]).map((t) => t.id),
    authorIds: readAuthorIds(testedContentDir),
  };
  const data = parseArticleFrontmatter(parseYaml(frontmatter!), contentLabelOf(file), references);
  expect(data).toMatchObject({
    titel: ARTICLE.title,
    doelgroep: ['werkgever'],
    onderwerpen: [TOPIC.id],
    auteur: 'redactie',
    concept: true,
    bronnen: [{ titel: 'UWV – Proefplaatsing', url: 'https://www.uwv.nl/werkgevers/' }],
  });
  const escaped = (sentence: string) => sentence.replace(/\./g, '\\.');
  expect(body).toMatch(
    new RegExp(
      `<Rekenhulp naam="no-riskpolis" />\\s*${escaped(ARTICLE.afterCalculator)}\\s*` +
        `<Callout soort="let-op" titel="Reiskosten">\\s*${escaped(ARTICLE.callout)}\\s*</Callout>\\s*` +
        `${escaped(ARTICLE.afterCallout)}\\n$`,
    ),
  );

  // The draft's Preview opens its page on the dev server, where drafts are shown, marked as such. (This copy's dev
  // server does not see new files, test-results/ is outside Vite's watch, so the page shown is an existing draft's.)
  const [previewPage] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Preview' }).click(),
  ]);
  await expect(previewPage).toHaveURL(`${dev.url}/kennisbank/${ARTICLE.slug}/`);
  const draft = draftArticles()[0]!;
  await previewPage.goto(`${dev.url}/kennisbank/${draft.slug}/`);
  await expect(previewPage.getByRole('heading', { level: 1 })).toHaveText(draft.frontmatter.titel);
  await expect(previewPage.locator('main')).toContainText('Concept: niet gepubliceerd');
  await previewPage.close();

  // Publishing: the box unticked and saved.
  await page.getByRole('checkbox', { name: /^Concept/ }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => whenSaved(file, (saved) => /^concept: false$/m.test(saved))).toBe(true);
});

test("the bureau's phone number is changed; a wrong number is refused in Dutch before anything is saved", async ({
  page,
}) => {
  await openEditor(page, '/keystatic/singleton/bureau', 'Save');
  const before = read('bureau.yaml');
  const phone = page.getByLabel('Telefoonnummer');

  await phone.fill('12');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Vul een telefoonnummer in, bijvoorbeeld 020 123 45 67.')).toBeVisible();
  expect(read('bureau.yaml')).toBe(before);

  await phone.fill(NEW_PHONE);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => whenSaved('bureau.yaml', (text) => parseBureau(text).telefoon)).toBe(NEW_PHONE);
});

test('a figure in the calculator parameters is corrected', async ({ page }) => {
  const file = `rekenhulpen/parameters/${openingYear}.yaml`;
  await openEditor(page, `/keystatic/collection/parameters/item/${openingYear}`, 'Save');
  const amount = page.getByRole('group', { name: 'Maximumdagloon' }).getByRole('textbox', { name: 'Bedrag' });
  await expect(amount).toHaveValue(String(yearParameters(openingYear).maximumDailyWage));
  await amount.fill(NEW_MAXIMUM_DAGLOON.typed);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() =>
      whenSaved(file, (text) => parseParametersFile(text, contentLabelOf(file)).wettelijk.maximumDagloon.waarde),
    )
    .toBe(Number(NEW_MAXIMUM_DAGLOON.typed));
});

test('the production build of the copy shows what the editor saved, and the editor is gone from it', async ({
  page,
  request,
}) => {
  await dev.stop();
  const build = buildSite(site);
  expect(build.ok, build.output).toBe(true);
  const server = await serveSite(site);
  try {
    await page.goto(`${server.url}/kennisbank/${ARTICLE.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title);
    await expect(page.locator('main')).toContainText(ARTICLE.callout);
    await expect(page.locator('main')).toContainText('Let op');
    await expect(page.locator('main [data-rekenhulp="no-riskpolis"]')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(NEW_PHONE);

    await page.goto(`${server.url}/rekenhulpen/no-riskpolis/`);
    await expect(page.locator('main')).toContainText(NEW_MAXIMUM_DAGLOON.shown);

    await page.goto(`${server.url}/kennisbank/`);
    await expect(page.getByRole('link', { name: ARTICLE.title })).toHaveAttribute(
      'href',
      `/kennisbank/${ARTICLE.slug}/`,
    );
    expect(await (await request.get(`${server.url}/kennisbank/rss.xml`)).text()).toContain(
      `<title>${ARTICLE.title}</title>`,
    );
    await page.goto(`${server.url}/zoeken/?q=redactieproefwoord`);
    await expect(
      page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link', { name: ARTICLE.title }),
    ).toBeVisible();

    for (const path of ['/keystatic', '/keystatic/collection/kennisbank', '/api/keystatic/tree'])
      expect((await request.get(`${server.url}${path}`)).status(), path).toBe(404);
  } finally {
    await server.stop();
  }
});

test('the build refuses a wrong value written outside the editor, naming the file and the field', () => {
  const bureau = read('bureau.yaml');
  writeFileSync(contentOf(site, 'bureau.yaml'), bureau.replace(/^telefoon: .*$/m, 'telefoon: twaalf'));
  const build = buildSite(site);
  expect(build.ok).toBe(false);
  expect(build.output).toContain(`Fout in ${contentLabelOf('bureau.yaml')}`);
  expect(build.output).toMatch(/telefoon.*moet een telefoonnummer zijn/);
});
