// The lists the site is built from: topics and the glossary of the kennisbank, and the sectors of the offer
// form.
// Each is one file in the content folder holding one list; the zod schemas in src/schemas/ validate them at every build.
import { fields, singleton } from '@keystatic/core';
import { glossaryTermSchema } from '../schemas/glossary';
import { sectorSchema } from '../schemas/sectors';
import { topicSchema } from '../schemas/topics';
import { idText, limitedText, requiredDate, requiredUrl } from './fields';
import { inContentFolder } from './content-folder';

const ID_HINT = 'Vaste code van kleine letters en streepjes. Verander hem niet meer als hij in gebruik is.';

export const topicList = singleton({
  label: 'Onderwerpen',
  path: inContentFolder('onderwerpen'),
  format: { data: 'yaml' },
  schema: {
    onderwerpen: fields.array(
      fields.object({
        naam: limitedText({
          label: 'Naam',
          description: 'Zoals bezoekers het onderwerp zien.',
          schema: topicSchema.shape.naam,
        }),
        id: idText('Code', `${ID_HINT} Wordt ook het webadres /kennisbank/onderwerp/<code>/.`),
        omschrijving: limitedText({
          label: 'Omschrijving',
          description: 'Eén zin over het onderwerp, bovenaan de onderwerppagina.',
          schema: topicSchema.shape.omschrijving,
          multiline: true,
        }),
      }),
      {
        label: 'Onderwerpen',
        description: 'Elk artikel kiest er één of meer. De volgorde hier is de volgorde op de site.',
        itemLabel: (item) => item.fields.naam.value || 'Nieuw onderwerp',
        validation: { length: { min: 1 } },
      },
    ),
  },
});

export const sectorList = singleton({
  label: 'Sectoren (formulier)',
  path: inContentFolder('sectoren'),
  format: { data: 'yaml' },
  schema: {
    sectoren: fields.array(
      fields.object({
        naam: limitedText({
          label: 'Naam',
          description: 'Zoals de sector op het formulier en in de e-mail staat.',
          schema: sectorSchema.shape.naam,
        }),
        id: idText('Code', `${ID_HINT} Het formulier verstuurt deze code.`),
      }),
      {
        label: 'Sectoren',
        description: 'De keuzes bij "Sector" op het formulier Werkervaringsplaats aanbieden, in deze volgorde.',
        itemLabel: (item) => item.fields.naam.value || 'Nieuwe sector',
        validation: { length: { min: 1 } },
      },
    ),
  },
});

const glossaryShape = glossaryTermSchema.shape;

export const glossaryList = singleton({
  label: 'Begrippen',
  path: inContentFolder('begrippen'),
  format: { data: 'yaml' },
  schema: {
    begrippen: fields.array(
      fields.object({
        term: limitedText({
          label: 'Begrip',
          description: 'Zoals het begrip op de begrippenpagina staat, bijvoorbeeld Loonsanctie.',
          schema: glossaryShape.term,
        }),
        id: idText('Code', `${ID_HINT} Wordt het anker /kennisbank/begrippen/#<code>.`),
        vormen: fields.array(
          limitedText({
            label: 'Woordvorm',
            description: 'Een woord of woordgroep zoals die in artikelen staat.',
            schema: glossaryShape.vormen.element,
          }),
          {
            label: 'Woordvormen',
            description:
              'Het eerste gebruik van elke vorm in een artikel linkt naar dit begrip (hele woorden; hoofdletters tellen niet). Een vorm hoort bij één begrip.',
            itemLabel: (item) => item.value || 'Nieuwe woordvorm',
            validation: { length: { min: 1 } },
          },
        ),
        uitleg: limitedText({
          label: 'Uitleg',
          description: 'Twee eigen zinnen in gewone taal. Een cijfer staat altijd met een jaartal.',
          schema: glossaryShape.uitleg,
          multiline: true,
        }),
        bron: fields.object(
          {
            titel: limitedText({
              label: 'Naam van de bron',
              description: 'Bijvoorbeeld "UWV – Loonsanctie".',
              schema: glossaryShape.bron.shape.titel,
            }),
            url: requiredUrl('Webadres', 'Het volledige webadres, officieel waar dat kan.'),
            geraadpleegd: requiredDate(
              'Geraadpleegd op',
              'De datum van de versie die u las: bij een opgeslagen kopie de datum die de kopie toont.',
            ),
          },
          { label: 'Bron', description: 'Waar de uitleg te controleren is.' },
        ),
      }),
      {
        label: 'Begrippen',
        description: 'De begrippenlijst van de kennisbank. Houd de lijst op alfabet van het begrip.',
        itemLabel: (item) => item.fields.term.value || 'Nieuw begrip',
        validation: { length: { min: 1 } },
      },
    ),
  },
});
