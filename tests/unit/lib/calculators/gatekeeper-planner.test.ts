import { addDays as addDaysWithDateFns, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { sentencesBreakingFigureRule } from './figure-rule';
import {
  addDays,
  addYears,
  buildMilestones,
  compareMilestones,
  daysBetween,
  isIsoDate,
  keyDatesOfAbsence,
  planGatekeeperSteps,
  plannerSearch,
  readPlannerQuery,
  caseIdFromUuid,
  withIdentity,
  weekEnd,
  weekOfDate,
  weekStart,
  WEEK_RULE_SENTENCE,
  type Milestone,
  type PlannerInput,
  type GatekeeperPlan,
} from '../../../../src/lib/calculators/gatekeeper-planner';

function plan(input: PlannerInput): GatekeeperPlan {
  const result = planGatekeeperSteps(input);
  if (!result.valid) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function byId(milestones: readonly Milestone[], id: string): Milestone {
  const found = milestones.find((milestone) => milestone.id === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
}

/** Independent reference: UTC milliseconds, only for checking the day arithmetic. */
function utcDays(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** The ISO date of a number of days since 1970-01-01 (UTC milliseconds, the reference). */
function isoOfUtcDays(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

const WEEKDAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
function weekday(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()]!;
}

/** Key dates of a plan without an actual eerstejaarsevaluatie, as worked out by hand (see the comments). */
interface KeyDates {
  problemAnalysis: string;
  actionPlan: string;
  uwvSickReport: [string, string];
  firstYearEvaluation: [string, string];
  secondTrackStart: string;
  wiaLetter: [string, string];
  wiaApplication: string;
  waitingPeriodEnd: string;
}

function keyDates(p: GatekeeperPlan): KeyDates {
  const window = (id: string): [string, string] => {
    const m = byId(p.milestones, id);
    return [m.start, m.due];
  };
  return {
    problemAnalysis: byId(p.milestones, 'problemAnalysis').due,
    actionPlan: byId(p.milestones, 'actionPlan').due,
    uwvSickReport: window('uwvSickReport'),
    firstYearEvaluation: window('firstYearEvaluation'),
    secondTrackStart: byId(p.milestones, 'secondTrackStart').due,
    wiaLetter: window('wiaLetter'),
    wiaApplication: byId(p.milestones, 'wiaApplication').due,
    waitingPeriodEnd: byId(p.milestones, 'waitingPeriodEnd').due,
  };
}

describe('calendar arithmetic', () => {
  it('recognises real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-2')).toBe(false);
    expect(isIsoDate('02-03-2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('counts days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-03-02', '2028-02-27')).toBe(727);
    expect(daysBetween('2028-02-27', '2026-03-02')).toBe(-727);
    expect(daysBetween('1970-01-01', '1970-01-01')).toBe(0);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('agrees with date-fns on local dates, in every time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['Europe/Amsterdam', 'America/Sao_Paulo', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        fc.assert(
          fc.property(
            fc.integer({ min: utcDays('1900-01-01'), max: utcDays('2200-12-31') }),
            fc.integer({ min: -1500, max: 1500 }),
            (dayNumber, days) => {
              const iso = isoOfUtcDays(dayNumber);
              const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
              const local = new Date(y, m - 1, d, 12);
              const later = addDaysWithDateFns(local, days);
              const expected = `${String(later.getFullYear()).padStart(4, '0')}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}`;
              expect(addDays(iso, days)).toBe(expected);
              expect(daysBetween(iso, expected)).toBe(differenceInCalendarDays(later, local));
            },
          ),
          { numRuns: 300 },
        );
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('moves years and keeps 29 February only in leap years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-03-02', -3)).toBe('2023-03-02');
  });

  it('agrees with UTC milliseconds for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utcDays('1900-01-01'), max: utcDays('2200-12-31') }),
        fc.integer({ min: -1500, max: 1500 }),
        (dayNumber, days) => {
          const iso = isoOfUtcDays(dayNumber);
          expect(isIsoDate(iso)).toBe(true);
          expect(daysBetween('1970-01-01', iso)).toBe(dayNumber);
          expect(addDays(iso, days)).toBe(isoOfUtcDays(dayNumber + days));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('numbers weeks from the first sick day, not from Monday', () => {
    // Thursday 5 March 2026: week 1 is Thu 5 – Wed 11 March, week 2 starts Thu 12 March.
    expect(weekStart('2026-03-05', 1)).toBe('2026-03-05');
    expect(weekEnd('2026-03-05', 1)).toBe('2026-03-11');
    expect(weekStart('2026-03-05', 2)).toBe('2026-03-12');
    expect(weekOfDate('2026-03-05', '2026-03-04')).toBeNull();
    expect(weekOfDate('2026-03-05', '2026-03-05')).toBe(1);
    expect(weekOfDate('2026-03-05', '2026-03-11')).toBe(1);
    expect(weekOfDate('2026-03-05', '2026-03-12')).toBe(2);
  });

  it('explains the rule in one Dutch sentence that matches the arithmetic', () => {
    expect(WEEK_RULE_SENTENCE).toContain('week 1 begint op de eerste ziektedag.');
    expect(WEEK_RULE_SENTENCE).toContain('Week n loopt van dag 7·(n−1)+1 tot en met dag 7·n');
    expect(WEEK_RULE_SENTENCE).toContain('dag 728');
    // Day 7·(n−1)+1 is firstSickDay + 7·(n−1) days; day 7·n is firstSickDay + 7·n − 1 days.
    expect(daysBetween('2026-03-02', weekStart('2026-03-02', 6)) + 1).toBe(7 * 5 + 1);
    expect(daysBetween('2026-03-02', weekEnd('2026-03-02', 6)) + 1).toBe(7 * 6);
  });
});

describe('planGatekeeperSteps: exact dates', () => {
  // Worked by hand for Monday 2 March 2026 (day 1):
  // week 6 ends on day 42 = 2 March + 41 days = Sunday 12 April 2026; week 8 ends on day 56 = 26 April;
  // week 42 = days 288–294 = 14–20 December 2026; week 52 = days 358–364 = 22–28 February 2027;
  // 2e spoor = 28 February 2027 + 42 days = 11 April 2027; week 88 = 1–7 November 2027;
  // week 93 ends on day 651 = 12 December 2027; day 728 = 2 March 2026 + 727 days = 27 February 2028
  // (727 = 365 + 366 − 4: 2028 has 29 February).
  const expected: Record<string, KeyDates> = {
    '2026-03-02': {
      problemAnalysis: '2026-04-12',
      actionPlan: '2026-04-26',
      uwvSickReport: ['2026-12-14', '2026-12-20'],
      firstYearEvaluation: ['2027-02-22', '2027-02-28'],
      secondTrackStart: '2027-04-11',
      wiaLetter: ['2027-11-01', '2027-11-07'],
      wiaApplication: '2027-12-12',
      waitingPeriodEnd: '2028-02-27',
    },
    '2026-03-03': {
      problemAnalysis: '2026-04-13',
      actionPlan: '2026-04-27',
      uwvSickReport: ['2026-12-15', '2026-12-21'],
      firstYearEvaluation: ['2027-02-23', '2027-03-01'],
      secondTrackStart: '2027-04-12',
      wiaLetter: ['2027-11-02', '2027-11-08'],
      wiaApplication: '2027-12-13',
      waitingPeriodEnd: '2028-02-28',
    },
    '2026-03-04': {
      problemAnalysis: '2026-04-14',
      actionPlan: '2026-04-28',
      uwvSickReport: ['2026-12-16', '2026-12-22'],
      firstYearEvaluation: ['2027-02-24', '2027-03-02'],
      secondTrackStart: '2027-04-13',
      wiaLetter: ['2027-11-03', '2027-11-09'],
      wiaApplication: '2027-12-14',
      waitingPeriodEnd: '2028-02-29',
    },
    '2026-03-05': {
      problemAnalysis: '2026-04-15',
      actionPlan: '2026-04-29',
      uwvSickReport: ['2026-12-17', '2026-12-23'],
      firstYearEvaluation: ['2027-02-25', '2027-03-03'],
      secondTrackStart: '2027-04-14',
      wiaLetter: ['2027-11-04', '2027-11-10'],
      wiaApplication: '2027-12-15',
      waitingPeriodEnd: '2028-03-01',
    },
    '2026-03-06': {
      problemAnalysis: '2026-04-16',
      actionPlan: '2026-04-30',
      uwvSickReport: ['2026-12-18', '2026-12-24'],
      firstYearEvaluation: ['2027-02-26', '2027-03-04'],
      secondTrackStart: '2027-04-15',
      wiaLetter: ['2027-11-05', '2027-11-11'],
      wiaApplication: '2027-12-16',
      waitingPeriodEnd: '2028-03-02',
    },
    '2026-03-07': {
      problemAnalysis: '2026-04-17',
      actionPlan: '2026-05-01',
      uwvSickReport: ['2026-12-19', '2026-12-25'],
      firstYearEvaluation: ['2027-02-27', '2027-03-05'],
      secondTrackStart: '2027-04-16',
      wiaLetter: ['2027-11-06', '2027-11-12'],
      wiaApplication: '2027-12-17',
      waitingPeriodEnd: '2028-03-03',
    },
    '2026-03-08': {
      problemAnalysis: '2026-04-18',
      actionPlan: '2026-05-02',
      uwvSickReport: ['2026-12-20', '2026-12-26'],
      firstYearEvaluation: ['2027-02-28', '2027-03-06'],
      secondTrackStart: '2027-04-17',
      wiaLetter: ['2027-11-07', '2027-11-13'],
      wiaApplication: '2027-12-18',
      waitingPeriodEnd: '2028-03-04',
    },
  };

  for (const [firstSickDay, dates] of Object.entries(expected)) {
    it(`first sick day on a ${weekday(firstSickDay)} (${firstSickDay})`, () => {
      const p = plan({ firstSickDay, today: '2026-03-01' });
      expect(keyDates(p)).toEqual(dates);
      // Every sickness week ends on the weekday before the first sick day.
      const lastWeekday = weekday(addDays(firstSickDay, -1));
      for (const date of [dates.problemAnalysis, dates.actionPlan, dates.wiaApplication, dates.waitingPeriodEnd]) {
        expect(weekday(date)).toBe(lastWeekday);
      }
    });
  }

  it('lists the six-weekly evaluations at the ends of weeks 14, 20, …, 98', () => {
    const p = plan({ firstSickDay: '2026-03-02', today: '2026-03-01' });
    const evaluations = p.milestones.filter((m) => m.type === 'evaluation');
    expect(evaluations.map((m) => m.due)).toEqual([
      '2026-06-07',
      '2026-07-19',
      '2026-08-30',
      '2026-10-11',
      '2026-11-22',
      '2027-01-03',
      '2027-02-14',
      '2027-03-28',
      '2027-05-09',
      '2027-06-20',
      '2027-08-01',
      '2027-09-12',
      '2027-10-24',
      '2027-12-05',
      '2028-01-16',
    ]);
    expect(evaluations.map((m) => m.week)).toEqual([14, 20, 26, 32, 38, 44, 50, 56, 62, 68, 74, 80, 86, 92, 98]);
    expect(evaluations.map((m) => m.id)).toEqual(evaluations.map((_, index) => `evaluation${index + 1}`));
  });

  it('lists every milestone once, in the order of the law', () => {
    const p = plan({ firstSickDay: '2026-03-02', today: '2026-03-01' });
    expect(p.milestones.map((m) => m.id)).toEqual([
      'sickReport',
      'problemAnalysis',
      'actionPlan',
      'evaluation1',
      'evaluation2',
      'evaluation3',
      'evaluation4',
      'evaluation5',
      'uwvSickReport',
      'evaluation6',
      'evaluation7',
      'firstYearEvaluation',
      'evaluation8',
      'secondTrackStart',
      'evaluation9',
      'evaluation10',
      'evaluation11',
      'evaluation12',
      'evaluation13',
      'wiaLetter',
      'rivCopies',
      'evaluation14',
      'wiaApplication',
      'evaluation15',
      'waitingPeriodEnd',
    ]);
    expect(p.milestones[0]).toMatchObject({ id: 'sickReport', week: 1, timing: { kind: 'day', date: '2026-03-02' } });
  });

  it('leaves out the ziekmelding at the arbodienst when asked', () => {
    const p = plan({ firstSickDay: '2026-03-02', today: '2026-03-01', includeSickReport: false });
    expect(p.milestones.some((m) => m.type === 'sickReport')).toBe(false);
    expect(p.milestones[0]?.id).toBe('problemAnalysis');
  });

  it('a first sick day on the leap day 29 February 2024', () => {
    // Week 6 ends 29 Feb + 41 = 10 April 2024; day 728 = 29 Feb 2024 + 727 = 25 February 2026.
    expect(keyDates(plan({ firstSickDay: '2024-02-29', today: '2024-02-29' }))).toEqual({
      problemAnalysis: '2024-04-10',
      actionPlan: '2024-04-24',
      uwvSickReport: ['2024-12-12', '2024-12-18'],
      firstYearEvaluation: ['2025-02-20', '2025-02-26'],
      secondTrackStart: '2025-04-09',
      wiaLetter: ['2025-10-30', '2025-11-05'],
      wiaApplication: '2025-12-10',
      waitingPeriodEnd: '2026-02-25',
    });
  });

  it('first sick days around the leap day of 2028', () => {
    // 1 March 2027: the wachttijd runs over 29 February 2028, so 728 days end on 25 February 2029.
    expect(keyDates(plan({ firstSickDay: '2027-03-01', today: '2027-03-01' }))).toMatchObject({
      firstYearEvaluation: ['2028-02-21', '2028-02-27'],
      secondTrackStart: '2028-04-09',
      waitingPeriodEnd: '2029-02-25',
    });
    // 28 February and 29 February 2028 start one day apart and stay one day apart.
    const before = keyDates(plan({ firstSickDay: '2028-02-28', today: '2028-02-28' }));
    const leapDay = keyDates(plan({ firstSickDay: '2028-02-29', today: '2028-02-28' }));
    expect(before.problemAnalysis).toBe('2028-04-09');
    expect(leapDay.problemAnalysis).toBe('2028-04-10');
    expect(before.waitingPeriodEnd).toBe('2030-02-24');
    expect(leapDay.waitingPeriodEnd).toBe('2030-02-25');
    // A first sick day of 2 March 2026 ends its wachttijd on 27 February 2028, just before the leap day;
    // a first sick day of 4 March 2026 ends on the leap day itself.
    expect(plan({ firstSickDay: '2026-03-04', today: '2026-03-01' }).waitingPeriodEnd).toBe('2028-02-29');
  });

  it('a first sick day on 31 December', () => {
    expect(keyDates(plan({ firstSickDay: '2025-12-31', today: '2026-01-15' }))).toEqual({
      problemAnalysis: '2026-02-10',
      actionPlan: '2026-02-24',
      uwvSickReport: ['2026-10-14', '2026-10-20'],
      firstYearEvaluation: ['2026-12-23', '2026-12-29'],
      secondTrackStart: '2027-02-09',
      wiaLetter: ['2027-09-01', '2027-09-07'],
      wiaApplication: '2027-10-12',
      waitingPeriodEnd: '2027-12-28',
    });
  });

  it('weeks with a daylight-saving change keep seven calendar days', () => {
    // Summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026 in the Netherlands.
    expect(weekEnd('2026-03-28', 1)).toBe('2026-04-03');
    expect(weekEnd('2026-10-24', 1)).toBe('2026-10-30');
    expect(keyDates(plan({ firstSickDay: '2026-03-28', today: '2026-03-29' }))).toMatchObject({
      problemAnalysis: '2026-05-08',
      firstYearEvaluation: ['2027-03-20', '2027-03-26'],
      waitingPeriodEnd: '2028-03-24',
    });
    expect(keyDates(plan({ firstSickDay: '2026-10-24', today: '2026-10-25' }))).toMatchObject({
      problemAnalysis: '2026-12-04',
      uwvSickReport: ['2027-08-07', '2027-08-13'],
      waitingPeriodEnd: '2028-10-20',
    });
  });

  describe('whatever the time zone of the machine', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    for (const zone of ['Europe/Amsterdam', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      it(`gives the same dates in ${zone}`, () => {
        process.env.TZ = zone;
        expect(keyDates(plan({ firstSickDay: '2026-03-28', today: '2026-03-29' }))).toMatchObject({
          problemAnalysis: '2026-05-08',
          waitingPeriodEnd: '2028-03-24',
        });
      });
    }
  });
});

describe('planGatekeeperSteps: an actual eerstejaarsevaluatie', () => {
  const firstSickDay = '2026-03-02';

  it('uses the given date and counts the 2e spoor from it', () => {
    const p = plan({ firstSickDay, firstYearEvaluation: '2027-02-10', today: '2026-03-01' });
    const evaluation = byId(p.milestones, 'firstYearEvaluation');
    expect(evaluation).toMatchObject({ week: 50, timing: { kind: 'day', date: '2027-02-10' }, start: '2027-02-10' });
    expect(evaluation.note).toBeUndefined();
    expect(byId(p.milestones, 'secondTrackStart')).toMatchObject({ due: '2027-03-24', week: 56 });
    expect(p.firstYearEvaluation).toBe('2027-02-10');
  });

  it('notes a date later than week 52', () => {
    const p = plan({ firstSickDay, firstYearEvaluation: '2027-04-01', today: '2026-03-01' });
    const evaluation = byId(p.milestones, 'firstYearEvaluation');
    expect(evaluation.week).toBe(57);
    expect(evaluation.note).toBe(
      'De eerstejaarsevaluatie op 1 april 2027 valt in week 57, later dan week 52. UWV verwacht haar rond week 52 (stand 2026).',
    );
    expect(byId(p.milestones, 'secondTrackStart').due).toBe('2027-05-13');
  });

  it('notes a date well before week 52', () => {
    const p = plan({ firstSickDay, firstYearEvaluation: '2026-11-02', today: '2026-03-01' });
    const evaluation = byId(p.milestones, 'firstYearEvaluation');
    expect(evaluation.week).toBe(36);
    expect(evaluation.note).toContain('ruim voor week 52');
    // Listed before the 42nd-week report, which is later.
    const ids = p.milestones.map((m) => m.id);
    expect(ids.indexOf('firstYearEvaluation')).toBeLessThan(ids.indexOf('uwvSickReport'));
    expect(byId(p.milestones, 'secondTrackStart').due).toBe('2026-12-14');
  });

  it('keeps both when it falls on the day of a six-weekly evaluation, in a fixed order', () => {
    // Evaluation 7 is due on the last day of week 50: 14 February 2027.
    const p = plan({ firstSickDay, firstYearEvaluation: '2027-02-14', today: '2026-03-01' });
    const ids = p.milestones.map((m) => m.id);
    expect(ids.indexOf('firstYearEvaluation')).toBe(ids.indexOf('evaluation7') + 1);
    // The 2e spoor is then due on the day of the next evaluation; the evaluation comes first.
    expect(byId(p.milestones, 'secondTrackStart').due).toBe(byId(p.milestones, 'evaluation8').due);
    expect(ids.indexOf('secondTrackStart')).toBe(ids.indexOf('evaluation8') + 1);
    // The order comes from the comparison, not from the order in which milestones were made.
    expect(
      [...p.milestones]
        .reverse()
        .sort(compareMilestones)
        .map((m) => m.id),
    ).toEqual(ids);
  });

  it('treats an empty field as not given', () => {
    const p = plan({ firstSickDay, firstYearEvaluation: '  ', today: '2026-03-01' });
    expect(byId(p.milestones, 'firstYearEvaluation').timing.kind).toBe('window');
    expect(p.firstYearEvaluation).toBeUndefined();
  });
});

describe('planGatekeeperSteps: today', () => {
  const firstSickDay = '2026-03-02';

  it('before the first sick day: nothing has started', () => {
    const p = plan({ firstSickDay, today: '2026-02-20' });
    expect(p.currentWeek).toBeNull();
    expect(p.dayOfSickness).toBeNull();
    expect(p.milestones.every((m) => m.status === 'upcoming')).toBe(true);
    expect(p.next?.id).toBe('sickReport');
  });

  it('on the first sick day the ziekmelding is due now', () => {
    const p = plan({ firstSickDay, today: firstSickDay });
    expect(p.currentWeek).toBe(1);
    expect(p.dayOfSickness).toBe(1);
    expect(byId(p.milestones, 'sickReport').status).toBe('current');
    expect(p.next?.id).toBe('sickReport');
  });

  it('in week 6 the probleemanalyse is current until its last day, then past', () => {
    const inWeek6 = plan({ firstSickDay, today: '2026-04-06' });
    expect(inWeek6.currentWeek).toBe(6);
    expect(byId(inWeek6.milestones, 'problemAnalysis').status).toBe('current');
    expect(inWeek6.next?.id).toBe('problemAnalysis');

    const lastDay = plan({ firstSickDay, today: '2026-04-12' });
    expect(byId(lastDay.milestones, 'problemAnalysis').status).toBe('current');

    const after = plan({ firstSickDay, today: '2026-04-13' });
    expect(after.currentWeek).toBe(7);
    expect(byId(after.milestones, 'problemAnalysis').status).toBe('past');
    expect(byId(after.milestones, 'actionPlan').status).toBe('upcoming');
    expect(after.next?.id).toBe('actionPlan');
  });

  it('in week 42 the UWV report is current for the whole week', () => {
    for (const today of ['2026-12-14', '2026-12-17', '2026-12-20']) {
      const p = plan({ firstSickDay, today });
      expect(p.currentWeek).toBe(42);
      expect(byId(p.milestones, 'uwvSickReport').status).toBe('current');
      expect(p.next?.id).toBe('uwvSickReport');
    }
    expect(byId(plan({ firstSickDay, today: '2026-12-13' }).milestones, 'uwvSickReport').status).toBe('upcoming');
  });

  it('after the waiting period everything is past', () => {
    const onLastDay = plan({ firstSickDay, today: '2028-02-27' });
    expect(onLastDay.currentWeek).toBe(104);
    expect(onLastDay.dayOfSickness).toBe(728);
    expect(onLastDay.next?.id).toBe('waitingPeriodEnd');

    const p = plan({ firstSickDay, today: '2028-03-10' });
    expect(p.currentWeek).toBe(106);
    expect(p.milestones.every((m) => m.status === 'past')).toBe(true);
    expect(p.next).toBeNull();
    expect(p.nextIndex).toBe(-1);
  });
});

describe('planGatekeeperSteps: validation', () => {
  it('asks for a real date with the GOV.UK messages of the three boxes', () => {
    const error = (firstSickDay: string) => {
      const result = planGatekeeperSteps({ firstSickDay, today: '2026-03-10' });
      return result.valid ? undefined : result.errors.firstSickDay;
    };
    expect(error('')).toBe('Vul de eerste ziektedag in');
    for (const firstSickDay of ['2026-02-30', '02-03-2026', '2026-3-2'])
      expect(error(firstSickDay)).toBe('Eerste ziektedag moet een echte datum zijn');
    // The boxes joined as the form sends them (readDateParam): the message names what is missing.
    expect(error('2026--02')).toBe('Eerste ziektedag moet een maand bevatten');
    expect(error('2026--')).toBe('Eerste ziektedag moet een dag en een maand bevatten');
    expect(error('26-03-02')).toBe('Het jaar van de eerste ziektedag moet uit 4 cijfers bestaan, bijvoorbeeld 2026');
  });

  it('accepts spaces around a date', () => {
    expect(planGatekeeperSteps({ firstSickDay: ' 2026-03-02 ', today: '2026-03-10' }).valid).toBe(true);
  });

  it('refuses a first sick day more than 3 years back or more than 1 year ahead', () => {
    expect(planGatekeeperSteps({ firstSickDay: '2023-03-10', today: '2026-03-10' }).valid).toBe(true);
    expect(planGatekeeperSteps({ firstSickDay: '2023-03-09', today: '2026-03-10' })).toEqual({
      valid: false,
      errors: {
        firstSickDay:
          'De eerste ziektedag mag niet meer dan 3 jaar geleden zijn. Vul een datum in vanaf 10 maart 2023.',
      },
    });
    expect(planGatekeeperSteps({ firstSickDay: '2027-03-10', today: '2026-03-10' }).valid).toBe(true);
    expect(planGatekeeperSteps({ firstSickDay: '2027-03-11', today: '2026-03-10' })).toEqual({
      valid: false,
      errors: {
        firstSickDay:
          'De eerste ziektedag mag niet meer dan 1 jaar in de toekomst liggen. Vul een datum in tot en met 10 maart 2027.',
      },
    });
  });

  it('refuses an eerstejaarsevaluatie outside weeks 26–80', () => {
    // Week 26 starts on day 176 = 2 March 2026 + 175 = 24 August 2026; week 80 ends on day 560 = 12 September 2027.
    const base = { firstSickDay: '2026-03-02', today: '2026-03-10' };
    expect(planGatekeeperSteps({ ...base, firstYearEvaluation: '2026-08-24' }).valid).toBe(true);
    expect(planGatekeeperSteps({ ...base, firstYearEvaluation: '2027-09-12' }).valid).toBe(true);
    const message =
      'De eerstejaarsevaluatie moet tussen week 26 en week 80 van de ziekte liggen: van 24 augustus 2026 tot en met 12 september 2027.';
    expect(planGatekeeperSteps({ ...base, firstYearEvaluation: '2026-08-23' })).toEqual({
      valid: false,
      errors: { firstYearEvaluation: message },
    });
    expect(planGatekeeperSteps({ ...base, firstYearEvaluation: '2027-09-13' })).toEqual({
      valid: false,
      errors: { firstYearEvaluation: message },
    });
    expect(planGatekeeperSteps({ ...base, firstYearEvaluation: '2027-02-30' })).toEqual({
      valid: false,
      errors: { firstYearEvaluation: 'Datum van de eerstejaarsevaluatie moet een echte datum zijn' },
    });
  });

  it('reports a missing today', () => {
    const result = planGatekeeperSteps({ firstSickDay: '2026-03-02', today: '' });
    expect(result).toEqual({ valid: false, errors: { today: 'De datum van vandaag ontbreekt of is ongeldig' } });
  });
});

describe('planGatekeeperSteps: every milestone carries Dutch text and an official source', () => {
  it('has a title, one or two sentences, a rule basis and an official https source', () => {
    const p = plan({ firstSickDay: '2026-03-02', firstYearEvaluation: '2027-04-01', today: '2026-03-01' });
    for (const m of p.milestones) {
      expect(m.title.length).toBeGreaterThan(3);
      const sentences = m.text.split(/(?<=[.?!])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(m.text).not.toMatch(/\bje\b|\bjij\b|\bjouw\b/i);
      expect(new URL(m.source.url).protocol).toBe('https:');
      expect(new URL(m.source.url).hostname).toMatch(
        /(^|\.)(uwv\.nl|rijksoverheid\.nl|wetten\.overheid\.nl|oprijk\.nl)$/,
      );
      expect(m.source.year).toBeGreaterThanOrEqual(2000);
    }
    const secondTrack = byId(p.milestones, 'secondTrackStart');
    expect(secondTrack.ruleBasis).toBe('uwvAssessmentNorm');
    expect(secondTrack.note).toContain('niet in de wet');
    expect(secondTrack.note).toContain('UWV');
  });
});

describe('planGatekeeperSteps: every figure on the page comes with a year', () => {
  it('texts and notes name dates, not bare week counts (the figure rule)', () => {
    for (const firstYearEvaluation of [undefined, '2026-11-02', '2027-04-01']) {
      const p = plan({
        firstSickDay: '2026-03-02',
        today: '2026-03-01',
        ...(firstYearEvaluation ? { firstYearEvaluation } : {}),
      });
      for (const m of p.milestones) {
        expect(sentencesBreakingFigureRule(m.text), m.id).toEqual([]);
        expect(sentencesBreakingFigureRule(m.note ?? ''), m.id).toEqual([]);
      }
    }
    expect(sentencesBreakingFigureRule(WEEK_RULE_SENTENCE)).toEqual([]);
  });

  it('gives the deadlines as dates in the text', () => {
    const p = plan({ firstSickDay: '2026-03-02', today: '2026-03-01' });
    expect(byId(p.milestones, 'problemAnalysis').text).toContain('Uiterlijk op 12 april 2026');
    expect(byId(p.milestones, 'uwvSickReport').text).toContain('de eerste werkdag na 20 december 2026');
    expect(byId(p.milestones, 'rivCopies').text).toContain('uiterlijk op 28 november 2027');
    expect(byId(p.milestones, 'wiaApplication').text).toContain('uiterlijk op 12 december 2027');
  });
});

describe('the planner address', () => {
  it('reads and writes the Dutch query parameters', () => {
    expect(readPlannerQuery('?utm_source=x')).toBeNull();
    expect(readPlannerQuery('?eerste-ziektedag=2026-03-02')).toEqual({
      firstSickDay: '2026-03-02',
      firstYearEvaluation: '',
      identity: null,
    });
    expect(plannerSearch({ firstSickDay: '2026-03-02' })).toBe('?eerste-ziektedag=2026-03-02');
    // What a GET submit of the three boxes sends reads the same; the address built from it has the one ISO value.
    const boxes = readPlannerQuery(
      '?eerste-ziektedag-dag=2&eerste-ziektedag-maand=3&eerste-ziektedag-jaar=2026' +
        '&eerstejaarsevaluatie-dag=&eerstejaarsevaluatie-maand=&eerstejaarsevaluatie-jaar=',
    );
    expect(boxes).toEqual({ firstSickDay: '2026-03-02', firstYearEvaluation: '', identity: null });
    expect(plannerSearch(boxes!)).toBe('?eerste-ziektedag=2026-03-02');
    expect(plannerSearch({ firstSickDay: '2026-03-02', firstYearEvaluation: '2027-02-22' })).toBe(
      '?eerste-ziektedag=2026-03-02&eerstejaarsevaluatie=2027-02-22',
    );
  });

  it('carries the case id and the revision of the calendar file, and ignores malformed ones', () => {
    const query = readPlannerQuery('?eerste-ziektedag=2026-03-02&zaak=3f2a9c01be77&versie=4');
    expect(query?.identity).toEqual({ caseId: '3f2a9c01be77', revision: 4 });
    expect(plannerSearch(query!)).toBe('?eerste-ziektedag=2026-03-02&zaak=3f2a9c01be77&versie=4');
    // No revision yet is revision 1; a case id with other characters or a revision of 0 is no identity.
    expect(readPlannerQuery('?eerste-ziektedag=2026-03-02&zaak=3f2a9c01be77')?.identity).toEqual({
      caseId: '3f2a9c01be77',
      revision: 1,
    });
    expect(readPlannerQuery('?eerste-ziektedag=2026-03-02&zaak=<script>&versie=2')?.identity).toBeNull();
    expect(readPlannerQuery('?eerste-ziektedag=2026-03-02&zaak=3f2a9c01be77&versie=0')?.identity).toBeNull();
    expect(readPlannerQuery('?eerste-ziektedag=2026-03-02&zaak=3f2a9c01be77&versie=1.5')?.identity).toBeNull();
  });

  it('gives a query without a case a new one at revision 1, and keeps an existing one', () => {
    const fresh = withIdentity(readPlannerQuery('?eerste-ziektedag=2026-03-02')!, () =>
      caseIdFromUuid('3F2A9C01-BE77-4C11-9D0E-5A6B7C8D9E0F'),
    );
    expect(fresh.identity).toEqual({ caseId: '3f2a9c01be77', revision: 1 });
    const kept = withIdentity(readPlannerQuery('?eerste-ziektedag=2026-03-02&zaak=aaaaaaaaaaaa&versie=3')!, () => {
      throw new Error('no new case id for a query that has one');
    });
    expect(kept.identity).toEqual({ caseId: 'aaaaaaaaaaaa', revision: 3 });
  });
});

describe('keyDatesOfAbsence', () => {
  it('gives the current week, the latest 2e spoor start, the WIA deadline and the end of the waiting period', () => {
    // 2 March 2026 + 427 days = 3 May 2027: day 428, week 62, 61 whole weeks done.
    expect(keyDatesOfAbsence('2026-03-02', '2027-05-03')).toEqual({
      firstSickDay: '2026-03-02',
      today: '2027-05-03',
      currentWeek: 62,
      dayOfSickness: 428,
      weeksCompleted: 61,
      firstYearEnd: '2027-02-28',
      firstYearEvaluation: '2027-02-28',
      latestSecondTrackStart: '2027-04-11',
      rivCopiesDeadline: '2027-11-28',
      wiaApplicationDeadline: '2027-12-12',
      waitingPeriodEnd: '2028-02-27',
    });
  });

  it('counts the 2e spoor from an actual eerstejaarsevaluatie, and knows no week before the first sick day', () => {
    const dates = keyDatesOfAbsence('2026-03-02', '2026-02-20', { firstYearEvaluation: '2027-02-10' });
    expect(dates.latestSecondTrackStart).toBe('2027-03-24');
    expect(dates.currentWeek).toBeNull();
    expect(dates.weeksCompleted).toBeNull();
    expect(dates.dayOfSickness).toBeNull();
  });

  it('agrees with the plan for every first sick day and today', () => {
    fc.assert(
      fc.property(todayAndFirstDay, ({ today, firstSickDay }) => {
        const p = plan({ today, firstSickDay });
        const dates = keyDatesOfAbsence(firstSickDay, today);
        expect(dates.currentWeek).toBe(p.currentWeek);
        expect(dates.dayOfSickness).toBe(p.dayOfSickness);
        expect(dates.waitingPeriodEnd).toBe(p.waitingPeriodEnd);
        expect(dates.latestSecondTrackStart).toBe(byId(p.milestones, 'secondTrackStart').due);
        expect(dates.wiaApplicationDeadline).toBe(byId(p.milestones, 'wiaApplication').due);
        expect(dates.rivCopiesDeadline).toBe(byId(p.milestones, 'rivCopies').due);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const DAY_2020 = utcDays('2020-01-01');
const DAY_2040 = utcDays('2040-12-31');

/** A today and a first sick day within the accepted bounds. */
const todayAndFirstDay = fc
  .record({
    today: fc.integer({ min: DAY_2020, max: DAY_2040 }).map(isoOfUtcDays),
    offset: fc.integer({ min: -1095, max: 365 }),
  })
  .map(({ today, offset }) => ({ today, firstSickDay: addDays(today, offset) }))
  .filter(({ today, firstSickDay }) => firstSickDay >= addYears(today, -3) && firstSickDay <= addYears(today, 1));

/** The same, plus an eerstejaarsevaluatie in weeks 26–80 (sometimes absent), and a second today over the whole period. */
const plannerInput = fc
  .record({
    base: todayAndFirstDay,
    evaluationOffset: fc.option(fc.integer({ min: 175, max: 559 }), { nil: undefined }),
    includeSickReport: fc.boolean(),
  })
  .map(({ base, evaluationOffset, includeSickReport }) => ({
    ...base,
    includeSickReport,
    ...(evaluationOffset === undefined ? {} : { firstYearEvaluation: addDays(base.firstSickDay, evaluationOffset) }),
  }));

describe('planGatekeeperSteps: properties', () => {
  it('without an actual eerstejaarsevaluatie, first days and due dates strictly increase in list order', () => {
    fc.assert(
      fc.property(todayAndFirstDay, (input) => {
        const { milestones } = plan(input);
        for (let i = 1; i < milestones.length; i++) {
          expect(milestones[i]!.due > milestones[i - 1]!.due).toBe(true);
          expect(milestones[i]!.start > milestones[i - 1]!.start).toBe(true);
        }
      }),
    );
  });

  it('with an actual eerstejaarsevaluatie, due dates never decrease and equal dates keep the rank order', () => {
    const rank = [
      'sickReport',
      'problemAnalysis',
      'actionPlan',
      'evaluation',
      'uwvSickReport',
      'firstYearEvaluation',
      'secondTrackStart',
      'wiaLetter',
      'rivCopies',
      'wiaApplication',
      'waitingPeriodEnd',
    ];
    fc.assert(
      fc.property(plannerInput, (input) => {
        const { milestones } = plan(input);
        for (let i = 1; i < milestones.length; i++) {
          const [a, b] = [milestones[i - 1]!, milestones[i]!];
          expect(b.due >= a.due).toBe(true);
          if (b.due === a.due) expect(rank.indexOf(b.type)).toBeGreaterThan(rank.indexOf(a.type));
        }
        expect(new Set(milestones.map((m) => m.id)).size).toBe(milestones.length);
      }),
    );
  });

  it('every week-N milestone lies within week N, a deadline on its last day', () => {
    fc.assert(
      fc.property(plannerInput, (input) => {
        const { milestones, firstSickDay } = plan(input);
        for (const m of milestones) {
          expect(m.start >= weekStart(firstSickDay, m.week)).toBe(true);
          expect(m.start <= m.due).toBe(true);
          expect(m.due <= weekEnd(firstSickDay, m.week)).toBe(true);
          if (m.timing.kind === 'window') {
            expect([m.timing.start, m.timing.end]).toEqual([
              weekStart(firstSickDay, m.week),
              weekEnd(firstSickDay, m.week),
            ]);
          }
          if (m.timing.kind === 'deadline' && m.type !== 'secondTrackStart') {
            expect(m.timing.date).toBe(weekEnd(firstSickDay, m.week));
          }
          expect(weekOfDate(firstSickDay, m.due)).toBe(m.week);
        }
      }),
    );
  });

  it('evaluations start 42 days after the plan van aanpak and are exactly 42 days apart, all inside the wachttijd', () => {
    fc.assert(
      fc.property(plannerInput, (input) => {
        const p = plan(input);
        const evaluations = p.milestones
          .filter((m) => m.type === 'evaluation')
          .sort((a, b) => a.sequence! - b.sequence!);
        expect(evaluations).toHaveLength(15);
        expect(daysBetween(byId(p.milestones, 'actionPlan').due, evaluations[0]!.due)).toBe(42);
        for (let i = 1; i < evaluations.length; i++) {
          expect(daysBetween(evaluations[i - 1]!.due, evaluations[i]!.due)).toBe(42);
        }
        expect(evaluations.at(-1)!.due < p.waitingPeriodEnd).toBe(true);
        expect(daysBetween(evaluations.at(-1)!.due, p.waitingPeriodEnd)).toBe(42);
      }),
    );
  });

  it('the wachttijd ends exactly 727 days after the first sick day (day 728), the last milestone', () => {
    fc.assert(
      fc.property(plannerInput, (input) => {
        const p = plan(input);
        expect(daysBetween(p.firstSickDay, p.waitingPeriodEnd)).toBe(727);
        expect(p.milestones.at(-1)).toMatchObject({ id: 'waitingPeriodEnd', due: p.waitingPeriodEnd, week: 104 });
        expect(weekOfDate(p.firstSickDay, p.waitingPeriodEnd)).toBe(104);
        expect(weekOfDate(p.firstSickDay, addDays(p.waitingPeriodEnd, 1))).toBe(105);
      }),
    );
  });

  it('the 2e spoor is due 42 days after the eerstejaarsevaluatie', () => {
    fc.assert(
      fc.property(plannerInput, (input) => {
        const p = plan(input);
        const evaluation = byId(p.milestones, 'firstYearEvaluation');
        expect(daysBetween(evaluation.due, byId(p.milestones, 'secondTrackStart').due)).toBe(42);
      }),
    );
  });

  it('today is classified consistently and "next" is the first milestone not yet past', () => {
    fc.assert(
      fc.property(plannerInput, fc.integer({ min: -30, max: 760 }), (input, dayOffset) => {
        // From 30 days before the first sick day to past the end of the wachttijd: always within the input bounds.
        const today = addDays(input.firstSickDay, dayOffset);
        const p = plan({ ...input, today });
        for (const m of p.milestones) {
          const expected = m.due < today ? 'past' : m.start <= today ? 'current' : 'upcoming';
          expect(m.status).toBe(expected);
        }
        const firstOpen = p.milestones.findIndex((m) => m.status !== 'past');
        expect(p.nextIndex).toBe(firstOpen);
        expect(p.next).toBe(firstOpen === -1 ? null : p.milestones[firstOpen]);
        // Past milestones form a prefix of the list.
        expect(p.milestones.slice(0, Math.max(firstOpen, 0)).every((m) => m.status === 'past')).toBe(true);
        expect(
          p.milestones.slice(firstOpen === -1 ? p.milestones.length : firstOpen).every((m) => m.status !== 'past'),
        ).toBe(true);
        // The current week contains today.
        if (dayOffset < 0) {
          expect(p.currentWeek).toBeNull();
        } else {
          expect(p.currentWeek).toBe(Math.floor(dayOffset / 7) + 1);
          expect(p.dayOfSickness).toBe(dayOffset + 1);
          expect(
            weekStart(p.firstSickDay, p.currentWeek!) <= today && today <= weekEnd(p.firstSickDay, p.currentWeek!),
          ).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the weekday: shifting the first sick day shifts every date equally', () => {
    fc.assert(
      fc.property(todayAndFirstDay, fc.integer({ min: 1, max: 6 }), ({ today, firstSickDay }, shift) => {
        const a = plan({ today, firstSickDay });
        const shifted = addDays(firstSickDay, shift);
        if (shifted > addYears(today, 1)) return;
        const b = plan({ today, firstSickDay: shifted });
        expect(b.milestones.map((m) => m.id)).toEqual(a.milestones.map((m) => m.id));
        a.milestones.forEach((m, i) => expect(daysBetween(m.due, b.milestones[i]!.due)).toBe(shift));
      }),
    );
  });

  it('buildMilestones matches planGatekeeperSteps', () => {
    const p = plan({ firstSickDay: '2026-03-02', today: '2026-05-01' });
    expect(buildMilestones('2026-03-02', '2026-05-01')).toEqual(p.milestones);
  });
});
