// The page text of each tool (rekenhulpen/<slug>.mdx of the content folder) in the editor: one form per tool in the catalogue, so
// a text can be changed but not added or removed (a new calculator needs code; see the README).
import { fields, singleton } from '@keystatic/core';
import { inline } from '@keystatic/core/content-components';
import { TOOL_SLUGS, type ToolSlug } from '../lib/calculators/catalogue';
import { estimateLabels, statutoryLabels } from '../lib/calculators/parameter-labels';
import { topics } from '../data/taxonomy';
import { calculatorPageSchema } from '../schemas/calculator-page';
import { limitedText, optionsFrom } from './fields';
import { inContentFolder } from './content-folder';

const shape = calculatorPageSchema.shape;
const callShape = shape.oproep.shape;

const amountOptions = Object.entries({ ...statutoryLabels, ...estimateLabels }).map(([key, { label }]) => ({
  label,
  value: key,
}));

/** `<Bedrag naam="…" />`: a parameter of the latest year, so a figure in the text never goes out of date. */
const textComponents = {
  Bedrag: inline({
    label: 'Bedrag uit de parameters',
    description: 'Een bedrag uit het nieuwste parameterbestand, met de datum waarop het geldt en de bron.',
    schema: {
      naam: fields.select({ label: 'Welk bedrag', options: amountOptions, defaultValue: amountOptions[0]!.value }),
    },
  }),
};

function calculatorPage(slug: string) {
  return singleton({
    label: `Rekenhulp: ${slug}`,
    path: inContentFolder(`rekenhulpen/${slug}`),
    format: { contentField: 'uitleg' },
    entryLayout: 'content',
    previewUrl: `/rekenhulpen/${slug}/`,
    schema: {
      titel: limitedText({
        label: 'Titel',
        description: 'De kop van de pagina, ook de linktekst op de lijst van rekenhulpen.',
        schema: shape.titel,
      }),
      omschrijving: limitedText({
        label: 'Samenvatting',
        description: 'Eén zin voor zoekmachines.',
        schema: shape.omschrijving,
        multiline: true,
      }),
      inleiding: limitedText({
        label: 'Inleiding',
        description: 'Onder de kop: voor wie de rekenhulp is en wat hij laat zien.',
        schema: shape.inleiding,
        multiline: true,
      }),
      lijsttekst: limitedText({
        label: 'Tekst op de lijst van rekenhulpen',
        description: 'Staat onder de link op /rekenhulpen/.',
        schema: shape.lijsttekst,
        multiline: true,
      }),
      volgorde: fields.integer({
        label: 'Volgorde',
        description: 'Plaats op de lijst van rekenhulpen: 1 komt eerst.',
        validation: { isRequired: true, min: 1 },
      }),
      oproep: fields.object(
        {
          titel: limitedText({
            label: 'Kop',
            description: 'Kop van het blok onder een artikel.',
            schema: callShape.titel,
          }),
          tekst: limitedText({
            label: 'Tekst',
            description: 'Eén zin over wat de rekenhulp voor de lezer doet.',
            schema: callShape.tekst,
            multiline: true,
          }),
        },
        {
          label: 'Oproep onder artikelen',
          description: 'Het blok aan het eind van artikelen over de onderwerpen hieronder.',
        },
      ),
      onderwerpen: fields.multiselect({
        label: 'Onderwerpen',
        description: 'Artikelen over deze onderwerpen eindigen met een oproep naar deze rekenhulp.',
        options: optionsFrom(topics),
      }),
      uitleg: fields.mdx({
        label: 'Hoe rekenen we dit?',
        description: 'Uitleg onder de rekenhulp. Zet bedragen erin met "Bedrag uit de parameters", niet als los getal.',
        options: { heading: [3, 4], image: false },
        components: textComponents,
      }),
    },
  });
}

/** One editor form per tool on /rekenhulpen/ (the calculators and the planner), keyed "rekenhulp-<slug>". */
export const calculatorPages = Object.fromEntries(
  TOOL_SLUGS.map((slug) => [`rekenhulp-${slug}`, calculatorPage(slug)]),
) as Record<`rekenhulp-${ToolSlug}`, ReturnType<typeof calculatorPage>>;
