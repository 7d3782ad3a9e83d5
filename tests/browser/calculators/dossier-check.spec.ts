// The dossiercheck: the employer says which poortwachter steps were taken and when, and gets each step judged on
// today's date, server-rendered without any JavaScript, as a printable checklist with numbered sources, with an .ics
// file of the steps still to do and a link into the employer intake.
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  DOSSIER_UID_DOMAIN,
  readDossierQuery,
  runDossierCheck,
  type DossierCheck,
} from '../../../src/lib/calculators/dossier-check';
import { addDays } from '../../../src/lib/calculators/gatekeeper-planner';
import { todayInNetherlands } from '../../../src/lib/format/dates';
import { dateBox, expectDate, fillDate, typeDateFromDayBox } from '../support/date-input';
import { expectNoAxeViolationsAt } from './helpers';

const tool = '/rekenhulpen/dossiercheck/';
const today = todayInNetherlands();
/** A first sick day 99 days ago: week 15 today. */
const firstSickDay = addDays(today, -99);
/** Probleemanalyse in week 3 (on time), plan van aanpak in week 9 (late), no evaluation yet (missing by now). */
const problemAnalysis = addDays(firstSickDay, 20);
const actionPlan = addDays(firstSickDay, 60);

function expectedCheck(search: string): DossierCheck {
  const result = runDossierCheck(readDossierQuery(search)!, today);
  if (!result.valid) throw new Error(JSON.stringify(result.errors));
  return result.check;
}

const exampleSearch = `?eerste-ziektedag=${firstSickDay}&probleemanalyse=ja&probleemanalyse-datum=${problemAnalysis}&plan-van-aanpak=ja&plan-van-aanpak-datum=${actionPlan}`;

/** The box "Gedaan" of one step in the form (its fieldset's legend is the step's title). */
const doneBox = (page: Page, id: string) => page.locator(`fieldset[data-step="${id}"]`).getByLabel('Gedaan');

test.use({ javaScriptEnabled: false });

test('without JavaScript: the filled-in form goes to a result address that can be kept and shared', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(tool);
  await fillDate(page, 'Eerste ziektedag', firstSickDay);
  // A step's date appears once its box is ticked (CSS only, so also without JavaScript).
  await expect(dateBox(page, 'Datum van de probleemanalyse', 'Dag')).toBeHidden();
  await doneBox(page, 'problemAnalysis').check();
  await expect(dateBox(page, 'Datum van de probleemanalyse', 'Dag')).toBeVisible();
  await fillDate(page, 'Datum van de probleemanalyse', problemAnalysis);
  await doneBox(page, 'actionPlan').check();
  await fillDate(page, 'Datum van het plan van aanpak', actionPlan);
  await page.getByRole('button', { name: 'Check het dossier' }).click();

  // The first submit gets a case id for its calendar file, kept in the address from then on; the boxes the form sent
  // become one ISO date per field in the address a person keeps.
  await expect(page).toHaveURL(new RegExp(`${tool}uitkomst/\\${exampleSearch}&zaak=[0-9a-f]{12}&versie=1$`));
  await expect(page).toHaveTitle(/^Dossiercheck: /);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/rekenhulpen\/dossiercheck\/$/);
  await expect(page.getByTestId('dossier-stappen').locator('li.dossier-step')).toHaveCount(
    expectedCheck(exampleSearch).steps.length,
  );
  // The form keeps what was typed, for a correction, with the same case one revision higher.
  await expectDate(page, 'Datum van het plan van aanpak', actionPlan);
  await expect(doneBox(page, 'actionPlan')).toBeChecked();
  await expect(page.locator('input[name="versie"]')).toHaveValue('2');
  expect(scripts, 'the dossiercheck loads no JavaScript').toEqual([]);
});

test('the result judges every step, says what to do this week and leads to the intake; accessible at 320 px', async ({
  page,
  browser,
}) => {
  await page.goto(`${tool}uitkomst/${exampleSearch}&zaak=3f2a9c01be77&versie=1`);
  const check = expectedCheck(exampleSearch);
  expect(check.counts.onTime).toBeGreaterThan(0);
  expect(check.counts.late).toBeGreaterThan(0);
  expect(check.counts.missing).toBeGreaterThan(0);
  expect(check.counts.notYetDue).toBeGreaterThan(0);
  await expect(page.getByTestId('dossier-samenvatting')).toHaveText(check.summary);
  const steps = page.getByTestId('dossier-stappen').locator('li.dossier-step');
  await expect(steps).toHaveCount(check.steps.length);
  for (const [index, step] of check.steps.entries()) {
    const item = steps.nth(index);
    await expect(item).toHaveAttribute('data-step', step.id);
    await expect(item).toHaveAttribute('data-status', step.status);
    await expect(item.getByTestId('dossier-status')).toHaveText(step.statusLabel);
    await expect(item.locator('h3')).toHaveText(step.title);
    await expect(item).toContainText(step.uwvLooksAt);
    await expect(item).toContainText(step.action);
  }
  // Each step names its sources by number; the numbers lead to the list with the addresses.
  await page.locator('li.dossier-step[data-status="late"]').first().getByRole('link', { name: 'bron 1' }).click();
  await expect(page).toHaveURL(/#dossier-bron-1$/);
  await expect(page.getByTestId('dossier-bronnen').locator('li')).toHaveCount(check.sources.length);

  await expect(page.getByTestId('dossier-deze-week').locator('li')).toHaveText(check.thisWeek);
  await expect(page.getByTestId('dossier-aanvragen')).toHaveAttribute(
    'href',
    `/aanvragen/?dienst=dossiercheck&eersteZiektedag=${firstSickDay}`,
  );
  await expectNoAxeViolationsAt(browser, page.url());
  // The result reflows on the smallest phone.
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
});

test('the calendar file holds the steps still to do, with stable UIDs and the revision as SEQUENCE', async ({
  page,
  request,
}) => {
  await page.goto(`${tool}uitkomst/${exampleSearch}&zaak=3f2a9c01be77&versie=2`);
  const href = await page.getByRole('link', { name: /in uw agenda \(\.ics-bestand\)/ }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="dossiercheck-3f2a9c01be77.ics"');
  const text = await response.text();
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  const { calendarEvents } = expectedCheck(exampleSearch);
  expect(calendarEvents.length).toBeGreaterThan(0);
  expect(events.map((event) => event.uid)).toEqual(
    calendarEvents.map((event) => `${event.id}-3f2a9c01be77@${DOSSIER_UID_DOMAIN}`),
  );
  for (const [index, event] of events.entries()) {
    expect(event.summary).toBe(calendarEvents[index]!.title);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(calendarEvents[index]!.first);
    expect(event.endDate.toString()).toBe(addDays(calendarEvents[index]!.last, 1));
    expect(event.sequence).toBe(2);
  }

  // A date without the box ticked: the message leads to the box, the page keeps the date.
  await page.goto(`${tool}uitkomst/?eerste-ziektedag=${firstSickDay}&probleemanalyse-datum=${problemAnalysis}`);
  const summary = page.getByTestId('dossier-foutoverzicht');
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#dossier-probleemanalyse-gedaan');
  await expect(summary).toContainText('vinkte "gedaan" niet aan');
  await expect(doneBox(page, 'problemAnalysis')).toHaveAttribute('aria-invalid', 'true');
  await expectDate(page, 'Datum van de probleemanalyse', problemAnalysis);

  // A step's date sent in three boxes without its month: the GOV.UK message, linked to the day box.
  await page.goto(
    `${tool}uitkomst/?eerste-ziektedag=${firstSickDay}&probleemanalyse=ja&probleemanalyse-datum-dag=12` +
      '&probleemanalyse-datum-maand=&probleemanalyse-datum-jaar=2026&zaak=3f2a9c01be77&versie=3',
  );
  await expect(summary.getByRole('link')).toHaveText('Datum van de probleemanalyse moet een maand bevatten');
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#dossier-probleemanalyse-datum');
  await expect(dateBox(page, 'Datum van de probleemanalyse', 'Dag')).toHaveValue('12');

  // A wrong address gets a Dutch message, not a calendar.
  const wrong = await request.get(`${tool}agenda.ics?eerste-ziektedag=${addDays(today, 1)}`);
  expect(wrong.status()).toBe(400);
  expect(await wrong.text()).toContain('De eerste ziektedag mag niet na vandaag liggen');
});

test('prints as an A4 checklist with numbered sources and their addresses, without the form', async ({ page }) => {
  await page.goto(`${tool}uitkomst/${exampleSearch}&zaak=3f2a9c01be77&versie=1`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Check het dossier' })).toBeHidden();
  await expect(page.getByTestId('dossier-aanvragen')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Hoe werkt de check?' })).toBeHidden();
  await expect(page.getByTestId('dossier-stappen')).toBeVisible();
  await expect(page.getByTestId('dossier-vinkvak').first()).toBeVisible();
  await expect(page.getByText(/^Deze check online: /)).toBeVisible();
  const sources = page.getByTestId('bronnen-afdruk');
  await expect(sources).toBeVisible();
  const items = await sources.locator('li').allInnerTexts();
  expect(items).toHaveLength(expectedCheck(exampleSearch).sources.length);
  for (const text of items) expect(text).toMatch(/\(20\d\d\): https:\/\/\S+/);
  // Every step refers to its sources by the numbers of that list.
  await expect(page.getByTestId('dossier-stappen').getByText('bron 1').first()).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test('works with the keyboard alone, and a wrong date gets an error summary that leads to the field', async ({
  page,
  browser,
}) => {
  await page.goto(tool);
  /** Presses Tab until the element that matches has the focus (at most 80 times). */
  const tabTo = async (target: ReturnType<Page['locator']>) => {
    for (let step = 0; step < 80; step++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('the keyboard never reached the field');
  };
  const firstSickDayBox = dateBox(page, 'Eerste ziektedag', 'Dag');

  // A date in the future: the server says what is wrong, and the summary's link leads to the field.
  await tabTo(firstSickDayBox);
  await typeDateFromDayBox(page, addDays(today, 3));
  await tabTo(page.getByRole('button', { name: 'Check het dossier' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Fout: /);
  const summary = page.getByTestId('dossier-foutoverzicht');
  await expect(summary).toContainText('De eerste ziektedag mag niet na vandaag liggen');
  await tabTo(summary.getByRole('link').first());
  await page.keyboard.press('Enter');
  await expect(firstSickDayBox).toBeFocused();
  await expectNoAxeViolationsAt(browser, page.url());

  await fillDate(page, 'Eerste ziektedag', '');
  await firstSickDayBox.focus();
  await typeDateFromDayBox(page, firstSickDay);
  await tabTo(doneBox(page, 'problemAnalysis'));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dateBox(page, 'Datum van de probleemanalyse', 'Dag')).toBeFocused();
  await typeDateFromDayBox(page, problemAnalysis);
  await tabTo(page.getByRole('button', { name: 'Check het dossier' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Dossiercheck: /);
  await expect(page.getByTestId('dossier-stappen').locator('[data-step="problemAnalysis"]')).toHaveAttribute(
    'data-status',
    'onTime',
  );
  await tabTo(page.getByTestId('dossier-aanvragen'));
});

test('the overview, the planner and the verzuimkosten calculator lead to the dossiercheck', async ({ page }) => {
  for (const path of ['/rekenhulpen/poortwachter-planner/', '/rekenhulpen/verzuimkosten/']) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${tool}"]`).first()).toBeVisible();
  }
  await page.goto('/rekenhulpen/');
  await page.getByRole('link', { name: /^Dossiercheck/ }).click();
  await expect(page).toHaveURL(tool);
});
