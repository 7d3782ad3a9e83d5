// The bureau's result figures (resultaten.yaml of the content folder) in the editor; src/schemas/results.ts validates
// them at every build. A figure is only ever shown with what it measures, its period, its trajectories and its source.
import { fields, singleton } from '@keystatic/core';
import { resultSchema } from '../schemas/results';
import { inContentFolder } from './content-folder';
import { idText, limitedText, requiredDate } from './fields';

const shape = resultSchema.shape;

export const results = singleton({
  label: 'Resultaten',
  path: inContentFolder('resultaten'),
  format: { data: 'yaml' },
  previewUrl: '/over-ons/#resultaten',
  schema: {
    resultaten: fields.array(
      fields.object({
        id: idText('Code', 'Vaste code van kleine letters en streepjes, bijvoorbeeld geplaatst-2025.'),
        waarde: fields.number({
          label: 'Cijfer',
          description: 'Alleen het getal, bijvoorbeeld 21 voor 21%.',
          validation: { isRequired: true, min: 0 },
        }),
        eenheid: limitedText({
          label: 'Eenheid',
          description: 'Wat achter het getal staat: % of een woord zoals werkdagen.',
          schema: shape.eenheid,
        }),
        omschrijving: limitedText({
          label: 'Wat het cijfer meet',
          description:
            'Zoals het achter het cijfer staat, bijvoorbeeld "van de werknemers vond werk bij een andere werkgever".',
          schema: shape.omschrijving,
          multiline: true,
        }),
        periode: fields.object(
          {
            label: limitedText({
              label: 'Periode in woorden',
              description: 'Bijvoorbeeld 4e kwartaal 2025.',
              schema: shape.periode.shape.label,
            }),
            van: requiredDate('Van', 'De eerste dag van de periode.'),
            tot: requiredDate('Tot en met', 'De laatste dag van de periode.'),
          },
          { label: 'Periode', description: 'Over welke periode het cijfer gaat.' },
        ),
        aantalTrajecten: fields.integer({
          label: 'Aantal trajecten',
          description: 'Op hoeveel trajecten het cijfer is gebaseerd.',
          validation: { isRequired: true, min: 1 },
        }),
        bron: limitedText({
          label: 'Bron',
          description: 'Waar het cijfer vandaan komt, bijvoorbeeld "eigen registratie Q4 2025".',
          schema: shape.bron,
        }),
      }),
      {
        label: 'Resultaten',
        description: 'Het eerste resultaat staat op de homepage; alle resultaten staan op de pagina Over ons.',
        itemLabel: (item) =>
          `${item.fields.waarde.value ?? ''} ${item.fields.eenheid.value} – ${item.fields.periode.fields.label.value}`,
        validation: { length: { min: 1 } },
      },
    ),
  },
});
