// The poortwachter-planner: a first sick day becomes a dated plan, server-rendered without any JavaScript, with an
// .ics file for the employer's own calendar.
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { addDays, planGatekeeperSteps } from '../../../src/lib/calculators/gatekeeper-planner';
import { formatDutchDateWithWeekday, todayInNetherlands } from '../../../src/lib/format/dates';
import { publishedArticleWith } from '../knowledge-base/article-files';
import { dateBox, fillDate } from '../support/date-input';
import { hydrateAllIslands, recordScriptBytes } from '../support/loaded-scripts';
import { expectNoAxeViolationsAt } from './helpers';

const planner = '/rekenhulpen/poortwachter-planner/';
const today = todayInNetherlands();
/** A first sick day 100 days ago: week 15 today. */
const firstSickDay = addDays(today, -99);

function expectedPlan(firstYearEvaluation?: string) {
  const result = planGatekeeperSteps({ firstSickDay, today, ...(firstYearEvaluation ? { firstYearEvaluation } : {}) });
  if (!result.valid) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

test.use({ javaScriptEnabled: false });

test('turns a first sick day into a dated plan, marks today and what is due now, without JavaScript', async ({
  page,
  browser,
}) => {
  await page.goto(planner);
  await fillDate(page, 'Eerste ziektedag', firstSickDay);
  await page.getByRole('button', { name: 'Maak de planning' }).click();
  // The first submit gets a case id for its calendar file, kept in the address from then on; the three boxes the
  // form sent become the one ISO date of the address a person keeps.
  await expect(page).toHaveURL(
    new RegExp(`${planner}uitkomst/\\?eerste-ziektedag=${firstSickDay}&zaak=[0-9a-f]{12}&versie=1$`),
  );
  await expect(page).toHaveTitle(/^Planning: /);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/rekenhulpen\/poortwachter-planner\/$/);

  const plan = expectedPlan();
  await expect(page.getByTestId('planner-samenvatting')).toContainText(
    `Vandaag, ${formatDutchDateWithWeekday(today)}: week 15, dag 100 van de ziekte.`,
  );
  await expect(page.getByTestId('planner-nu')).toContainText(plan.next!.title);
  const steps = page.getByTestId('planner-stappen').locator('li.planner-step');
  await expect(steps).toHaveCount(plan.milestones.length);
  await expect(page.getByTestId('planner-stappen').locator('#vandaag')).toContainText('week 15, dag 100');
  for (const [index, milestone] of plan.milestones.entries()) {
    await expect(steps.nth(index)).toHaveAttribute('data-status', milestone.status);
    await expect(steps.nth(index).getByRole('heading')).toHaveText(milestone.title);
  }
  // Every step says when, with the weekday and the year.
  await expect(steps.filter({ hasText: 'Probleemanalyse door de bedrijfsarts' })).toContainText(
    `Week 6: uiterlijk ${formatDutchDateWithWeekday(plan.milestones.find((m) => m.id === 'problemAnalysis')!.due)}`,
  );
  await expect(steps.filter({ hasText: 'Einde wachttijd' })).toContainText(
    formatDutchDateWithWeekday(plan.waitingPeriodEnd),
  );
  await expect(page.getByText(/Zo tellen wij de weken \(stand 2026\)/)).toBeVisible();
  await expectNoAxeViolationsAt(browser, page.url());
});

test('the calendar file holds every step as an all-day event in Europe/Amsterdam, and parses back', async ({
  page,
  request,
}) => {
  const firstYearEvaluation = addDays(firstSickDay, 7 * 52 + 3);
  await page.goto(
    `${planner}uitkomst/?eerste-ziektedag=${firstSickDay}&eerstejaarsevaluatie=${firstYearEvaluation}&zaak=3f2a9c01be77&versie=2`,
  );
  const href = await page.getByRole('link', { name: /Zet alle data in uw agenda/ }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(
    'attachment; filename="poortwachter-planner-3f2a9c01be77.ics"',
  );
  const text = await response.text();
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const plan = expectedPlan(firstYearEvaluation);
  expect(events).toHaveLength(plan.milestones.length);
  for (const [index, milestone] of plan.milestones.entries()) {
    const event = events[index]!;
    expect(event.summary).toBe(milestone.title);
    expect(event.startDate.isDate).toBe(true);
    const first = milestone.timing.kind === 'window' ? milestone.timing.start : milestone.due;
    expect(event.startDate.toString()).toBe(first);
    expect(event.endDate.toString()).toBe(addDays(milestone.due, 1));
    expect(event.uid).toBe(`${milestone.id}-3f2a9c01be77@werkervaringsplaats-planner`);
    expect(event.sequence).toBe(2);
  }
});

test('correcting the first sick day keeps the case and raises the revision, so the calendar updates its events', async ({
  page,
  request,
}) => {
  await page.goto(planner);
  await fillDate(page, 'Eerste ziektedag', firstSickDay);
  await page.getByRole('button', { name: 'Maak de planning' }).click();
  await expect(page.getByTestId('planner-kenmerk')).toContainText('versie 1');
  const first = new URL(page.url());
  const caseId = first.searchParams.get('zaak');
  expect(caseId).toMatch(/^[0-9a-f]{12}$/);

  const corrected = addDays(firstSickDay, 2);
  await fillDate(page, 'Eerste ziektedag', corrected);
  await page.getByRole('button', { name: 'Maak de planning' }).click();
  await expect(page.getByTestId('planner-kenmerk')).toContainText(`${caseId}, versie 2`);
  const second = new URL(page.url());
  expect(second.searchParams.get('zaak')).toBe(caseId);
  expect(second.searchParams.get('eerste-ziektedag')).toBe(corrected);

  const events = async (search: string) => {
    const text = await (await request.get(`${planner}agenda.ics${search}`)).text();
    return new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .map((event) => [event.uid, event.sequence] as const);
  };
  const before = await events(first.search);
  const after = await events(second.search);
  expect(after.map(([uid]) => uid)).toEqual(before.map(([uid]) => uid));
  expect(after.every(([, sequence]) => sequence === 2)).toBe(true);
  expect(before.every(([, sequence]) => sequence === 1)).toBe(true);
});

test('a wrong date gets an error summary that links to the field; the calendar refuses it too', async ({
  page,
  request,
  browser,
}) => {
  await page.goto(planner);
  await page.getByRole('button', { name: 'Maak de planning' }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  const errors = page.getByTestId('planner-foutoverzicht');
  await expect(errors.getByRole('heading', { name: 'Er is 1 antwoord niet goed ingevuld' })).toBeFocused();
  await expect(errors.getByRole('link').first()).toHaveText('Vul de eerste ziektedag in');
  await errors.getByRole('link').first().click();
  await expect(dateBox(page, 'Eerste ziektedag', 'Dag')).toBeFocused();

  // A date without its month: the GOV.UK message names what is missing, and the boxes keep what was typed.
  await dateBox(page, 'Eerste ziektedag', 'Dag').fill('15');
  await dateBox(page, 'Eerste ziektedag', 'Jaar').fill('2026');
  await page.getByRole('button', { name: 'Maak de planning' }).click();
  await expect(page.getByTestId('planner-foutoverzicht').getByRole('link')).toHaveText(
    'Eerste ziektedag moet een maand bevatten',
  );
  await expect(dateBox(page, 'Eerste ziektedag', 'Dag')).toHaveValue('15');
  await expect(dateBox(page, 'Eerste ziektedag', 'Jaar')).toHaveValue('2026');
  await expectNoAxeViolationsAt(browser, page.url());

  const tooOld = addDays(today, -4 * 365);
  await page.goto(`${planner}uitkomst/?eerste-ziektedag=${tooOld}`);
  await expect(page.getByTestId('planner-foutoverzicht')).toContainText('niet meer dan 3 jaar geleden');
  const ics = await request.get(`${planner}agenda.ics?eerste-ziektedag=${tooOld}`);
  expect(ics.status()).toBe(400);
});

test('the planner pages load no JavaScript at all', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  for (const path of [planner, `${planner}uitkomst/?eerste-ziektedag=${firstSickDay}`]) {
    const scriptBytes = recordScriptBytes(page);
    await page.goto(path);
    await hydrateAllIslands(page);
    expect(await scriptBytes(), path).toBe(0);
  }
  await context.close();
});

test('prints on at most two A4 pages, without the form', async ({ page }) => {
  await page.goto(`${planner}uitkomst/?eerste-ziektedag=${firstSickDay}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Maak de planning' })).toBeHidden();
  await expect(page.getByTestId('planner-stappen')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeLessThanOrEqual(2);
});

test('the verzuimkosten calculator and the timeline article link to the planner', async ({ page }) => {
  const timeline = publishedArticleWith('<PoortwachterTijdlijn />', (a) => a.body.includes('<PoortwachterTijdlijn'));
  for (const path of ['/rekenhulpen/verzuimkosten/', `/kennisbank/${timeline.slug}/`]) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${planner}"]`).first()).toBeVisible();
  }
  await page.goto('/rekenhulpen/');
  await page.getByRole('link', { name: /Poortwachter-planner/ }).click();
  await expect(page).toHaveURL(planner);
});
