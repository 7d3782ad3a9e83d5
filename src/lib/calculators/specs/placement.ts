import type { CalculatorSpec } from '../calculator-view';
import { flag, num } from '../form-model';
import { formatEuro } from '../../format/numbers';
import { calculatePlacement } from '../placement';

export const placementSpec: CalculatorSpec = {
  prefix: 'wep',
  title: 'Reken uit wat een werkervaringsplaats u oplevert',
  yearLabel: 'Rekenjaar',
  fields: [
    {
      kind: 'number',
      key: 'uren',
      label: 'Uren per week',
      hint: 'Hoeveel uur per week de kandidaat bij u werkt.',
      unit: 'uur',
      min: 0,
      max: 40,
      defaultValue: () => 16,
    },
    {
      kind: 'number',
      key: 'weken',
      label: 'Duur van de plaatsing',
      hint: 'Vaak ongeveer drie maanden (13 weken; praktijk in 2025).',
      unit: 'weken',
      min: 1,
      max: 104,
      integer: true,
      defaultValue: () => 13,
    },
    {
      kind: 'number',
      key: 'maandloon',
      label: 'Brutomaandloon van een vergelijkbare medewerker',
      hint: 'Het loon dat u een eigen medewerker in deze functie zou betalen.',
      unit: '€',
      min: 0,
      max: 50000,
      defaultValue: () => 3000,
    },
    {
      kind: 'number',
      key: 'contracturen',
      label: 'Contracturen van die medewerker',
      hint: 'Uren per week waarvoor dat maandloon geldt.',
      unit: 'uur',
      min: 1,
      max: 60,
      defaultValue: () => 38,
    },
    {
      kind: 'number',
      key: 'lasten',
      label: 'Werkgeverslasten bovenop het loon',
      hint: 'Een schatting; vul uw eigen percentage in als u dat weet.',
      unit: '%',
      min: 0,
      max: 100,
      defaultValue: (p) => p.employerChargesPercent,
    },
    {
      kind: 'toggle',
      key: 'reis',
      label: 'Ik betaal de reiskosten van de kandidaat',
      hint: 'Wie de reiskosten betaalt, spreekt u samen af.',
      defaultValue: false,
    },
    {
      kind: 'number',
      key: 'km',
      label: 'Kilometers per dag (heen en terug)',
      unit: 'km',
      min: 0,
      max: 500,
      defaultValue: () => 20,
      showIf: 'reis',
    },
    {
      kind: 'number',
      key: 'dagen',
      label: 'Werkdagen per week',
      unit: 'dagen',
      min: 0,
      max: 7,
      defaultValue: () => 4,
      showIf: 'reis',
    },
    {
      kind: 'number',
      key: 'perkm',
      label: 'Vergoeding per kilometer',
      hint: 'Standaard de onbelaste reiskostenvergoeding van het rekenjaar.',
      unit: '€',
      min: 0,
      max: 5,
      defaultValue: (p) => p.travelAllowancePerKm,
      showIf: 'reis',
    },
    {
      kind: 'toggle',
      key: 'aannemen',
      label: 'Ik verwacht de kandidaat daarna in dienst te nemen',
      defaultValue: false,
    },
    {
      kind: 'number',
      key: 'werving',
      label: 'Wervingskosten die u daarmee bespaart',
      hint: 'Een schatting; vul uw eigen bedrag in als u dat weet.',
      unit: '€',
      min: 0,
      max: 100000,
      defaultValue: (p) => p.recruitmentCost,
      showIf: 'aannemen',
    },
  ],
  compute(values, year, parametersFor) {
    const r = calculatePlacement({
      hoursPerWeek: num(values, 'uren'),
      weeks: num(values, 'weken'),
      grossMonthly: num(values, 'maandloon'),
      contractHoursPerWeek: num(values, 'contracturen'),
      employerChargesPercent: num(values, 'lasten'),
      paysTravel: flag(values, 'reis'),
      kmPerDay: num(values, 'km'),
      daysPerWeek: num(values, 'dagen'),
      euroPerKm: num(values, 'perkm'),
      expectsToHire: flag(values, 'aannemen'),
      recruitmentCost: num(values, 'werving'),
    });
    const notes = [
      'Neemt u de kandidaat in dienst na de wachttijd van 104 weken (regel sinds 2004)? Dan kunnen de no-riskpolis en het loonkostenvoordeel gelden.',
    ];
    const minimumWage = parametersFor(year).minimumHourlyWage;
    if (r.hourlyWage < minimumWage) {
      notes.unshift(
        `Het uurloon van de vergelijkbare medewerker (${formatEuro(r.hourlyWage)}) is lager dan het minimumuurloon van ${year} (${formatEuro(minimumWage)}). Controleer het maandloon en de contracturen.`,
      );
    }
    return {
      summary: `Resultaat voor u: ${formatEuro(r.netResult)}.`,
      rows: [
        { label: 'Loonkosten die u niet betaalt', amount: r.wageCostsNotPaid },
        { label: 'Reiskosten die u wel betaalt', amount: -r.travelCosts },
        { label: 'Wervingskosten die u bespaart', amount: r.recruitmentCostAvoided },
        { label: 'Resultaat voor u', amount: r.netResult, isTotal: true },
      ],
      chart: [
        { label: 'Loonkosten niet betaald', amount: r.wageCostsNotPaid },
        { label: 'Reiskosten betaald', amount: r.travelCosts },
        { label: 'Wervingskosten bespaard', amount: r.recruitmentCostAvoided },
      ],
      notes,
      link: {
        text: 'Reken uit wat de no-riskpolis en het loonkostenvoordeel u opleveren',
        href: '/rekenhulpen/no-riskpolis/',
      },
    };
  },
};
