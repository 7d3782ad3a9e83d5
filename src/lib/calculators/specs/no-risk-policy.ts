import type { CalculatorSpec } from '../calculator-view';
import { flag, num } from '../form-model';
import { formatEuro, formatEuroWhole } from '../../format/numbers';
import { calculateNoRiskPolicy } from '../no-risk-policy';

export const noRiskPolicySpec: CalculatorSpec = {
  prefix: 'nrp',
  title: 'Reken uit wat de no-riskpolis en het loonkostenvoordeel u opleveren',
  yearLabel: 'Startjaar van het contract',
  fields: [
    {
      kind: 'number',
      key: 'jaarloon',
      label: 'Brutojaarloon',
      hint: 'Inclusief vakantiegeld.',
      unit: '€',
      min: 0,
      max: 500000,
      defaultValue: () => 36000,
    },
    { kind: 'number', key: 'uren', label: 'Uren per week', unit: 'uur', min: 0, max: 60, defaultValue: () => 32 },
    {
      kind: 'number',
      key: 'ziektedagen',
      label: 'Ziektedagen per jaar',
      hint: 'Het aantal werkdagen dat u verwacht dat de werknemer ziek is.',
      unit: 'dagen',
      min: 0,
      max: 261,
      defaultValue: () => 10,
    },
    {
      kind: 'number',
      key: 'cao',
      label: 'Loon bij ziekte volgens cao of contract',
      hint: 'Tussen 70 en 100 procent (Ziektewet; stand januari 2026).',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 100,
    },
    {
      kind: 'number',
      key: 'jaren',
      label: 'Aantal jaren',
      hint: 'De no-riskpolis geldt meestal 5 jaar (artikel 29b Ziektewet), voor sommige groepen langer.',
      unit: 'jaar',
      min: 1,
      max: 5,
      integer: true,
      defaultValue: () => 5,
    },
    {
      kind: 'toggle',
      key: 'lkv',
      label: 'Er is een doelgroepverklaring voor het loonkostenvoordeel',
      hint: 'Deze vraagt u binnen 3 maanden na de start aan bij UWV (Wet tegemoetkomingen loondomein).',
      defaultValue: true,
    },
  ],
  compute(values, year, parametersFor) {
    const r = calculateNoRiskPolicy(
      {
        grossAnnualWage: num(values, 'jaarloon'),
        hoursPerWeek: num(values, 'uren'),
        sickDaysPerYear: num(values, 'ziektedagen'),
        caoPercentage: num(values, 'cao'),
        years: num(values, 'jaren'),
        lkvApplies: flag(values, 'lkv'),
        startYear: year,
      },
      parametersFor,
    );
    const reusedYears = r.perYear.filter((y) => y.parametersYear !== y.year).map((y) => y.year);
    const notes: string[] = [];
    if (reusedYears.length > 0) {
      notes.push(
        `Voor ${reusedYears.join(', ')} zijn de bedragen nog niet verwerkt. We rekenen met de bedragen van het laatst verwerkte jaar.`,
      );
    }
    return {
      summary: `Totaal over ${r.perYear.length} jaar: ${formatEuro(r.totals.total)}.`,
      headline: `Totaal over ${r.perYear.length} jaar ${formatEuroWhole(r.totals.total)}`,
      groups: [
        {
          heading: 'Wat u terugkrijgt',
          rows: [
            { label: 'Ziektewet-uitkering die UWV u betaalt', amount: r.totals.sicknessBenefit },
            { label: 'Loonkostenvoordeel', amount: r.totals.lkv },
            { label: 'Totaal dat u terugkrijgt', amount: r.totals.total, isTotal: true },
          ],
        },
        {
          heading: 'Ter vergelijking',
          rows: [{ label: 'Loon dat u zelf betaalt tijdens ziekte', amount: r.totals.wagePaidWhileSick }],
        },
      ],
      chart: [
        { label: 'Ziektewet-uitkering', amount: r.totals.sicknessBenefit },
        { label: 'Loon tijdens ziekte', amount: r.totals.wagePaidWhileSick },
        { label: 'Loonkostenvoordeel', amount: r.totals.lkv },
      ],
      table: {
        caption: 'Per jaar',
        head: ['Jaar', 'Ziektewet-uitkering', 'Loonkostenvoordeel', 'Totaal terug', 'Zelf betaald loon'],
        body: r.perYear.map((y) => [
          String(y.year),
          formatEuro(y.sicknessBenefit),
          formatEuro(y.lkv),
          formatEuro(y.total),
          formatEuro(y.wagePaidWhileSick),
        ]),
      },
      notes,
      links: [],
    };
  },
};
