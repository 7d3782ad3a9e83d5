// Client stories (verhalen/<id>.yaml of the content folder) in the editor; src/schemas/story.ts validates them at every
// build, and refuses a story without the client's consent.
import { collection, fields } from '@keystatic/core';
import { storySchema } from '../schemas/story';
import { inContentFolder } from './content-folder';
import { lengthPattern, limitedText, optionalText, requiredDate } from './fields';

const shape = storySchema.shape;

export const stories = collection({
  label: 'Verhalen van klanten',
  path: inContentFolder('verhalen/*'),
  slugField: 'titel',
  format: { data: 'yaml' },
  columns: ['titel', 'datum'],
  previewUrl: '/over-ons/#verhalen',
  schema: {
    titel: fields.slug({
      name: {
        label: 'Titel',
        description: 'De kop van het verhaal.',
        validation: { pattern: lengthPattern(shape.titel) },
      },
      slug: {
        label: 'Bestandsnaam',
        description: 'Kleine letters en streepjes.',
        validation: {
          pattern: {
            regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
            message: 'Gebruik alleen kleine letters, cijfers en streepjes.',
          },
        },
      },
    }),
    tekst: limitedText({
      label: 'Verhaal',
      description: 'Een paar zinnen in gewone taal. Geen diagnose of andere medische gegevens.',
      schema: shape.tekst,
      multiline: true,
    }),
    toestemming: fields.checkbox({
      label: 'De klant gaf schriftelijk toestemming om dit verhaal te publiceren',
      description: 'Verplicht: zonder dit vinkje weigert de site het verhaal.',
    }),
    geanonimiseerd: fields.checkbox({
      label: 'Zonder naam en organisatie publiceren',
      description: 'Staat standaard aan. Zet het alleen uit als de klant ook toestemming gaf om genoemd te worden.',
      defaultValue: true,
    }),
    naam: optionalText({
      label: 'Naam van de klant',
      description: 'Alleen zichtbaar als het verhaal niet anoniem is.',
      schema: { minLength: 2, maxLength: 80 },
    }),
    organisatie: optionalText({
      label: 'Organisatie',
      description: 'Alleen zichtbaar als het verhaal niet anoniem is.',
      schema: { minLength: 2, maxLength: 80 },
    }),
    dienst: fields.relationship({
      label: 'Dienst',
      description: 'Over welke dienst het verhaal gaat. Mag leeg blijven.',
      collection: 'diensten',
    }),
    datum: requiredDate('Datum', 'Wanneer het traject afliep of het verhaal is opgeschreven.'),
  },
});
