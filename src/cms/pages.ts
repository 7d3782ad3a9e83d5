// The fixed pages in paginas/ of the content folder (privacy, disclaimer, toegankelijkheid) in the editor.
import { collection, fields } from '@keystatic/core';
import { pageSchema } from '../schemas/page';
import { pageComponents } from './content-components';
import { lengthPattern, limitedText, requiredDate } from './fields';
import { inContentFolder } from './content-folder';

export const pages = collection({
  label: 'Vaste pagina’s',
  path: inContentFolder('paginas/*'),
  slugField: 'titel',
  format: { contentField: 'inhoud' },
  entryLayout: 'content',
  columns: ['titel', 'bijgewerkt'],
  previewUrl: '/{slug}/',
  schema: {
    titel: fields.slug({
      name: {
        label: 'Titel',
        description: 'De kop van de pagina en de tekst in het tabblad van de browser.',
        validation: { pattern: lengthPattern(pageSchema.shape.titel) },
      },
      slug: {
        label: 'Webadres',
        description:
          'Bijvoorbeeld "privacy" voor /privacy/. Verander het niet meer: links in de voettekst gaan dan stuk.',
        validation: {
          pattern: {
            regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
            message: 'Gebruik alleen kleine letters, cijfers en streepjes.',
          },
        },
      },
    }),
    omschrijving: limitedText({
      label: 'Samenvatting',
      description: 'Eén zin voor zoekmachines.',
      schema: pageSchema.shape.omschrijving,
      multiline: true,
    }),
    bijgewerkt: requiredDate('Bijgewerkt op', 'De datum van de laatste inhoudelijke wijziging.'),
    inhoud: fields.mdx({
      label: 'Tekst',
      description:
        'Gebruik koppen van niveau 2 en 3. Met "Gegevens bureau" zet u bijvoorbeeld het e-mailadres in de tekst.',
      options: { heading: [2, 3], image: false },
      components: pageComponents,
    }),
  },
});
