// The calculators' figures per year (rekenhulpen/parameters/<year>.yaml of the content folder) in the editor: every amount with the
// date it applies from and its source, every estimate with the year it was measured in. The fields, their order and
// their labels come from the parameter registry (src/lib/calculators/parameter-registry.ts), the same list that makes
// src/schemas/calculator-parameters.ts, which validates each file.
import { collection, fields } from '@keystatic/core';
import {
  ESTIMATE_PARAMETERS,
  STATUTORY_PARAMETERS,
  type EstimateParameter,
  type ParameterUnit,
  type StatutoryParameter,
} from '../lib/calculators/parameter-registry';
import { patternText, requiredDate, requiredUrl } from './fields';
import { inContentFolder } from './content-folder';

const UNIT_HINTS: Record<ParameterUnit, string> = {
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
function statutory({ label, unit }: StatutoryParameter) {
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
function statutoryPeriods({ label, unit }: StatutoryParameter) {
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
function estimate({ label, unit }: EstimateParameter) {
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

/** The `wettelijk` fields, one per statutory parameter of the registry, typed by key like the zod schema. */
type StatutoryFields = {
  [P in StatutoryParameter as P['dutchKey']]: P['kind'] extends 'statutoryPeriods'
    ? ReturnType<typeof statutoryPeriods>
    : ReturnType<typeof statutory>;
};
const statutoryFields = Object.fromEntries(
  STATUTORY_PARAMETERS.map((parameter) => [
    parameter.dutchKey,
    parameter.kind === 'statutoryPeriods' ? statutoryPeriods(parameter) : statutory(parameter),
  ]),
) as StatutoryFields;

/** The `schattingen` fields, one per estimate of the registry. */
type EstimateFields = { [P in EstimateParameter as P['dutchKey']]: ReturnType<typeof estimate> };
const estimateFields = Object.fromEntries(
  ESTIMATE_PARAMETERS.map((parameter) => [parameter.dutchKey, estimate(parameter)]),
) as EstimateFields;

export const calculatorParameters = collection({
  label: 'Bedragen per jaar',
  path: inContentFolder('rekenhulpen/parameters/*'),
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
    wettelijk: fields.object(statutoryFields, {
      label: 'Wettelijke bedragen',
      description: 'Bedragen uit de wet of van de overheid, elk met de datum en de bron.',
    }),
    schattingen: fields.object(estimateFields, {
      label: 'Schattingen',
      description: 'Cijfers uit onderzoek of van aanbieders. De site noemt ze altijd schattingen.',
    }),
  },
});
