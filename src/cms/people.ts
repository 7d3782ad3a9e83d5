// The bureau's people (mensen/<id>.yaml of the content folder) in the editor; src/schemas/person.ts validates them at
// every build. The file name is made from the name and becomes the anchor /over-ons/#<id> and the article author.
import { collection, fields } from '@keystatic/core';
import { personSchema } from '../schemas/person';
import { inContentFolder } from './content-folder';
import { lengthPattern, limitedText, optionalText, patternText } from './fields';

const shape = personSchema.shape;
export const people = collection({
  label: 'Mensen',
  path: inContentFolder('mensen/*'),
  slugField: 'naam',
  format: { data: 'yaml' },
  columns: ['naam', 'functie'],
  previewUrl: '/over-ons/',
  schema: {
    naam: fields.slug({
      name: {
        label: 'Naam',
        description: 'Voor- en achternaam, zoals op de site en bij artikelen.',
        validation: { pattern: lengthPattern(shape.naam) },
      },
      slug: {
        label: 'Code',
        description: 'Wordt het adres /over-ons/#<code> en de auteur van artikelen. Verander hem niet meer.',
        validation: {
          pattern: {
            regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
            message: 'Gebruik alleen kleine letters, cijfers en streepjes.',
          },
        },
      },
    }),
    functie: limitedText({
      label: 'Functie',
      description: 'Bijvoorbeeld Arbeidsdeskundige of Re-integratieadviseur.',
      schema: shape.functie,
    }),
    foto: fields.object(
      {
        bestand: fields.image({
          label: 'Foto',
          description: 'Een portretfoto (PNG, JPG of WebP), liefst vierkant. De site verkleint hem zelf.',
          directory: inContentFolder('afbeeldingen/mensen'),
          publicPath: 'afbeeldingen/mensen/',
          validation: { isRequired: true },
        }),
        alt: limitedText({
          label: 'Beschrijving van de foto (alt-tekst)',
          description: 'Wat staat er op de foto, voor wie hem niet ziet. Verplicht.',
          schema: shape.foto.shape.alt,
        }),
      },
      { label: 'Foto', description: 'Staat bij het profiel op de pagina Over ons.' },
    ),
    registraties: fields.array(
      limitedText({
        label: 'Registratie',
        description: 'Bijvoorbeeld Register Arbeidsdeskundige.',
        schema: shape.registraties.unwrap().element,
      }),
      {
        label: 'Registraties',
        description: 'Beroepsregisters en keurmerken van deze persoon. Mag leeg blijven.',
        itemLabel: (item) => item.value || 'Nieuwe registratie',
      },
    ),
    bio: limitedText({
      label: 'Over deze persoon',
      description: 'Een paar zinnen: wat doet deze persoon voor werkgevers en werknemers?',
      schema: shape.bio,
      multiline: true,
    }),
    telefoon: patternText(
      'Direct telefoonnummer',
      'Mag leeg blijven. Zoals bezoekers het lezen, bijvoorbeeld 020 123 45 67.',
      /^$|^\s*\+?[0-9][0-9 ()-]{7,18}[0-9]\s*$/,
      'Laat leeg of vul een telefoonnummer in, bijvoorbeeld 020 123 45 67.',
    ),
    email: patternText(
      'Direct e-mailadres',
      'Mag leeg blijven.',
      /^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      'Laat leeg of vul een e-mailadres in, bijvoorbeeld naam@bureau.nl.',
    ),
    linkedin: optionalText({
      label: 'LinkedIn',
      description: 'Mag leeg blijven. Het volledige adres, beginnend met https://www.linkedin.com/in/.',
      schema: { minLength: 20, maxLength: 200 },
    }),
    volgorde: fields.integer({
      label: 'Volgorde',
      description: 'Op de pagina Over ons komen lagere nummers eerst.',
      defaultValue: 100,
    }),
  },
});
