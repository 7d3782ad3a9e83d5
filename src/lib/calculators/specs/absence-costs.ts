import type { CalculatorExample, CalculatorDefinition, ResultGroup } from '../calculator-view';
import { day, num, type FormTexts } from '../form-model';
import { formatDutchDate } from '../../format/dates';
import { formatEuro, formatEuroWhole, formatNumber } from '../../format/numbers';
import {
  calculateAbsenceCosts,
  minimumWageTimeline,
  WAITING_PERIOD_DAYS,
  type AbsenceCostsResult,
} from '../absence-costs';
import { addDays } from '../gatekeeper-planner/dates';
import { requestFormHref } from '../../request/form-link';

/** A `YYYY-MM-DD` day in Dutch, e.g. "11 april 2027". */
const dutch = (date: string) => formatDutchDate(new Date(`${date}T00:00:00Z`));

/** "61 weken", "1 week". */
const weeks = (count: number) => `${formatNumber(count)} ${count === 1 ? 'week' : 'weken'}`;

/** The first sentence: how long the employee has been sick and what the rest of the waiting period costs. */
function summaryOf(r: AbsenceCostsResult, datesKnown: boolean): string {
  const done = r.keyDates.weeksCompleted ?? 0;
  const sick = done === 0 ? 'Uw werknemer is minder dan een week ziek.' : `Uw werknemer is ${weeks(done)} ziek.`;
  if (r.daysRemaining === 0) return `De wachttijd eindigde op ${dutch(r.keyDates.waitingPeriodEnd)}.`;
  const until = datesKnown
    ? ` op ${dutch(r.keyDates.waitingPeriodEnd)}`
    : `, over ${weeks(Math.ceil(r.daysRemaining / 7))},`;
  const paid = r.paidSoFar > 0 ? ` Tot nu toe betaalde u ongeveer ${formatEuroWhole(r.paidSoFar)}.` : '';
  return `${sick} Tot het einde van de wachttijd${until} kost het doorbetalen van het loon nog ongeveer ${formatEuroWhole(r.remaining)}, met werkgeverslasten.${paid}`;
}

/** The days that matter from today: the 2e spoor deadline, the WIA application and the end (the planner has all). */
function keyDatesOf({ keyDates: k }: AbsenceCostsResult): ResultGroup {
  return {
    heading: 'Data die ertoe doen',
    rows: (
      [
        ['Uiterste start 2e spoor (norm van UWV)', k.latestSecondTrackStart],
        ['WIA-aanvraag door uw werknemer, uiterlijk', k.wiaApplicationDeadline],
        ['Einde van de wachttijd', k.waitingPeriodEnd],
      ] as const
    ).map(([label, date]) => ({ label, amount: 0, text: `${dutch(date)}${date < k.today ? ' (voorbij)' : ''}` })),
  };
}

/** The Dutch texts of the form (see FormTexts: the island gets them from the server, not as code). */
export const absenceCostsTexts: FormTexts = {
  title: 'Reken uit wat het verzuim vanaf vandaag nog kost',
  fields: {
    eerstedag: {
      label: 'Eerste ziektedag',
      hint: 'De dag waarop uw werknemer zich ziek meldde, bijvoorbeeld 2 3 2026. Weet u die niet? Laat dit leeg en vul het aantal weken in.',
    },
    weken: {
      label: 'Of: aantal weken ziek tot nu toe',
      hint: 'Telt alleen als de eerste ziektedag leeg is. We tellen dan terug vanaf vandaag.',
    },
    maandloon: { label: 'Brutomaandloon van de zieke werknemer' },
    contracturen: { label: 'Contracturen per week', hint: 'Nodig voor het minimumloon in het eerste ziektejaar.' },
    lasten: {
      label: 'Werkgeverslasten bovenop het loon',
      hint: 'Een schatting; vul uw eigen percentage in als u dat weet.',
    },
    jaar1: {
      label: 'Loon bij ziekte in het eerste jaar',
      hint: 'In 2026 vaak 100 procent volgens cao of contract; wettelijk 70 procent tot het maximumdagloon (artikel 7:629 BW), in het eerste jaar nooit onder het minimumloon.',
    },
    jaar2: {
      label: 'Loon bij ziekte in het tweede jaar',
      hint: 'Vaak 70 procent tot het maximumdagloon, het wettelijk minimum (artikel 7:629 BW; stand januari 2026).',
    },
    sanctie: {
      label: 'Weken loonsanctie in het slechtste geval',
      hint: 'UWV kan de loondoorbetaling met maximaal 52 weken verlengen (artikel 25 Wet WIA; stand januari 2026).',
    },
    traject: { label: 'Kosten van een 2e-spoortraject', hint: 'Een schatting; prijzen verschillen per aanbieder.' },
  },
};

export const absenceCostsSpec: CalculatorDefinition = {
  prefix: 'vzk',
  usesToday: true,
  fields: [
    {
      kind: 'date',
      key: 'eerstedag',
      optional: true,
    },
    {
      kind: 'number',
      key: 'weken',
      unit: 'weken',
      min: 0,
      max: 156,
      integer: true,
      defaultValue: () => 0,
    },
    {
      kind: 'number',
      key: 'maandloon',
      unit: '€',
      min: 0,
      max: 50000,
      defaultValue: () => 3000,
    },
    {
      kind: 'number',
      key: 'contracturen',
      unit: 'uur',
      min: 1,
      max: 60,
      defaultValue: () => 38,
    },
    {
      kind: 'number',
      key: 'lasten',
      unit: '%',
      min: 0,
      max: 100,
      defaultValue: (p) => p.employerChargesPercent,
    },
    {
      kind: 'number',
      key: 'jaar1',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 100,
    },
    {
      kind: 'number',
      key: 'jaar2',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 70,
    },
    {
      kind: 'number',
      key: 'sanctie',
      unit: 'weken',
      min: 0,
      max: 52,
      integer: true,
      defaultValue: () => 52,
    },
    {
      kind: 'number',
      key: 'traject',
      unit: '€',
      min: 0,
      max: 50000,
      defaultValue: (p) => p.secondTrackCost,
    },
  ],
  compute(values, { year, allParameters, today }) {
    const datesKnown = today !== undefined;
    // Without today's date (a page built ahead of time) the sum counts from 1 January of the year and shows no dates.
    const reference = today ?? `${year}-01-01`;
    const given = day(values, 'eerstedag');
    const firstSickDay = given && datesKnown ? given : addDays(reference, -7 * num(values, 'weken'));
    const hours = num(values, 'contracturen');
    const sanctionWeeks = num(values, 'sanctie');
    const r = calculateAbsenceCosts({
      grossMonthly: num(values, 'maandloon'),
      contractHoursPerWeek: hours,
      employerChargesPercent: num(values, 'lasten'),
      payPercentYear1: num(values, 'jaar1'),
      payPercentYear2: num(values, 'jaar2'),
      minimumHourlyWage: minimumWageTimeline(allParameters, firstSickDay, addDays(firstSickDay, WAITING_PERIOD_DAYS)),
      firstSickDay,
      today: reference,
      sanctionWeeks,
    });

    const notes: string[] = [];
    const perWeek = `${formatNumber(hours)} uur per week`;
    const below = r.belowMinimumWage;
    if (below) {
      notes.push(
        `Het maandloon is lager dan het minimumloon (21 jaar en ouder) bij ${perWeek} vanaf ${below.fromText}: ${formatEuro((below.value * hours * 52) / 12)} per maand. Klopt uw invoer? Voor jongeren geldt een lager minimumloon.`,
      );
    }
    if (r.toppedUp.length > 0) {
      notes.push(
        `In het eerste ziektejaar is ${formatNumber(num(values, 'jaar1'))} procent van het loon minder dan het minimumloon voor ${perWeek}; volgens de regels van ${year} betaalt u dan het minimumloon.`,
      );
    }
    for (const period of r.toppedUp.filter((candidate) => candidate.assumed)) {
      notes.push(
        `Het minimumloon vanaf ${period.fromText} is nog niet verwerkt: het stond nog niet in onze bronnen. Voor die periode rekenen we met het laatste bekende bedrag: ${formatEuro(period.value)} per uur.`,
      );
    }
    if (datesKnown && !given)
      notes.push(`Zonder eerste ziektedag tellen we ${weeks(num(values, 'weken'))} terug vanaf vandaag.`);

    const done = r.keyDates.weeksCompleted ?? 0;
    return {
      summary: summaryOf(r, datesKnown),
      headline:
        r.daysRemaining === 0
          ? 'De wachttijd is voorbij'
          : `Nog ongeveer ${formatEuroWhole(r.remaining)} tot het einde van de wachttijd`,
      groups: [
        ...(datesKnown ? [keyDatesOf(r)] : []),
        {
          heading: 'Loondoorbetaling, met werkgeverslasten',
          rows: [
            {
              label: done === 0 ? 'Al betaald: minder dan een week' : `Al betaald: ${weeks(done)}`,
              amount: r.paidSoFar,
            },
            { label: 'Nog te betalen tot het einde van de wachttijd', amount: r.remaining, isTotal: true },
          ],
        },
        {
          heading: 'Loonsanctie: een risico, geen zekerheid',
          rows: [
            { label: `Slechtste geval: ${weeks(sanctionWeeks)} loonsanctie`, amount: r.sanctionCost },
            { label: 'Nog te betalen plus het slechtste geval', amount: r.worstCaseRemaining, isTotal: true },
          ],
        },
        {
          heading: 'Een 2e-spoortraject',
          rows: [{ label: 'Kosten van het traject (schatting)', amount: num(values, 'traject') }],
        },
      ],
      notes,
      // Only with a real first sick day: the request form then shows the same dates again.
      ...(datesKnown && r.daysRemaining > 0
        ? {
            nextStep: {
              text: 'Wilt u hulp bij het 2e spoor of het dossier?',
              label: 'Vraag ons om hulp, met deze eerste ziektedag al ingevuld',
              href: requestFormHref({ firstSickDay }),
            },
          }
        : {}),
    };
  },
};

/** The worked example of this calculator (see CalculatorExample): the tests run it, the page shows it. */
export const absenceCostsExample: CalculatorExample = {
  // In weeks, so the example reads the same on any day (the browser tests run it on the real today): 61 weeks back
  // from 2 November 2026 is 1 September 2025.
  inputs: { weken: '61', maandloon: '3.250', lasten: '20' },
  today: '2026-11-02',
  // Weekly wage 3,250 × 12 / 52 = 750, with 20% charges 900. 61 weeks (427 days) are paid: year 1 (364 days)
  // 900 × 52 = 46,800 and 63 days of year 2 at 70%: 900 × 9 × 0.7 = 5,670; together 52,470. Still to pay: 43 weeks
  // of year 2 at 70%: 900 × 43 × 0.7 = 27,090, until 29 August 2027 (day 728).
  summary:
    'Uw werknemer is 61 weken ziek. Tot het einde van de wachttijd op 29 augustus 2027 kost het doorbetalen van het loon nog ongeveer € 27.090, met werkgeverslasten. Tot nu toe betaalde u ongeveer € 52.470.',
  headline: 'Nog ongeveer € 27.090 tot het einde van de wachttijd',
};
