import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../../src/lib/calculators/calendar-export';
import {
  checkDossier,
  DOSSIER_STEP_IDS,
  DOSSIER_UID_DOMAIN,
  dossierSearch,
  readDossierQuery,
  runDossierCheck,
  type DossierCheck,
  type DossierInput,
  type DossierStepId,
  type DossierStepResult,
} from '../../../../src/lib/calculators/dossier-check';
import { addDays } from '../../../../src/lib/calculators/gatekeeper-planner/dates';
import { sentencesBreakingFigureRule } from './figure-rule';

// Worked by hand for Monday 2 March 2026 (day 1): week 6 ends 12 April 2026, week 8 ends 26 April 2026, the first
// evaluation is due 7 June 2026, week 42 ends 20 December 2026, week 52 ends 28 February 2027, the 2e spoor is due
// 11 April 2027, week 91 ends 28 November 2027, week 93 ends 12 December 2027.
const FIRST = '2026-03-02';

function check(today: string, steps: DossierInput['steps'] = {}): DossierCheck {
  return checkDossier({ firstSickDay: FIRST, today, steps });
}

function step(result: DossierCheck, id: DossierStepId): DossierStepResult {
  return result.steps.find((candidate) => candidate.id === id)!;
}

describe('checkDossier: each step on time, late, missing or not yet due', () => {
  it('the probleemanalyse is due on the last day of week 6, and missing from the next day', () => {
    expect(step(check('2026-04-12'), 'problemAnalysis')).toMatchObject({
      status: 'notYetDue',
      due: '2026-04-12',
      dueWeek: 6,
      actionThisWeek: true,
      action: 'Deze week aan de beurt: uiterlijk op 12 april 2026.',
    });
    const missing = step(check('2026-04-13'), 'problemAnalysis');
    expect(missing).toMatchObject({ status: 'missing', statusLabel: 'Ontbreekt', actionThisWeek: true });
    expect(missing.risk.level).toBe('gap');
    expect(missing.action).toMatch(/^Vraag de bedrijfsarts deze week om de probleemanalyse/);
  });

  it('done on the last day is on time, a day later is late', () => {
    const onTime = step(
      check('2026-05-01', { problemAnalysis: { done: true, date: '2026-04-12' } }),
      'problemAnalysis',
    );
    expect(onTime).toMatchObject({ status: 'onTime', statusLabel: 'Op tijd', actionThisWeek: false });
    expect(onTime.risk.level).toBe('none');
    expect(onTime.explanation).toBe('Gedaan op 12 april 2026, uiterlijk was 12 april 2026.');
    const late = step(check('2026-05-01', { problemAnalysis: { done: true, date: '2026-04-13' } }), 'problemAnalysis');
    expect(late).toMatchObject({ status: 'late', statusLabel: 'Te laat' });
    expect(late.risk.level).toBe('explain');
    expect(late.explanation).toBe('Gedaan op 13 april 2026, na 12 april 2026.');
  });

  it('the evaluations are a rhythm: the first six weeks after the plan van aanpak, then six weeks after the latest', () => {
    expect(step(check('2026-06-07'), 'evaluations')).toMatchObject({ status: 'notYetDue', due: '2026-06-07' });
    expect(step(check('2026-06-08'), 'evaluations')).toMatchObject({ status: 'missing', due: '2026-06-07' });
    const recent = step(check('2026-07-13', { evaluations: { done: true, date: '2026-06-01' } }), 'evaluations');
    expect(recent).toMatchObject({ status: 'onTime', due: '2026-07-13' });
    expect(recent.action).toBe('Plan de volgende evaluatie uiterlijk op 13 juli 2026.');
    const overdue = step(check('2026-07-14', { evaluations: { done: true, date: '2026-06-01' } }), 'evaluations');
    expect(overdue).toMatchObject({ status: 'late', actionThisWeek: true });
    expect(overdue.action).toMatch(/^Plan deze week een evaluatiegesprek/);
  });

  it('the ziekmelding bij UWV is due at the end of week 42', () => {
    expect(step(check('2026-12-20'), 'uwvSickReport')).toMatchObject({ status: 'notYetDue', due: '2026-12-20' });
    expect(step(check('2026-12-21'), 'uwvSickReport')).toMatchObject({ status: 'missing', dueWeek: 42 });
  });

  it('an actual eerstejaarsevaluatie moves the 2e spoor, the arbeidsdeskundig onderzoek and the bijstelling', () => {
    const planned = check('2027-01-10');
    expect(step(planned, 'secondTrackStart').due).toBe('2027-04-11');
    expect(step(planned, 'occupationalAssessment').due).toBe('2027-02-28');
    const actual = check('2027-03-01', { firstYearEvaluation: { done: true, date: '2027-02-10' } });
    expect(step(actual, 'firstYearEvaluation')).toMatchObject({ status: 'onTime', date: '2027-02-10' });
    expect(step(actual, 'secondTrackStart').due).toBe('2027-03-24');
    expect(step(actual, 'actionPlanUpdate').due).toBe('2027-03-24');
    expect(step(actual, 'occupationalAssessment')).toMatchObject({ status: 'missing', due: '2027-02-10' });
    expect(actual.keyDates.latestSecondTrackStart).toBe('2027-03-24');
  });

  it('a 2e spoor started after its deadline is late, with what UWV looks at and its sources', () => {
    const late = step(
      check('2027-06-01', {
        firstYearEvaluation: { done: true, date: '2027-02-26' },
        secondTrackStart: { done: true, date: '2027-05-01' },
      }),
      'secondTrackStart',
    );
    expect(late).toMatchObject({ status: 'late', due: '2027-04-09', ruleBasis: 'uwvAssessmentNorm' });
    expect(late.ruleBasisLabel).toBe('Norm die UWV bij de beoordeling gebruikt (geen wet)');
    expect(late.uwvLooksAt).toContain('Werkwijzer Poortwachter 2020');
    expect(late.sources.map((source) => source.year)).toEqual([2020, 2018]);
  });

  it('the eindevaluatie is due at the end of week 91 and the mening van de werknemer at the end of week 93', () => {
    const late = check('2027-12-13');
    expect(step(late, 'finalEvaluation')).toMatchObject({ status: 'missing', due: '2027-11-28', dueWeek: 91 });
    expect(step(late, 'employeeView')).toMatchObject({ status: 'missing', due: '2027-12-12', dueWeek: 93 });
  });

  it('before the first sick day nothing is due and nothing is missing', () => {
    const result = checkDossier({ firstSickDay: '2026-03-02', today: '2026-02-20', steps: {} });
    expect(result.counts).toEqual({ onTime: 0, late: 0, missing: 0, notYetDue: DOSSIER_STEP_IDS.length });
    expect(result.summary).toMatch(/^Op 20 februari 2026 is de ziekte nog niet begonnen\./);
  });
});

describe('checkDossier: the whole dossier', () => {
  const result = check('2026-12-06', {
    problemAnalysis: { done: true, date: '2026-04-10' },
    actionPlan: { done: true, date: '2026-05-04' },
    evaluations: { done: true, date: '2026-09-20' },
  });

  it('lists every step once, in the order of its due day', () => {
    expect(result.steps.map((s) => s.id).sort()).toEqual([...DOSSIER_STEP_IDS].sort());
    for (let i = 1; i < result.steps.length; i++) expect(result.steps[i]!.due >= result.steps[i - 1]!.due).toBe(true);
  });

  it('counts the statuses and says in one sentence where the dossier stands', () => {
    expect(result.counts).toEqual({ onTime: 1, late: 2, missing: 0, notYetDue: 7 });
    expect(result.summary).toBe(
      'Op 6 december 2026 is uw werknemer in week 40 van de ziekte. Van de stappen zijn er 1 op tijd, 2 te laat, 0 ontbreken, 7 nog niet aan de beurt. Er ontbreekt niets, maar leg bij elke te late stap vast waarom die later gebeurde.',
    );
    // The evaluations are late (20 September + 42 days = 1 November): planning one is this week's action.
    expect(result.thisWeek).toEqual([step(result, 'evaluations').action]);
  });

  it('cites each source once, with an https address and a year', () => {
    expect(result.sources.length).toBeGreaterThan(3);
    expect(new Set(result.sources).size).toBe(result.sources.length);
    for (const source of result.sources) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(source.year).toBeGreaterThanOrEqual(2000);
    }
  });

  it('gives a calendar event for every step not done yet, which ical.js reads with the dossiercheck UIDs', () => {
    const due = result.steps.filter((s) => s.status === 'notYetDue' || s.status === 'missing');
    expect(result.calendarEvents.map((event) => event.id)).toEqual(due.map((s) => s.id));
    const calendar = buildCalendar(
      { identity: { caseId: 'abcdef123456', revision: 2 }, events: result.calendarEvents },
      { generatedOn: '2026-12-06', uidDomain: DOSSIER_UID_DOMAIN, name: 'Dossiercheck' },
    );
    if (!calendar.ok) throw new Error(calendar.detail);
    const events = new ICAL.Component(ICAL.parse(calendar.ics))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(due.map((s) => `${s.id}-abcdef123456@${DOSSIER_UID_DOMAIN}`));
    expect(events.every((event) => event.sequence === 2)).toBe(true);
    const uwv = events[due.findIndex((s) => s.id === 'uwvSickReport')]!;
    expect(uwv.startDate.toString()).toBe('2026-12-20');
  });

  it('a missing step is an event for the coming seven days', () => {
    const missing = check('2026-04-20').calendarEvents.find((event) => event.id === 'problemAnalysis')!;
    expect([missing.first, missing.last]).toEqual(['2026-04-20', '2026-04-26']);
    expect(missing.title).toBe('Ontbreekt: Probleemanalyse');
  });
});

describe('checkDossier: plain Dutch, a year with every figure, no chance it cannot source', () => {
  const todays = ['2026-03-10', '2026-06-01', '2026-12-06', '2027-05-01', '2027-12-20', '2028-03-10'];

  it('every text of every step follows the figure rule and names no chance', () => {
    for (const today of todays) {
      const result = check(today, { actionPlan: { done: true, date: '2026-05-10' } });
      for (const s of result.steps) {
        for (const text of [s.title, s.explanation, s.uwvLooksAt, s.action, s.risk.text]) {
          expect(sentencesBreakingFigureRule(text), `${s.id}: ${text}`).toEqual([]);
          expect(text).not.toMatch(/\bkans\b|\bje\b|\bjij\b/i);
        }
      }
      expect(sentencesBreakingFigureRule(result.summary)).toEqual([]);
    }
  });

  it('never gives the sanction risk as a percentage', () => {
    const result = check('2027-12-20');
    for (const s of result.steps) expect(s.risk.text).not.toMatch(/%|procent/);
  });
});

describe('checkDossier: properties', () => {
  it('a step is on time exactly when done by its due day, missing exactly when not done after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.constantFrom(...DOSSIER_STEP_IDS.filter((id) => id !== 'evaluations' && id !== 'firstYearEvaluation')),
        fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
        (todayOffset, id, doneOffset) => {
          const today = addDays(FIRST, todayOffset);
          const date = doneOffset === undefined || doneOffset > todayOffset ? undefined : addDays(FIRST, doneOffset);
          const s = step(check(today, date ? { [id]: { done: true, date } } : {}), id);
          if (date) expect(s.status).toBe(date <= s.due ? 'onTime' : 'late');
          else expect(s.status).toBe(today > s.due ? 'missing' : 'notYetDue');
          expect(s.risk.level).toBe(s.status === 'missing' ? 'gap' : s.status === 'late' ? 'explain' : 'none');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the dossiercheck address and its validation', () => {
  it('reads and writes the Dutch query, with the calendar identity', () => {
    const search =
      '?eerste-ziektedag=2026-03-02&probleemanalyse=ja&probleemanalyse-datum=2026-04-10&evaluaties=ja&evaluaties-datum=2026-09-20&zaak=abcdef123456&versie=3';
    const query = readDossierQuery(search)!;
    expect(query).toEqual({
      firstSickDay: '2026-03-02',
      steps: {
        problemAnalysis: { done: true, date: '2026-04-10' },
        evaluations: { done: true, date: '2026-09-20' },
      },
      identity: { caseId: 'abcdef123456', revision: 3 },
    });
    expect(dossierSearch(query)).toBe(search);
    expect(readDossierQuery('?utm_source=x')).toBeNull();
  });

  it('runs the check for valid input', () => {
    const result = runDossierCheck(
      readDossierQuery('?eerste-ziektedag=2026-03-02&probleemanalyse=ja&probleemanalyse-datum=2026-04-10')!,
      '2026-12-06',
    );
    expect(result.valid && step(result.check, 'problemAnalysis').status).toBe('onTime');
  });

  it('gives one Dutch message per wrong field', () => {
    const errors = (search: string, today = '2026-12-06') => {
      const result = runDossierCheck(readDossierQuery(search)!, today);
      return result.valid ? {} : result.errors;
    };
    expect(errors('?eerste-ziektedag=')).toEqual({
      firstSickDay: 'Vul de eerste ziektedag in',
    });
    expect(errors('?eerste-ziektedag-dag=2&eerste-ziektedag-maand=&eerste-ziektedag-jaar=2026')).toEqual({
      firstSickDay: 'Eerste ziektedag moet een maand bevatten',
    });
    expect(errors('?eerste-ziektedag=2026-12-07')).toEqual({
      firstSickDay: 'De eerste ziektedag mag niet na vandaag liggen',
    });
    expect(errors('?eerste-ziektedag=2023-12-05').firstSickDay).toMatch(/niet meer dan 3 jaar geleden/);
    expect(errors('?eerste-ziektedag=2026-03-02&probleemanalyse=ja')).toEqual({
      problemAnalysis: 'Vul de datum van de probleemanalyse in',
    });
    expect(
      errors(
        '?eerste-ziektedag=2026-03-02&probleemanalyse=ja&probleemanalyse-datum-dag=31&probleemanalyse-datum-maand=4&probleemanalyse-datum-jaar=2026',
      ),
    ).toEqual({ problemAnalysis: 'Datum van de probleemanalyse moet een echte datum zijn' });
    expect(errors('?eerste-ziektedag=2026-03-02&probleemanalyse-datum=2026-04-10')).toEqual({
      problemAnalysis:
        'U vulde een datum van de probleemanalyse in maar vinkte "gedaan" niet aan: vink het aan of maak de datum leeg',
    });
    expect(errors('?eerste-ziektedag=2026-03-02&plan-van-aanpak=ja&plan-van-aanpak-datum=2026-02-01')).toEqual({
      actionPlan: 'De datum van het plan van aanpak ligt voor de eerste ziektedag',
    });
    expect(errors('?eerste-ziektedag=2026-03-02&plan-van-aanpak=ja&plan-van-aanpak-datum=2026-12-07')).toEqual({
      actionPlan: 'De datum van het plan van aanpak ligt na vandaag: vul alleen stappen in die al gedaan zijn',
    });
    expect(
      errors('?eerste-ziektedag=2026-03-02&eerstejaarsevaluatie=ja&eerstejaarsevaluatie-datum=2026-08-23', '2027-06-01')
        .firstYearEvaluation,
    ).toMatch(/^De eerstejaarsevaluatie moet tussen week 26 en week 80/);
  });
});
