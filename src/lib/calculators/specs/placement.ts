import { balanceRow, type CalculatorExample, type CalculatorDefinition } from '../calculator-view';
import { flag, num, type FormTexts } from '../form-model';
import { formatEuro, formatEuroWhole, formatNumber } from '../../format/numbers';
import { calculatePlacement } from '../placement';
import { highestKnownAmount } from '../year-parameters';

/** The Dutch texts of the form (see FormTexts: the island gets them from the server, not as code). */
export const placementTexts: FormTexts = {
  title: 'Reken uit wat een werkervaringsplaats u kost en oplevert',
  fields: {
    uren: { label: 'Uren per week', hint: 'Hoeveel uur per week de kandidaat bij u werkt.' },
    weken: { label: 'Duur van de plaatsing', hint: 'Vaak ongeveer drie maanden (13 weken; praktijk in 2025).' },
    maandloon: {
      label: 'Brutomaandloon van een vergelijkbare medewerker',
      hint: 'Het loon dat u een ervaren medewerker in deze functie zou betalen.',
    },
    contracturen: { label: 'Contracturen van die medewerker', hint: 'Uren per week waarvoor dat maandloon geldt.' },
    lasten: {
      label: 'Werkgeverslasten bovenop het loon',
      hint: 'Een schatting; vul uw eigen percentage in als u dat weet.',
    },
    prodstart: { label: 'Productiviteit in de eerste week' },
    prodeind: {
      label: 'Productiviteit in de laatste week',
      hint: 'Uw eigen inschatting. We rekenen met een gelijkmatige opbouw van de eerste tot de laatste week.',
    },
    begeleiding: { label: 'Begeleiding per week' },
    eenmalig: {
      label: 'Uren voor voorbereiding en evaluaties',
      hint: 'Eenmalig: kennismaking, werkplek klaarzetten, evaluatiegesprekken met verslag.',
    },
    uurkosten: {
      label: 'Kosten van een uur begeleiding',
      hint: 'Wat een uur van de begeleider u kost, met werkgeverslasten.',
    },
    reis: {
      label: 'Ik betaal de reiskosten van de kandidaat',
      hint: 'Wie de reiskosten betaalt, spreekt u samen af. De drie velden hieronder tellen alleen als dit vakje aan staat.',
    },
    km: { label: 'Kilometers per dag (heen en terug)' },
    dagen: { label: 'Werkdagen per week' },
    perkm: {
      label: 'Vergoeding per kilometer',
      hint: 'Standaard de onbelaste reiskostenvergoeding van het rekenjaar.',
    },
    aanpassingen: {
      label: 'Aanpassingen aan de werkplek',
      hint: 'Eenmalige kosten, bijvoorbeeld een andere stoel of een hulpmiddel. Spreek af wie ze betaalt.',
    },
    aannemen: {
      label: 'Ik verwacht de kandidaat daarna in dienst te nemen',
      hint: 'Het veld hieronder telt alleen als dit vakje aan staat.',
    },
    werving: {
      label: 'Wervingskosten die u daarmee mogelijk bespaart',
      hint: 'Standaard staat hier het gemiddelde van alle wervingskosten per aanname uit een onderzoek (2019). Meestal bespaart u maar een deel daarvan: vul het deel in dat u echt niet maakt.',
    },
  },
};

export const placementSpec: CalculatorDefinition = {
  prefix: 'wep',
  yearLabel: 'Rekenjaar',
  fields: [
    {
      kind: 'number',
      key: 'uren',
      unit: 'uur',
      min: 0,
      max: 40,
      defaultValue: () => 16,
    },
    {
      kind: 'number',
      key: 'weken',
      unit: 'weken',
      min: 1,
      max: 104,
      integer: true,
      defaultValue: () => 13,
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
      key: 'prodstart',
      unit: '%',
      min: 0,
      max: 100,
      defaultValue: () => 25,
    },
    {
      kind: 'number',
      key: 'prodeind',
      unit: '%',
      min: 0,
      max: 100,
      defaultValue: () => 75,
    },
    {
      kind: 'number',
      key: 'begeleiding',
      unit: 'uur',
      min: 0,
      max: 40,
      defaultValue: () => 2,
    },
    {
      kind: 'number',
      key: 'eenmalig',
      unit: 'uur',
      min: 0,
      max: 500,
      defaultValue: () => 8,
    },
    {
      kind: 'number',
      key: 'uurkosten',
      unit: '€',
      min: 0,
      max: 500,
      defaultValue: () => 40,
    },
    {
      kind: 'toggle',
      key: 'reis',
      defaultValue: false,
    },
    {
      kind: 'number',
      key: 'km',
      unit: 'km',
      min: 0,
      max: 500,
      defaultValue: () => 20,
      showIf: 'reis',
    },
    {
      kind: 'number',
      key: 'dagen',
      unit: 'dagen',
      min: 0,
      max: 7,
      defaultValue: () => 4,
      showIf: 'reis',
    },
    {
      kind: 'number',
      key: 'perkm',
      unit: '€',
      min: 0,
      max: 5,
      defaultValue: (p) => p.travelAllowancePerKm,
      showIf: 'reis',
    },
    {
      kind: 'number',
      key: 'aanpassingen',
      unit: '€',
      min: 0,
      max: 100000,
      defaultValue: () => 0,
    },
    {
      kind: 'toggle',
      key: 'aannemen',
      defaultValue: false,
    },
    {
      kind: 'number',
      key: 'werving',
      unit: '€',
      min: 0,
      max: 100000,
      defaultValue: (p) => p.recruitmentCost,
      showIf: 'aannemen',
    },
  ],
  compute(values, { year, parametersFor }) {
    const r = calculatePlacement({
      hoursPerWeek: num(values, 'uren'),
      weeks: num(values, 'weken'),
      grossMonthly: num(values, 'maandloon'),
      contractHoursPerWeek: num(values, 'contracturen'),
      employerChargesPercent: num(values, 'lasten'),
      productivityStartPercent: num(values, 'prodstart'),
      productivityEndPercent: num(values, 'prodeind'),
      supervisionHoursPerWeek: num(values, 'begeleiding'),
      oneOffHours: num(values, 'eenmalig'),
      supervisorHourlyCost: num(values, 'uurkosten'),
      paysTravel: flag(values, 'reis'),
      kmPerDay: num(values, 'km'),
      daysPerWeek: num(values, 'dagen'),
      euroPerKm: num(values, 'perkm'),
      adjustmentCosts: num(values, 'aanpassingen'),
      expectsToHire: flag(values, 'aannemen'),
      recruitmentCost: num(values, 'werving'),
    });
    const productivity = formatNumber(r.averageProductivity * 100);
    const balanceCents = Math.round(r.balance * 100);
    const balance =
      balanceCents > 0
        ? `Per saldo levert de plaats u ${formatEuro(r.balance)} op.`
        : balanceCents < 0
          ? `Per saldo kost de plaats u ${formatEuro(-r.balance)}.`
          : 'Kosten en opbrengst zijn even groot.';
    const notes: string[] = [];
    const minimumWage = highestKnownAmount(parametersFor(year).minimumHourlyWage);
    if (r.hourlyWage < minimumWage.value) {
      notes.unshift(
        `Het uurloon van de vergelijkbare medewerker (${formatEuro(r.hourlyWage)}) is lager dan het minimumuurloon vanaf ${minimumWage.fromText} (${formatEuro(minimumWage.value)}). Controleer het maandloon en de contracturen.`,
      );
    }
    return {
      summary: `Kosten voor u: ${formatEuro(r.costs.total)}. Wat de plaats u oplevert: ${formatEuro(r.gains.total)}. ${balance}`,
      headline: `Kosten ${formatEuroWhole(r.costs.total)} · opbrengst ${formatEuroWhole(r.gains.total)}`,
      groups: [
        {
          heading: 'Wat de plaats u kost',
          rows: [
            { label: 'Tijd van de begeleider', amount: r.costs.supervision },
            { label: 'Reiskosten die u betaalt', amount: r.costs.travel },
            { label: 'Aanpassingen aan de werkplek', amount: r.costs.adjustments },
            { label: 'Kosten samen', amount: r.costs.total, isTotal: true },
          ],
        },
        {
          heading: 'Wat de plaats u oplevert',
          rows: [
            { label: `Waarde van het werk (gemiddeld ${productivity}% productief)`, amount: r.gains.workValue },
            { label: 'Wervingskosten die u mogelijk bespaart (uw schatting)', amount: r.gains.recruitmentCostAvoided },
            { label: 'Opbrengst samen', amount: r.gains.total, isTotal: true },
          ],
        },
        {
          heading: 'Per saldo',
          rows: [
            balanceRow(
              r.balance,
              { gain: 'Opbrengst min kosten', cost: 'Kosten min opbrengst', even: 'Kosten en opbrengst gelijk' },
              true,
            ),
          ],
        },
        {
          heading: 'Ter vergelijking, geen opbrengst',
          rows: [{ label: 'Loonkosten van dezelfde uren bij een ervaren medewerker', amount: r.wageNotPaid }],
        },
      ],
      notes,
    };
  },
};

/** The worked example of this calculator (see CalculatorExample): the tests run it, the page shows it. */
export const placementExample: CalculatorExample = {
  inputs: { jaar: '2026', maandloon: '3.120,00', contracturen: '36', lasten: '25' },
  // 3,120 × 12 / (36 × 52) = 20.00 an hour, 25.00 with charges; 16 h × 13 weeks = 208 h at an average 50%: 2,600.00
  // of work. Supervision (2 h × 13 weeks + 8 h) × 40.00 = 1,360.00.
  summary:
    'Kosten voor u: € 1.360,00. Wat de plaats u oplevert: € 2.600,00. Per saldo levert de plaats u € 1.240,00 op.',
  headline: 'Kosten € 1.360 · opbrengst € 2.600',
};
