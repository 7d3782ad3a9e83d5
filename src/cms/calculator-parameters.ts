// The calculators' figures per year (content/rekenhulpen/parameters/<year>.yaml) in the editor: every amount with the
// date it applies from and its source, every estimate with the year it was measured in. Names come from the labels
// the site shows (src/lib/calculators/parameter-labels.ts); src/schemas/calculator-parameters.ts validates each file.
import { collection, fields } from '@keystatic/core';
import { estimateLabels, statutoryLabels, type ParameterLabel } from '../lib/calculators/parameter-labels';
import type { EstimateKey, StatutoryKey } from '../schemas/calculator-parameters';
import { patternText, requiredDate, requiredUrl } from './fields';

const UNIT_HINTS: Record<ParameterLabel['unit'], string> = {
  euro: 'In euro, met een punt voor de centen: 14.71.',
  percent: 'Als percentage, zonder %-teken: 70.',
  years: 'Aantal jaren.',
};

const note = () =>
  fields.text({
    label: 'Toelichting',
    description: 'Mag leeg blijven. Een korte uitleg in eigen woorden, die bij het bedrag op de site staat.',
    multiline: true,
  });

/** An amount fixed by law or by the government. */
function statutory(key: Exclude<StatutoryKey, 'minimumUurloon'>) {
  const { label, unit } = statutoryLabels[key];
  return fields.object(
    {
      waarde: fields.number({
        label: 'Bedrag',
        description: UNIT_HINTS[unit],
        validation: { isRequired: true, min: 0 },
      }),
      geldigVanaf: requiredDate('Geldt vanaf', 'De eerste dag waarop dit bedrag geldt, meestal 1 januari.'),
      bron: requiredUrl(
        'Bron',
        'Het webadres waar het bedrag staat, bij voorkeur van UWV, de Belastingdienst of de Rijksoverheid.',
      ),
      geraadpleegd: requiredDate(
        'Geraadpleegd op',
        'De datum van de versie van de bron die u las: bij een opgeslagen kopie de datum die de kopie toont.',
      ),
      toelichting: note(),
    },
    { label },
  );
}

/** An amount that changes within the year: one entry per period. */
function statutoryPeriods(key: 'minimumUurloon') {
  const { label, unit } = statutoryLabels[key];
  return fields.object(
    {
      perioden: fields.array(
        fields.object({
          geldigVanaf: requiredDate(
            'Geldt vanaf',
            'De eerste periode begint op 1 januari, een volgende bijvoorbeeld op 1 juli.',
          ),
          nogNietBekend: fields.checkbox({
            label: 'Nog niet bekend',
            description:
              'Aanvinken als het bedrag van deze periode nog niet is gepubliceerd; laat Bedrag en Bron dan leeg.',
            defaultValue: false,
          }),
          waarde: fields.number({ label: 'Bedrag', description: UNIT_HINTS[unit], validation: { min: 0 } }),
          bron: fields.url({
            label: 'Bron',
            description: 'Het webadres waar het bedrag staat. Verplicht zodra er een bedrag is.',
          }),
          geraadpleegd: fields.date({
            label: 'Geraadpleegd op',
            description: 'De datum van de versie van de bron die u las. Verplicht zodra er een bron is.',
          }),
          toelichting: note(),
        }),
        {
          label: 'Perioden',
          description: 'Het bedrag verandert in de loop van het jaar: één periode per bedrag, in volgorde van datum.',
          itemLabel: (item) => item.fields.geldigVanaf.value ?? 'Nieuwe periode',
          validation: { length: { min: 1 } },
        },
      ),
    },
    { label },
  );
}

/** An estimate from a study or a vendor, which the site calls an estimate. */
function estimate(key: EstimateKey) {
  const { label, unit } = estimateLabels[key];
  return fields.object(
    {
      waarde: fields.number({
        label: 'Schatting',
        description: UNIT_HINTS[unit],
        validation: { isRequired: true, min: 0 },
      }),
      peiljaar: fields.integer({
        label: 'Peiljaar',
        description: 'Het jaar waarop de schatting slaat.',
        validation: { isRequired: true, min: 2000, max: 2100 },
      }),
      bron: requiredUrl('Bron', 'Het webadres van het onderzoek of de bron van de schatting.'),
      geraadpleegd: requiredDate(
        'Geraadpleegd op',
        'De datum van de versie van de bron die u las: bij een opgeslagen kopie de datum die de kopie toont.',
      ),
      toelichting: note(),
    },
    { label },
  );
}

export const calculatorParameters = collection({
  label: 'Bedragen per jaar',
  path: 'content/rekenhulpen/parameters/*',
  slugField: 'jaar',
  format: { data: 'yaml' },
  columns: ['jaar'],
  schema: {
    jaar: patternText(
      'Jaar',
      'Het jaar van deze bedragen. Vanaf 1 januari van dat jaar rekenen de rekenhulpen er standaard mee.',
      /^20\d\d$/,
      'Vul een jaartal in, bijvoorbeeld 2027.',
    ),
    wettelijk: fields.object(
      {
        minimumUurloon: statutoryPeriods('minimumUurloon'),
        maximumDagloon: statutory('maximumDagloon'),
        ziektewetPercentage: statutory('ziektewetPercentage'),
        lkvUurbedrag: statutory('lkvUurbedrag'),
        lkvJaarMaximum: statutory('lkvJaarMaximum'),
        lkvJaren: statutory('lkvJaren'),
        reiskostenPerKm: statutory('reiskostenPerKm'),
      },
      {
        label: 'Wettelijke bedragen',
        description: 'Bedragen uit de wet of van de overheid, elk met de datum en de bron.',
      },
    ),
    schattingen: fields.object(
      {
        werkgeverslastenPercentage: estimate('werkgeverslastenPercentage'),
        kostenPerAanname: estimate('kostenPerAanname'),
        kostenPerVerzuimdag: estimate('kostenPerVerzuimdag'),
        kosten2eSpoorTraject: estimate('kosten2eSpoorTraject'),
        aandeelLoonsancties: estimate('aandeelLoonsancties'),
      },
      {
        label: 'Schattingen',
        description: 'Cijfers uit onderzoek of van aanbieders. De site noemt ze altijd schattingen.',
      },
    ),
  },
});
