import type { CalculatorExample, CalculatorDefinition } from '../calculator-view';
import { WORKING_DAYS_PER_YEAR } from '../conventions';
import { flag, num, type FormTexts } from '../form-model';
import { formatEuro, formatEuroWhole, formatNumber } from '../../format/numbers';
import { calculateNoRiskPolicy } from '../no-risk-policy';
import { highestKnownAmount } from '../year-parameters';

/** The Dutch texts of the form (see FormTexts: the island gets them from the server, not as code). */
export const noRiskPolicyTexts: FormTexts = {
  title: 'Reken uit wat u kunt terugkrijgen met de no-riskpolis en het loonkostenvoordeel',
  fields: {
    jaarloon: { label: 'Brutojaarloon', hint: 'Inclusief vakantiegeld.' },
    uren: { label: 'Uren per week' },
    ziektedagen: {
      label: 'Ziektedagen per jaar',
      hint: 'Uw eigen schatting: het aantal werkdagen dat u verwacht dat de werknemer ziek is.',
    },
    cao: {
      label: 'Loon bij ziekte volgens cao of contract',
      hint: 'Tussen 70 en 100 procent (Ziektewet; stand januari 2026).',
    },
    jaren: {
      label: 'Aantal jaren',
      hint: 'De no-riskpolis geldt meestal 5 jaar (artikel 29b Ziektewet), voor sommige groepen langer.',
    },
    lkv: {
      label: 'Er is een doelgroepverklaring voor het loonkostenvoordeel',
      hint: 'Deze vraagt u binnen 3 maanden na de start aan bij UWV (Wet tegemoetkomingen loondomein).',
    },
  },
};

export const noRiskPolicySpec: CalculatorDefinition = {
  prefix: 'nrp',
  yearLabel: 'Startjaar van het contract',
  fields: [
    {
      kind: 'number',
      key: 'jaarloon',
      unit: '€',
      min: 0,
      max: 500000,
      defaultValue: () => 36000,
    },
    { kind: 'number', key: 'uren', unit: 'uur', min: 0, max: 60, defaultValue: () => 32 },
    {
      kind: 'number',
      key: 'ziektedagen',
      unit: 'dagen',
      min: 0,
      max: 261,
      defaultValue: () => 10,
    },
    {
      kind: 'number',
      key: 'cao',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 100,
    },
    {
      kind: 'number',
      key: 'jaren',
      unit: 'jaar',
      min: 1,
      max: 5,
      integer: true,
      defaultValue: () => 5,
    },
    {
      kind: 'toggle',
      key: 'lkv',
      defaultValue: true,
    },
  ],
  compute(values, { year, parametersFor }) {
    const hours = num(values, 'uren');
    const sickDays = num(values, 'ziektedagen');
    const lkvApplies = flag(values, 'lkv');
    const r = calculateNoRiskPolicy(
      {
        grossAnnualWage: num(values, 'jaarloon'),
        hoursPerWeek: hours,
        sickDaysPerYear: sickDays,
        caoPercentage: num(values, 'cao'),
        years: num(values, 'jaren'),
        lkvApplies,
        startYear: year,
      },
      parametersFor,
    );
    const first = r.perYear[0]!;
    const cap = parametersFor(year).maximumDailyWage;
    const capped = num(values, 'jaarloon') / WORKING_DAYS_PER_YEAR > cap;
    const period = `${r.perYear.length} jaar`;
    const conditions = [
      'het contract bij u begint na de wachttijd van 104 weken van uw werknemer (regel sinds 2004);',
      'UWV de no-riskpolis voor uw werknemer heeft toegekend, bijvoorbeeld in de brief over de WIA-aanvraag;',
      'u uw werknemer bij ziekte binnen zes weken bij UWV ziek meldt en daarbij zegt dat de no-riskpolis geldt (stand 2026);',
      ...(lkvApplies ? ['UWV u een doelgroepverklaring geeft voor het loonkostenvoordeel;'] : []),
      `uw werknemer ${formatNumber(sickDays)} werkdagen per jaar ziek is: dat is uw eigen schatting.`,
    ];

    const notes: string[] = [];
    const minimumWage = highestKnownAmount(parametersFor(year).minimumHourlyWage);
    const annualMinimum = minimumWage.value * hours * 52;
    if (hours > 0 && num(values, 'jaarloon') < annualMinimum) {
      notes.push(
        `Het jaarloon is lager dan het minimumloon voor werknemers van 21 jaar en ouder bij ${formatNumber(hours)} uur per week vanaf ${minimumWage.fromText}: ${formatEuro(annualMinimum)} per jaar, zonder vakantiegeld. Controleer het jaarloon en de uren.`,
      );
    }
    notes.push(
      `Het dagloon is het jaarloon gedeeld door 261, maar nooit meer dan het maximumdagloon: ${formatEuro(cap)} in ${parametersFor(year).year}. Voor uw werknemer is het ${formatEuro(first.dailyWage)} per dag${capped ? ', het maximum' : ''}.`,
    );
    const reusedYears = r.perYear.filter((y) => y.parametersYear !== y.year).map((y) => y.year);
    if (reusedYears.length > 0) {
      notes.push(
        `Voor ${reusedYears.join(', ')} zijn de bedragen nog niet verwerkt. We rekenen met de bedragen van het laatst verwerkte jaar.`,
      );
    }
    return {
      summary: `Wat u kunt terugkrijgen als aan de voorwaarden is voldaan en uw werknemer ${formatNumber(sickDays)} werkdagen per jaar ziek is: ${formatEuro(r.totals.total)} in ${period}.`,
      headline: `Als alles geldt: ${formatEuroWhole(r.totals.total)} in ${period}`,
      conditions: { heading: 'Dit bedrag krijgt u alleen als', items: conditions },
      groups: [
        {
          heading: 'Dagloon, de basis van de uitkering',
          rows: [
            {
              label: `Dagloon in ${first.year}${capped ? ', gelijk aan het maximumdagloon' : ''}`,
              amount: first.dailyWage,
            },
          ],
        },
        {
          heading: 'Wat u kunt terugkrijgen',
          rows: [
            { label: 'Ziektewet-uitkering die UWV u betaalt', amount: r.totals.sicknessBenefit },
            { label: 'Loonkostenvoordeel', amount: r.totals.lkv },
            { label: 'Samen, als aan de voorwaarden is voldaan', amount: r.totals.total, isTotal: true },
          ],
        },
        {
          heading: 'Ter vergelijking',
          rows: [{ label: 'Loon dat u zelf betaalt tijdens ziekte', amount: r.totals.wagePaidWhileSick }],
        },
      ],
      table: {
        caption: 'Per jaar',
        head: ['Jaar', 'Ziektewet-uitkering', 'Loonkostenvoordeel', 'Samen terug', 'Zelf betaald loon'],
        body: r.perYear.map((y) => [
          String(y.year),
          formatEuro(y.sicknessBenefit),
          formatEuro(y.lkv),
          formatEuro(y.total),
          formatEuro(y.wagePaidWhileSick),
        ]),
      },
      notes,
    };
  },
};

/** The worked example of this calculator (see CalculatorExample): the tests run it, the page shows it. */
export const noRiskPolicyExample: CalculatorExample = {
  inputs: { jaar: '2026', jaarloon: '52.200', uren: '32', ziektedagen: '10' },
  // Dagloon 52,200 / 261 = 200 (below the 2026 maximum of 304.25); per year 100% × 200 × 10 days = 2,000.
  // LKV min(3.05 × 32 × 52, 6,000) = 5,075.20 for 3 years; 5 × 2,000 + 3 × 5,075.20 = 25,225.60.
  summary:
    'Wat u kunt terugkrijgen als aan de voorwaarden is voldaan en uw werknemer 10 werkdagen per jaar ziek is: € 25.225,60 in 5 jaar.',
  headline: 'Als alles geldt: € 25.226 in 5 jaar',
};
