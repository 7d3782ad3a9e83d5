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
import { previewUrl } from './preview-url';
import { requiredMultiselect } from './required-multiselect';
import { withTrailingParagraph } from './trailing-paragraph';

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

const conceptCheckbox = fields.checkbox({
  label: 'Concept',
  description:
    'Aangevinkt: het artikel staat alleen op het voorbeeldadres, niet op de website. Haal het vinkje weg om te publiceren.',
  defaultValue: false,
});
/**
 * A new article starts as a draft, while a file without `concept:` still reads as published (as the build reads it).
 * The list of articles shows "Concept" or "Klaar" in this column.
 */
const concept = {
  ...conceptCheckbox,
  defaultValue: () => true,
  reader: {
    parse: (value: Parameters<typeof conceptCheckbox.reader.parse>[0]) =>
      conceptCheckbox.reader.parse(value) ? 'Concept' : 'Klaar',
  },
};

const publishedDate = requiredDate(
  'Gepubliceerd op',
  'De dag waarop het artikel online komt. Een datum in de toekomst plant het: het verschijnt die ochtend vanzelf.',
  { defaultToday: true },
);
/** In the list of articles: the date, with "gepland" when it lies after today (the article is scheduled). */
const gepubliceerd = {
  ...publishedDate,
  reader: {
    parse: (value: Parameters<typeof publishedDate.reader.parse>[0]) => {
      const date = publishedDate.reader.parse(value);
      if (!date) return '';
      const today = new Date().toLocaleDateString('en-CA');
      return date > today ? `${date} (gepland)` : date;
    },
  },
};

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
  // Keystatic always puts the web address (Slug) first and sorts by it; a click on "Titel" sorts by title.
  columns: ['titel', 'concept', 'gepubliceerd', 'bijgewerkt'],
  previewUrl: previewUrl('/kennisbank/{slug}/'),
  schema: {
    titel: fields.slug({
      name: {
        label: 'Titel',
        description: 'De kop van het artikel, ook in lijsten en in het tabblad van de browser.',
        validation: { isRequired: true, pattern: lengthPattern(shape.titel) },
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
    // Right under the title, so the writer sees at once whether the article is live.
    concept,
    omschrijving: limitedText({
      label: 'Samenvatting',
      description: 'Eén of twee zinnen voor lijsten, zoekresultaten en zoekmachines.',
      schema: shape.omschrijving,
      multiline: true,
    }),
    doelgroep: requiredMultiselect({
      label: 'Voor wie',
      description: 'Kies minstens één groep lezers.',
      options: audiences.map((audience) => ({ label: audience.title, value: audience.id })),
      message: 'Kies voor wie het artikel is.',
    }),
    onderwerpen: requiredMultiselect({
      label: 'Onderwerpen',
      description: 'Kies minstens één onderwerp. Nieuwe onderwerpen voegt u toe onder "Onderwerpen".',
      options: optionsFrom(topics),
      message: 'Kies minstens één onderwerp.',
    }),
    auteur: fields.select({
      label: 'Auteur',
      description: 'De redactie, of iemand van het bureau. Nieuwe mensen voegt u toe onder "Mensen".',
      options: authorOptions,
      defaultValue: EDITORIAL_AUTHOR_ID,
    }),
    inhoud: withTrailingParagraph(
      fields.mdx({
        label: 'Tekst',
        description: 'Gebruik koppen van niveau 2 en 3; de titel is al de hoofdkop.',
        // Only what articles use: no quotes, code, dividers or strikethrough (a file that has them no longer opens).
        options: {
          heading: [2, 3],
          blockquote: false,
          code: false,
          codeBlock: false,
          divider: false,
          strikethrough: false,
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
    ),
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
    gepubliceerd,
    bijgewerkt: requiredDate('Bijgewerkt op', 'De datum van de laatste inhoudelijke wijziging.', {
      defaultToday: true,
    }),
    feitenGecontroleerd: requiredDate(
      'Feiten gecontroleerd op',
      'De nieuwste datum "Geraadpleegd op" van de bronnen waarbij u de cijfers hebt nagekeken; nooit later dan die.',
    ),
    uitgelicht: fields.integer({
      label: 'Uitgelicht',
      description: 'Mag leeg blijven. Een nummer zet het artikel bovenaan de kennisbank; 1 komt eerst.',
      validation: { min: 1 },
    }),
  },
});
