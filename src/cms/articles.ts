// Kennisbank articles in the editor: every frontmatter field of src/schemas/article.ts, then the text with the
// site's components as blocks. The build validates the saved file with that zod schema; the limits here come from it.
import { collection, fields } from '@keystatic/core';
import { people } from '../data/people';
import { topics } from '../data/taxonomy';
import { EDITORIAL_AUTHOR_ID } from '../lib/content-files';
import { audiences } from '../lib/knowledge-base/audiences';
import { createArticleSchema } from '../schemas/article';
import { articleComponents } from './content-components';
import { lengthPattern, limitedText, optionsFrom, requiredDate, requiredUrl } from './fields';
import { inContentFolder } from './content-folder';

const authorOptions = [
  { label: 'Redactie (het bureau)', value: EDITORIAL_AUTHOR_ID },
  ...people.map((person) => ({ label: `${person.naam}, ${person.functie}`, value: person.id })),
];
const shape = createArticleSchema({
  topicIds: topics.map((t) => t.id),
  authorIds: authorOptions.map((option) => option.value),
}).shape;
const faqShape = shape.veelgesteldeVragen.unwrap().element.shape;
const sourceShape = shape.bronnen.element.shape;

/** "Werkplek Foto.PNG" becomes "werkplek-foto.png": no spaces or capitals in a web address. */
const imageFileName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');

export const articles = collection({
  label: 'Kennisbank',
  path: inContentFolder('kennisbank/*'),
  slugField: 'titel',
  format: { contentField: 'inhoud' },
  entryLayout: 'content',
  columns: ['titel', 'bijgewerkt'],
  previewUrl: '/kennisbank/{slug}/',
  schema: {
    titel: fields.slug({
      name: {
        label: 'Titel',
        description: 'De kop van het artikel, ook in lijsten en in het tabblad van de browser.',
        validation: { pattern: lengthPattern(shape.titel) },
      },
      slug: {
        label: 'Webadres',
        description: 'Het laatste deel van het webadres. Verander het niet meer na publicatie: links gaan dan stuk.',
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
      description: 'Eén of twee zinnen voor lijsten, zoekresultaten en zoekmachines.',
      schema: shape.omschrijving,
      multiline: true,
    }),
    doelgroep: fields.multiselect({
      label: 'Voor wie',
      description: 'Kies minstens één groep lezers.',
      options: audiences.map((audience) => ({ label: audience.title, value: audience.id })),
    }),
    onderwerpen: fields.multiselect({
      label: 'Onderwerpen',
      description: 'Kies minstens één onderwerp. Nieuwe onderwerpen voegt u toe onder "Onderwerpen".',
      options: optionsFrom(topics),
    }),
    auteur: fields.select({
      label: 'Auteur',
      description: 'De redactie, of iemand van het bureau. Nieuwe mensen voegt u toe onder "Mensen".',
      options: authorOptions,
      defaultValue: EDITORIAL_AUTHOR_ID,
    }),
    inhoud: fields.mdx({
      label: 'Tekst',
      description: 'Begin met een kop "In het kort". Gebruik koppen van niveau 2 en 3; de titel is al de hoofdkop.',
      options: {
        heading: [2, 3],
        image: {
          directory: inContentFolder('kennisbank/afbeeldingen'),
          publicPath: './afbeeldingen/',
          transformFilename: imageFileName,
          schema: {
            alt: fields.text({
              label: 'Beschrijving (alt-tekst)',
              description: 'Wat staat er op de afbeelding, voor wie hem niet ziet. Verplicht.',
              validation: { isRequired: true },
            }),
            title: fields.text({ label: 'Titel', description: 'Mag leeg blijven.' }),
          },
        },
      },
      components: articleComponents,
    }),
    bronnen: fields.array(
      fields.object({
        titel: limitedText({
          label: 'Naam van de bron',
          description: 'Zoals de bron in de lijst staat, bijvoorbeeld "UWV – Proefplaatsing".',
          schema: sourceShape.titel,
        }),
        url: requiredUrl('Webadres', 'Het volledige webadres, beginnend met https://.'),
        geraadpleegd: requiredDate(
          'Geraadpleegd op',
          'De datum van de versie die u las: bij een opgeslagen kopie de datum die de kopie toont, niet de dag van lezen.',
        ),
      }),
      {
        label: 'Bronnen',
        description: 'Elke bron waarop het artikel steunt, officieel waar dat kan. Minstens één.',
        itemLabel: (item) => item.fields.titel.value || 'Nieuwe bron',
        validation: { length: { min: 1 } },
      },
    ),
    veelgesteldeVragen: fields.array(
      fields.object({
        vraag: limitedText({ label: 'Vraag', description: 'Zoals een lezer de vraag stelt.', schema: faqShape.vraag }),
        antwoord: limitedText({
          label: 'Antwoord',
          description: 'Eén alinea gewone tekst.',
          schema: faqShape.antwoord,
          multiline: true,
        }),
      }),
      {
        label: 'Veelgestelde vragen',
        description: 'Mag leeg blijven. Het blok "Veelgestelde vragen" in de tekst toont ze.',
        itemLabel: (item) => item.fields.vraag.value || 'Nieuwe vraag',
      },
    ),
    gepubliceerd: requiredDate('Gepubliceerd op', 'De datum waarop het artikel voor het eerst online kwam.'),
    bijgewerkt: requiredDate('Bijgewerkt op', 'De datum van de laatste inhoudelijke wijziging.'),
    feitenGecontroleerd: requiredDate(
      'Feiten gecontroleerd op',
      'De nieuwste datum "Geraadpleegd op" van de bronnen waarbij u de cijfers hebt nagekeken; nooit later dan die.',
    ),
    uitgelicht: fields.integer({
      label: 'Uitgelicht',
      description: 'Mag leeg blijven. Een nummer zet het artikel bovenaan de kennisbank; 1 komt eerst.',
      validation: { min: 1 },
    }),
    concept: fields.checkbox({
      label: 'Concept',
      description: 'Aangevinkt: het artikel staat nog niet op de site.',
      defaultValue: false,
    }),
  },
});
