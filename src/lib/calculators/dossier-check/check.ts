// The dossiercheck: for a first sick day, the poortwachter steps an employer has (or has not) taken with their dates,
// and today, it says per step whether it was done on time, late, is missing or is not yet due; what UWV looks at
// (with its sources and their years); what to do this week; and the loonsanctie risk in words. It never gives a
// probability: no source gives the chance of a sanction for one dossier. Pure: today comes in as a date.
//
// A step is due on the day its rule sets (steps.ts, from the planner's rules). Done on or before that day: on time;
// after it: late; not done while the day has passed: missing; not done before it: not yet due. The evaluations are a
// rhythm: the latest one must be at most six weeks old, and the first is due six weeks after the plan van aanpak.
import type { CalendarEvent } from '../calendar-export';
import { addDays, daysBetween, type IsoDate } from '../gatekeeper-planner/dates';
import { keyDatesOfAbsence, type AbsenceKeyDates } from '../gatekeeper-planner/key-dates';
import { EVALUATION_INTERVAL_DAYS, weekOfDate } from '../gatekeeper-planner/rules';
import type { Source } from '../gatekeeper-planner/sources';
import { dutchDate, RULE_BASIS_LABELS, type RuleBasis } from '../gatekeeper-planner/texts';
import { DOSSIER_STEPS, type DossierStepDefinition, type DossierStepId } from './steps';

/** A step as the employer reports it: done or not, and the day it was done. */
export interface DossierStepInput {
  /** True when the step exists in the dossier. */
  done: boolean;
  /** The day it was done (`YYYY-MM-DD`); for the evaluations the latest one. Required when done. */
  date?: IsoDate | undefined;
}

/** What the dossiercheck gets (validated by src/schemas/dossier-check.ts). */
export interface DossierInput {
  /** First day of sickness. */
  firstSickDay: IsoDate;
  /** Today in the Netherlands. */
  today: IsoDate;
  /** Per step what the employer reports; a step left out counts as not done. */
  steps: Partial<Record<DossierStepId, DossierStepInput>>;
}

export type DossierStepStatus = 'onTime' | 'late' | 'missing' | 'notYetDue';

/** Dutch labels of the statuses, for the page. */
export const STATUS_LABELS: Record<DossierStepStatus, string> = {
  onTime: 'Op tijd',
  late: 'Te laat',
  missing: 'Ontbreekt',
  notYetDue: 'Nog niet aan de beurt',
};

/**
 * The loonsanctie risk of a step in words, never as a chance:
 * - `none`: no risk seen for this step (UWV still reads what is in it);
 * - `explain`: done late: the dossier should say why;
 * - `gap`: missing while due: the kind of gap UWV can sanction.
 */
export type RiskLevel = 'none' | 'explain' | 'gap';

/** Dutch labels of the risk levels, for the page. */
export const RISK_LABELS: Record<RiskLevel, string> = {
  none: 'Geen risico gezien',
  explain: 'Uitleg nodig in het dossier',
  gap: 'Risico op een loonsanctie',
};

/** One step of the check, ready to show: every text Dutch, every date also written out. */
export interface DossierStepResult {
  id: DossierStepId;
  title: string;
  status: DossierStepStatus;
  /** `STATUS_LABELS[status]`. */
  statusLabel: string;
  /** The day the step was (or is) due. */
  due: IsoDate;
  /** That day in Dutch, e.g. "12 april 2026". */
  dueText: string;
  /** The sickness week of the due day. */
  dueWeek: number;
  /** The day the employer gave, when done. */
  date?: IsoDate;
  /** Why this status, in one sentence with the dates. */
  explanation: string;
  /** What UWV looks at for this step (with a year). */
  uwvLooksAt: string;
  /** What to do this week. */
  action: string;
  risk: { level: RiskLevel; label: string; text: string };
  ruleBasis: RuleBasis;
  /** `RULE_BASIS_LABELS[ruleBasis]`. */
  ruleBasisLabel: string;
  /** Where the rule is written, each with its address and year. */
  sources: Source[];
  /** True when this week asks something of the employer: missing, late evaluations, or due within seven days. */
  actionThisWeek: boolean;
}

export interface DossierCheck {
  firstSickDay: IsoDate;
  today: IsoDate;
  /** Current week, latest 2e spoor start, WIA deadline, end of the waiting period (the planner's key dates). */
  keyDates: AbsenceKeyDates;
  /** Every step, in the order of its due day (then the order of the law). */
  steps: DossierStepResult[];
  /** How many steps have each status. */
  counts: Record<DossierStepStatus, number>;
  /** One Dutch sentence on the whole dossier. */
  summary: string;
  /** The actions of the steps that ask something this week, in step order. */
  thisWeek: string[];
  /** Every source the steps cite, once, in order of first use (for a numbered list). */
  sources: Source[];
  /** All-day events for a calendar file: every step not done yet (a missing one in the coming seven days). */
  calendarEvents: CalendarEvent[];
}

const GAP_RISK =
  'Ontbreekt deze stap bij de toetsing van het re-integratieverslag, dan kan UWV vinden dat de re-integratie tekortschoot en de loondoorbetaling met maximaal 52 weken verlengen (stand 2026).';
const LATE_RISK =
  'UWV kan een te late stap meewegen bij de toetsing. Leg in het dossier vast waarom het later gebeurde; UWV kijkt naar de re-integratie als geheel (stand 2026).';
const NO_RISK = 'Voor deze stap zien wij geen risico, als de inhoud klopt: UWV leest ook wat erin staat.';

/** Days ahead within which a step that is not yet due already asks for action this week. */
const THIS_WEEK_DAYS = 6;

function judge(definition: DossierStepDefinition, input: DossierInput, firstYearEvaluation?: IsoDate) {
  const reported = input.steps[definition.id];
  const date = reported?.done ? reported.date : undefined;
  const { today, firstSickDay } = input;
  // The evaluations are a rhythm: the next one is due six weeks after the latest.
  const due =
    definition.id === 'evaluations' && date
      ? addDays(date, EVALUATION_INTERVAL_DAYS)
      : definition.due({ firstSickDay, firstYearEvaluation });
  let status: DossierStepStatus;
  if (definition.id === 'evaluations' && date) status = today > due ? 'late' : 'onTime';
  else if (date) status = date > due ? 'late' : 'onTime';
  else status = today > due ? 'missing' : 'notYetDue';
  return { date, due, status };
}

function explain(id: DossierStepId, status: DossierStepStatus, due: IsoDate, date: IsoDate | undefined): string {
  const dueText = dutchDate(due);
  if (id === 'evaluations') {
    if (!date)
      return status === 'missing'
        ? `De eerste evaluatie was uiterlijk op ${dueText}.`
        : `De eerste evaluatie is uiterlijk op ${dueText}.`;
    return status === 'late'
      ? `De laatste evaluatie was op ${dutchDate(date)}; de volgende was uiterlijk op ${dueText}.`
      : `De laatste evaluatie was op ${dutchDate(date)}; de volgende is uiterlijk op ${dueText}.`;
  }
  switch (status) {
    case 'onTime':
      return `Gedaan op ${dutchDate(date!)}, uiterlijk was ${dueText}.`;
    case 'late':
      return `Gedaan op ${dutchDate(date!)}, na ${dueText}.`;
    case 'missing':
      return `Niet gedaan, terwijl het uiterlijk op ${dueText} moest.`;
    case 'notYetDue':
      return `Nog niet gedaan; het moet uiterlijk op ${dueText}.`;
  }
}

function actionFor(definition: DossierStepDefinition, status: DossierStepStatus, due: IsoDate, today: IsoDate) {
  const dueText = dutchDate(due);
  if (definition.id === 'evaluations' && status !== 'missing') {
    return status === 'late' ? definition.whenMissing : `Plan de volgende evaluatie uiterlijk op ${dueText}.`;
  }
  switch (status) {
    case 'missing':
      return definition.whenMissing;
    case 'late':
      return 'Leg in het dossier vast waarom deze stap later gebeurde, en zorg dat het stuk in het re-integratieverslag zit.';
    case 'onTime':
      return 'Niets te doen: bewaar het stuk, ondertekend, bij het re-integratieverslag.';
    case 'notYetDue':
      return daysBetween(today, due) <= THIS_WEEK_DAYS
        ? `Deze week aan de beurt: uiterlijk op ${dueText}.`
        : `Nog niet aan de beurt: uiterlijk op ${dueText}.`;
  }
}

/** The dossiercheck for valid input (see src/schemas/dossier-check.ts); throws a RangeError on a malformed date. */
export function checkDossier(input: DossierInput): DossierCheck {
  const reportedEvaluation = input.steps.firstYearEvaluation;
  const firstYearEvaluation = reportedEvaluation?.done ? reportedEvaluation.date : undefined;
  const keyDates = keyDatesOfAbsence(input.firstSickDay, input.today, { firstYearEvaluation });

  const steps = DOSSIER_STEPS.map((definition, order): DossierStepResult & { order: number } => {
    const { date, due, status } = judge(definition, input, firstYearEvaluation);
    const level: RiskLevel = status === 'missing' ? 'gap' : status === 'late' ? 'explain' : 'none';
    const soon = status === 'notYetDue' && daysBetween(input.today, due) <= THIS_WEEK_DAYS;
    return {
      order,
      id: definition.id,
      title: definition.title,
      status,
      statusLabel: STATUS_LABELS[status],
      due,
      dueText: dutchDate(due),
      dueWeek: weekOfDate(input.firstSickDay, due) ?? 1,
      ...(date ? { date } : {}),
      explanation: explain(definition.id, status, due, date),
      uwvLooksAt: definition.uwvLooksAt,
      action: actionFor(definition, status, due, input.today),
      risk: {
        level,
        label: RISK_LABELS[level],
        text: level === 'gap' ? GAP_RISK : level === 'explain' ? LATE_RISK : NO_RISK,
      },
      ruleBasis: definition.ruleBasis,
      ruleBasisLabel: RULE_BASIS_LABELS[definition.ruleBasis],
      sources: definition.sources,
      actionThisWeek: status === 'missing' || (definition.id === 'evaluations' && status === 'late') || soon,
    };
  })
    .sort((a, b) => (a.due === b.due ? a.order - b.order : a.due < b.due ? -1 : 1))
    .map(({ order: _order, ...step }) => step);

  const counts = { onTime: 0, late: 0, missing: 0, notYetDue: 0 };
  for (const step of steps) counts[step.status]++;
  const sources = [...new Set(steps.flatMap((step) => step.sources))];
  const thisWeek = steps.filter((step) => step.actionThisWeek).map((step) => step.action);

  const calendarEvents = steps
    .filter((step) => step.status === 'missing' || step.status === 'notYetDue')
    .map((step): CalendarEvent => ({
      id: step.id,
      title: step.status === 'missing' ? `Ontbreekt: ${step.title}` : step.title,
      description: [
        step.action,
        step.uwvLooksAt,
        '',
        ...step.sources.map((s) => `Bron: ${s.title} (${s.year}) ${s.url}`),
      ].join('\n'),
      // A missing step: the coming seven days; a step not yet due: its due day.
      first: step.status === 'missing' ? input.today : step.due,
      last: step.status === 'missing' ? addDays(input.today, THIS_WEEK_DAYS) : step.due,
      url: step.sources[0]?.url,
    }));

  return {
    firstSickDay: input.firstSickDay,
    today: input.today,
    keyDates,
    steps,
    counts,
    summary: summaryOf(counts, keyDates.currentWeek, input.today),
    thisWeek,
    sources,
    calendarEvents,
  };
}

/** "Op 6 december 2026 is uw werknemer in week 40 van de ziekte. Van de stappen zijn er 4 op tijd, …". */
function summaryOf(counts: Record<DossierStepStatus, number>, week: number | null, today: IsoDate): string {
  const when =
    week === null
      ? `Op ${dutchDate(today)} is de ziekte nog niet begonnen.`
      : `Op ${dutchDate(today)} is uw werknemer in week ${week} van de ziekte.`;
  const parts = [
    `${counts.onTime} op tijd`,
    `${counts.late} te laat`,
    `${counts.missing} ${counts.missing === 1 ? 'ontbreekt' : 'ontbreken'}`,
    `${counts.notYetDue} nog niet aan de beurt`,
  ];
  const risk =
    counts.missing > 0
      ? 'Een ontbrekende stap is het soort tekortkoming waarvoor UWV een loonsanctie kan opleggen; begin deze week met wat ontbreekt.'
      : counts.late > 0
        ? 'Er ontbreekt niets, maar leg bij elke te late stap vast waarom die later gebeurde.'
        : 'Er ontbreekt niets en niets was te laat.';
  return `${when} Van de stappen zijn er ${parts.join(', ')}. ${risk}`;
}
