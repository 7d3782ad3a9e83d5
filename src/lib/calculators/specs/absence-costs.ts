import type { CalculatorSpec } from '../calculator-view';
import { num } from '../form-model';
import { formatEuro } from '../../format/numbers';
import { calculateAbsenceCosts } from '../absence-costs';

export const absenceCostsSpec: CalculatorSpec = {
  prefix: 'vzk',
  title: 'Reken uit wat langdurig verzuim kost',
  yearLabel: 'Rekenjaar',
  fields: [
    {
      kind: 'number',
      key: 'maandloon',
      label: 'Brutomaandloon van de zieke werknemer',
      unit: '€',
      min: 0,
      max: 50000,
      defaultValue: () => 3000,
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
      kind: 'number',
      key: 'jaar1',
      label: 'Loon bij ziekte in het eerste jaar',
      hint: 'Vaak 100 procent, volgens cao of contract. Wettelijk minstens 70 procent en niet onder het minimumloon (stand 2026).',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 100,
    },
    {
      kind: 'number',
      key: 'jaar2',
      label: 'Loon bij ziekte in het tweede jaar',
      hint: 'Vaak 70 procent, het wettelijk minimum (stand 2026).',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 70,
    },
    {
      kind: 'number',
      key: 'traject',
      label: 'Kosten van een 2e-spoortraject',
      hint: 'Een schatting; prijzen verschillen per aanbieder.',
      unit: '€',
      min: 0,
      max: 50000,
      defaultValue: (p) => p.secondTrackCost,
    },
    {
      kind: 'number',
      key: 'sanctie',
      label: 'Weken loonsanctie',
      hint: 'UWV kan de loondoorbetaling met maximaal 52 weken verlengen (stand 2026).',
      unit: 'weken',
      min: 0,
      max: 52,
      integer: true,
      defaultValue: () => 52,
    },
    {
      kind: 'number',
      key: 'tarief',
      label: 'Uurtarief dat de inlener betaalt bij detachering (optioneel)',
      hint: 'Vul 0 in als er geen vergoeding is.',
      unit: '€',
      min: 0,
      max: 500,
      defaultValue: () => 0,
    },
    {
      kind: 'number',
      key: 'deturen',
      label: 'Uren per week gedetacheerd',
      unit: 'uur',
      min: 0,
      max: 60,
      defaultValue: () => 16,
    },
    {
      kind: 'number',
      key: 'detweken',
      label: 'Weken gedetacheerd',
      unit: 'weken',
      min: 0,
      max: 104,
      integer: true,
      defaultValue: () => 13,
    },
  ],
  compute(values) {
    const r = calculateAbsenceCosts({
      grossMonthly: num(values, 'maandloon'),
      employerChargesPercent: num(values, 'lasten'),
      payPercentYear1: num(values, 'jaar1'),
      payPercentYear2: num(values, 'jaar2'),
      trajectoryCost: num(values, 'traject'),
      sanctionWeeks: num(values, 'sanctie'),
      detacheringFeePerHour: num(values, 'tarief'),
      detacheringHoursPerWeek: num(values, 'deturen'),
      detacheringWeeks: num(values, 'detweken'),
    });
    const comparison =
      r.difference >= 0
        ? `Een 2e spoor kost in dit voorbeeld ${formatEuro(r.difference)} minder dan een loonsanctie.`
        : `Een 2e spoor kost in dit voorbeeld ${formatEuro(-r.difference)} meer dan een loonsanctie.`;
    return {
      summary: `Loondoorbetaling 104 weken: ${formatEuro(r.cost104Weeks)}. ${comparison}`,
      rows: [
        { label: 'Loondoorbetaling in jaar 1', amount: r.costYear1 },
        { label: 'Loondoorbetaling in jaar 2', amount: r.costYear2 },
        { label: 'Loondoorbetaling over 104 weken', amount: r.cost104Weeks, isTotal: true },
        { label: 'Extra kosten van een loonsanctie', amount: r.sanctionCost },
        { label: 'Vergoeding van de inlener bij detachering', amount: r.feeRecovered },
        { label: 'Zonder 2e spoor, met loonsanctie', amount: r.withSanction, isTotal: true },
        { label: 'Met 2e spoor, zonder loonsanctie', amount: r.withSecondTrack, isTotal: true },
      ],
      chart: [
        { label: '104 weken loon', amount: r.cost104Weeks },
        { label: 'Met loonsanctie', amount: r.withSanction },
        { label: 'Met 2e spoor', amount: r.withSecondTrack },
      ],
      notes: [
        comparison,
        `Loonkosten per werkdag bij 100 procent: ${formatEuro(r.costPerWorkingDay)}.`,
        'Een 2e spoor is geen garantie dat UWV geen loonsanctie oplegt. Het gaat om voldoende inspanningen voor re-integratie.',
      ],
    };
  },
};
