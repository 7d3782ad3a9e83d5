import { balanceRow, type CalculatorSpec } from '../calculator-view';
import { num } from '../form-model';
import { formatEuro, formatEuroWhole, formatNumber } from '../../format/numbers';
import { calculateAbsenceCosts, type AbsenceCostsResult } from '../absence-costs';

/** One sentence on what a 2e spoor must change in the likelihood of a sanction to pay for itself. */
function breakEvenSentence(r: AbsenceCostsResult): string {
  if (r.breakEvenPoints === null) return 'Zonder weken loonsanctie is er geen sanctierisico om tegen af te wegen.';
  if (r.secondTrackNet <= 0) return 'Door de vergoeding van de inlener kost het 2e spoor u per saldo niets.';
  if (r.breakEvenPoints > 100)
    return 'Het 2e spoor kost meer dan een volledige loonsanctie; alleen op geld weegt het daar niet tegen op.';
  return `Het 2e spoor weegt op tegen het sanctierisico als het de kans op een loonsanctie met minstens ${formatNumber(Math.ceil(r.breakEvenPoints * 10) / 10)} procentpunt verlaagt.`;
}

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
      key: 'contracturen',
      label: 'Contracturen per week',
      hint: 'Nodig voor het minimumloon in het eerste ziektejaar.',
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
      kind: 'number',
      key: 'jaar1',
      label: 'Loon bij ziekte in het eerste jaar',
      hint: 'In 2026 vaak 100 procent volgens cao of contract; wettelijk 70 procent tot het maximumdagloon (artikel 7:629 BW), in het eerste jaar nooit onder het minimumloon.',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 100,
    },
    {
      kind: 'number',
      key: 'jaar2',
      label: 'Loon bij ziekte in het tweede jaar',
      hint: 'Vaak 70 procent tot het maximumdagloon, het wettelijk minimum (artikel 7:629 BW; stand januari 2026).',
      unit: '%',
      min: 70,
      max: 100,
      defaultValue: () => 70,
    },
    {
      kind: 'number',
      key: 'sanctie',
      label: 'Weken loonsanctie als UWV die oplegt',
      hint: 'UWV kan de loondoorbetaling met maximaal 52 weken verlengen (artikel 25 Wet WIA; stand januari 2026).',
      unit: 'weken',
      min: 0,
      max: 52,
      integer: true,
      defaultValue: () => 52,
    },
    {
      kind: 'number',
      key: 'kans',
      label: 'Kans op een loonsanctie zonder 2e spoor',
      hint: (p) =>
        `Uw eigen inschatting. Standaard staat hier hoe vaak UWV een loonsanctie oplegde in zijn onderzoek uit ${p.sanctionShareYear}: na ${formatNumber(p.sanctionShare)} procent van de toetsingen.`,
      unit: '%',
      min: 0,
      max: 100,
      defaultValue: (p) => p.sanctionShare,
    },
    {
      kind: 'number',
      key: 'kansmet',
      label: 'Kans op een loonsanctie met 2e spoor',
      hint: 'Uw eigen inschatting: ook met een 2e spoor kan UWV een sanctie opleggen. Cijfers over hoeveel lager de kans dan is, vonden wij niet.',
      unit: '%',
      min: 0,
      max: 100,
      defaultValue: (p) => p.sanctionShare,
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
  compute(values, year, parametersFor) {
    const p = parametersFor(year);
    const without = num(values, 'kans');
    const withTrack = num(values, 'kansmet');
    const weeks = num(values, 'sanctie');
    const hours = num(values, 'contracturen');
    const r = calculateAbsenceCosts({
      grossMonthly: num(values, 'maandloon'),
      contractHoursPerWeek: hours,
      employerChargesPercent: num(values, 'lasten'),
      payPercentYear1: num(values, 'jaar1'),
      payPercentYear2: num(values, 'jaar2'),
      minimumHourlyWage: p.minimumHourlyWage,
      firstSickDay: `${year}-01-01`,
      trajectoryCost: num(values, 'traject'),
      sanctionWeeks: weeks,
      sanctionLikelihoodWithoutPercent: without,
      sanctionLikelihoodWithPercent: withTrack,
      detacheringFeePerHour: num(values, 'tarief'),
      detacheringHoursPerWeek: num(values, 'deturen'),
      detacheringWeeks: num(values, 'detweken'),
    });
    const breakEven = breakEvenSentence(r);
    const notes: string[] = [];
    if (r.firstYearPeriods.some((period) => period.toppedUp)) {
      notes.push(
        `In het eerste ziektejaar vullen we het loon aan tot het minimumloon voor ${formatNumber(hours)} uur per week (regel in ${year}).`,
      );
    }
    for (const period of r.firstYearPeriods.filter((candidate) => candidate.assumed)) {
      notes.push(
        `Het minimumloon vanaf ${period.fromText} is nog niet verwerkt: het stond nog niet in onze bronnen. Voor die periode rekenen we met het bedrag van daarvoor: ${formatEuro(period.minimumWeekly / hours)} per uur.`,
      );
    }
    notes.push(
      `We gaan ervan uit dat het eerste ziektejaar op 1 januari ${year} begint. Loonkosten per werkdag bij 100 procent: ${formatEuro(r.costPerWorkingDay)}.`,
    );
    // A fee larger than all costs makes "with 2e spoor" a gain: said in words, never with a minus sign.
    const withTrackAmount =
      r.withSecondTrack >= 0
        ? formatEuro(r.withSecondTrack)
        : `per saldo een opbrengst van ${formatEuro(-r.withSecondTrack)}`;
    return {
      summary: `Verwachte kosten zonder 2e spoor: ${formatEuro(r.withoutSecondTrack)}; met 2e spoor: ${withTrackAmount}. ${breakEven}`,
      headline: `Zonder 2e spoor ${formatEuroWhole(r.withoutSecondTrack)} · met ${r.withSecondTrack >= 0 ? formatEuroWhole(r.withSecondTrack) : 'opbrengst'}`,
      groups: [
        {
          heading: 'Loondoorbetaling',
          rows: [
            { label: 'Eerste ziektejaar', amount: r.costYear1 },
            { label: 'Tweede ziektejaar', amount: r.costYear2 },
            { label: 'Samen, 104 weken', amount: r.cost104Weeks, isTotal: true },
          ],
        },
        {
          heading: 'Loonsanctie: een risico, geen zekerheid',
          rows: [
            { label: `Volledige loonsanctie van ${formatNumber(weeks)} weken`, amount: r.sanctionCost },
            { label: `Verwacht zonder 2e spoor (kans ${formatNumber(without)}%)`, amount: r.expectedSanctionWithout },
            { label: `Verwacht met 2e spoor (kans ${formatNumber(withTrack)}%)`, amount: r.expectedSanctionWith },
          ],
        },
        {
          heading: '2e spoor',
          rows: [
            { label: 'Kosten van het traject', amount: num(values, 'traject') },
            { label: 'Vergoeding van de inlener bij detachering', amount: r.feeRecovered },
            balanceRow(
              -r.secondTrackNet,
              { gain: 'Netto opbrengst van het 2e spoor', cost: 'Netto kosten van het 2e spoor' },
              true,
            ),
          ],
        },
        {
          heading: 'Verwachte kosten vergeleken',
          rows: [
            { label: 'Zonder 2e spoor', amount: r.withoutSecondTrack, isTotal: true },
            balanceRow(-r.withSecondTrack, { gain: 'Met 2e spoor: per saldo opbrengst', cost: 'Met 2e spoor' }, true),
            balanceRow(r.difference, {
              gain: 'Met 2e spoor verwacht u minder kosten',
              cost: 'Met 2e spoor verwacht u meer kosten',
              even: 'Verschil tussen beide',
            }),
            { label: 'Slechtste geval: geen 2e spoor en een volledige loonsanctie', amount: r.worstCase },
          ],
        },
      ],
      chart: [
        { label: '104 weken loon', amount: r.cost104Weeks },
        { label: 'Verwacht zonder 2e spoor', amount: r.withoutSecondTrack },
        { label: 'Verwacht met 2e spoor', amount: Math.max(r.withSecondTrack, 0) },
        { label: 'Slechtste geval', amount: r.worstCase },
      ],
      notes,
      links: [
        {
          text: 'Zet de stappen van de Wet verbetering poortwachter op datum met de poortwachter-planner',
          href: '/rekenhulpen/poortwachter-planner/',
        },
      ],
    };
  },
};
