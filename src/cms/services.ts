// The bureau's services (diensten/<slug>.mdx of the content folder) in the editor; src/schemas/service.ts validates
// them at every build, and the build checks that every article and tool named here exists.
import { collection, fields } from '@keystatic/core';
import { TOOL_SLUGS } from '../lib/calculators/catalogue';
import { PRICE_KINDS, priceSchema, serviceSchema } from '../schemas/service';
import { inContentFolder } from './content-folder';
import { lengthPattern, limitedText, optionalText } from './fields';

const shape = serviceSchema.shape;
const priceShape = priceSchema.shape;
const stepShape = shape.stappen.element.shape;
const lineShape = priceShape.regels.unwrap().element.shape;
const PRICE_KIND_LABELS: Record<(typeof PRICE_KINDS)[number], string> = {
  vast: 'Vaste prijs',
  vanaf: 'Vanaf-prijs',
  'op-aanvraag': 'Op aanvraag (geen bedrag)',
};

/** A list of short lines of text. */
const lines = (label: string, description: string, itemHint: string) =>
  fields.array(limitedText({ label, description: itemHint, schema: shape.watUKrijgt.element }), {
    label,
    description,
    itemLabel: (item) => item.value || 'Nieuwe regel',
  });

export const services = collection({
  label: 'Diensten',
  path: inContentFolder('diensten/*'),
  slugField: 'titel',
  format: { contentField: 'inhoud' },
  entryLayout: 'content',
  columns: ['titel'],
  previewUrl: '/diensten/{slug}/',
  schema: {
    titel: fields.slug({
      name: {
        label: 'Naam van de dienst',
        description: 'Bijvoorbeeld 2e-spoortraject. De kop van de pagina en de keuze in het aanvraagformulier.',
        validation: { pattern: lengthPattern(shape.titel) },
      },
      slug: {
        label: 'Webadres',
        description: 'Wordt /diensten/<webadres>/. Verander het niet meer na publicatie: links gaan dan stuk.',
        validation: {
          pattern: {
            regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
            message: 'Gebruik alleen kleine letters, cijfers en streepjes.',
          },
        },
      },
    }),
    samenvatting: limitedText({
      label: 'Samenvatting',
      description: 'Eén of twee zinnen voor de lijst van diensten en zoekmachines.',
      schema: shape.samenvatting,
      multiline: true,
    }),
    voorWie: limitedText({
      label: 'Voor wie',
      description: 'De situatie van de werkgever voor wie deze dienst is.',
      schema: shape.voorWie,
      multiline: true,
    }),
    watUKrijgt: lines('Wat u krijgt', 'Wat de werkgever krijgt, één punt per regel. Minstens één.', 'Eén punt.'),
    stappen: fields.array(
      fields.object({
        titel: limitedText({ label: 'Stap', description: 'Korte naam, bijvoorbeeld Intake.', schema: stepShape.titel }),
        tekst: limitedText({
          label: 'Wat er gebeurt',
          description: 'Eén of twee zinnen.',
          schema: stepShape.tekst,
          multiline: true,
        }),
      }),
      {
        label: 'Stappen',
        description: 'De stappen in volgorde, zoals u ze noemt. Minstens één.',
        itemLabel: (item) => item.fields.titel.value || 'Nieuwe stap',
        validation: { length: { min: 1 } },
      },
    ),
    duur: limitedText({ label: 'Duur', description: 'Bijvoorbeeld 3 of 6 maanden.', schema: shape.duur }),
    start: limitedText({
      label: 'Start',
      description: 'Hoe snel u begint, bijvoorbeeld binnen 5 werkdagen na uw akkoord.',
      schema: shape.start,
    }),
    prijs: fields.object(
      {
        soort: fields.select({
          label: 'Soort prijs',
          description: 'Bij "Op aanvraag" laat u de bedragen leeg.',
          options: PRICE_KINDS.map((kind) => ({ label: PRICE_KIND_LABELS[kind], value: kind })),
          defaultValue: 'vast',
        }),
        regels: fields.array(
          fields.object({
            omschrijving: limitedText({
              label: 'Omschrijving',
              description: 'Bijvoorbeeld Traject van 3 maanden.',
              schema: lineShape.omschrijving,
            }),
            bedrag: fields.number({
              label: 'Bedrag in euro, exclusief btw',
              description: 'Alleen het getal, bijvoorbeeld 1775.',
              validation: { isRequired: true, min: 0 },
            }),
          }),
          {
            label: 'Bedragen',
            description: 'Eén regel per variant. Bij een vanaf-prijs is het bedrag de laagste prijs.',
            itemLabel: (item) => item.fields.omschrijving.value || 'Nieuw bedrag',
          },
        ),
        jaar: fields.integer({
          label: 'Jaar',
          description: 'Het jaar waarin de bedragen gelden, bijvoorbeeld 2026. Verplicht bij bedragen.',
        }),
        toelichting: optionalText({
          label: 'Toelichting bij de prijs',
          description: 'Mag leeg blijven. Bijvoorbeeld wat er in de prijs zit.',
          schema: { minLength: 5, maxLength: 200 },
        }),
      },
      { label: 'Prijs', description: 'Bedragen altijd exclusief btw en met het jaar waarin ze gelden.' },
    ),
    voorbereiden: lines(
      'Wat de werkgever voorbereidt',
      'Stukken die u na de aanvraag vraagt. Mag leeg blijven. Vraag nooit om medische gegevens.',
      'Eén stuk of taak.',
    ),
    artikelen: fields.array(
      fields.relationship({
        label: 'Artikel',
        description: 'Een artikel uit de kennisbank.',
        collection: 'kennisbank',
      }),
      {
        label: 'Artikelen die deze dienst uitleggen',
        description: 'Mag leeg blijven.',
        itemLabel: (item) => item.value ?? 'Nieuw artikel',
      },
    ),
    rekenhulpen: fields.multiselect({
      label: 'Rekenhulpen die erbij helpen',
      description: 'Mag leeg blijven.',
      options: TOOL_SLUGS.map((slug) => ({ label: slug, value: slug })),
    }),
    volgorde: fields.integer({
      label: 'Volgorde',
      description: 'Op de pagina Diensten en in het aanvraagformulier komen lagere nummers eerst.',
      defaultValue: 100,
    }),
    inhoud: fields.mdx({
      label: 'Meer uitleg',
      description: 'Komt op de pagina onder de prijs. Gebruik koppen van niveau 2 en 3.',
      options: { heading: [2, 3], image: false },
    }),
  },
});
