// The site's MDX components as blocks an editor can insert. Names and props are the ones editors type in a file
// (src/components/knowledge-base/mdx-components.ts maps them to the components that render them).
import { fields, NotEditable } from '@keystatic/core';
import { block, inline, repeating, wrapper } from '@keystatic/core/content-components';
import { createElement, useEffect, useState, type ReactNode } from 'react';
import { CALCULATORS } from '../lib/calculators/catalogue';
import { requiredUrl } from './fields';

/** What a block shows inside the editor's text, so an editor sees the choice without opening it. */
const summary = (text: string) => createElement('span', { style: { fontSize: '0.95em' } }, text);

/** Calculators to choose from, named by the title of their page text. */
const calculatorTexts = import.meta.glob<string>('@content/rekenhulpen/*.mdx', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const calculatorTitles = new Map(
  Object.entries(calculatorTexts).map(([path, text]) => [
    path.replace(/^.*\//, '').replace(/\.mdx$/, ''),
    /^titel:\s*(.+)$/m.exec(text)?.[1]?.trim(),
  ]),
);
const titleOf = (slug: string) => calculatorTitles.get(slug) ?? slug;
const calculatorOptions = CALCULATORS.map(({ slug }) => ({ label: titleOf(slug), value: slug }));

/** The Kader as the reader will see it: the colours and headings of src/components/knowledge-base/Callout.astro. */
const CALLOUT_LOOK = {
  info: { label: 'Goed om te weten', border: '#0b5563', background: '#eef6f7' },
  'let-op': { label: 'Let op', border: '#b45309', background: '#fff4e5' },
  tip: { label: 'Tip', border: '#2e7d32', background: '#edf7ed' },
} as const;

function CalloutView({ value, children }: { value: { soort: string; titel: string }; children: ReactNode }) {
  const look = CALLOUT_LOOK[value.soort as keyof typeof CALLOUT_LOOK] ?? CALLOUT_LOOK.info;
  return createElement(
    'div',
    {
      style: {
        borderInlineStart: `4px solid ${look.border}`,
        background: look.background,
        paddingInline: '0.75rem',
        paddingBlock: '0.25rem',
      },
    },
    createElement(
      NotEditable,
      { style: { fontWeight: 600, color: look.border } },
      value.titel ? `${look.label}: ${value.titel}` : look.label,
    ),
    children,
  );
}

/** A heading above a block's own text (Voorbeeld, Kerncijfers), when it has one. */
function TitledView({ value, children }: { value: { titel: string }; children: ReactNode }) {
  return createElement(
    'div',
    null,
    value.titel ? createElement(NotEditable, { style: { fontWeight: 600 } }, value.titel) : null,
    children,
  );
}

function KeyFigureView({
  value,
  children,
}: {
  value: { waarde: string; jaar: string; bronNaam: string };
  children: ReactNode;
}) {
  return createElement(
    'div',
    null,
    createElement(
      NotEditable,
      { style: { fontSize: '1.4em', fontWeight: 700 } },
      value.waarde || '(nog geen cijfer)',
      createElement(
        'span',
        { style: { fontSize: '0.6em', fontWeight: 400, marginInlineStart: '0.5em' } },
        [value.jaar, value.bronNaam].filter(Boolean).join(', '),
      ),
    ),
    children,
  );
}

/** The rows of the entry's "Veelgestelde vragen" field, or null when it is not on the page. */
function readFaqRows(): { group: Element; questions: string[] } | null {
  const label = [...document.querySelectorAll('[id]')].find(
    (element) => element.textContent?.trim() === 'Veelgestelde vragen' && !element.closest('.ProseMirror'),
  );
  const group = label && document.querySelector(`[role="group"][aria-labelledby~="${label.id}"]`);
  if (!group) return null;
  return { group, questions: [...group.querySelectorAll('[role="row"]')].map((row) => row.textContent?.trim() ?? '') };
}

/**
 * The questions of the article's "Veelgestelde vragen" field. Keystatic gives a block no access to other fields, so
 * they are read from the form next to the text (its rows show each question). If Keystatic's markup changes, this
 * falls back to a sentence naming the field.
 */
function useFaqQuestions(): string[] | null {
  const [questions, setQuestions] = useState<string[] | null>(null);
  useEffect(() => {
    let watched: Element | null = null;
    const observer = new MutationObserver(() => read());
    function read() {
      const found = readFaqRows();
      const next = found?.questions ?? null;
      setQuestions((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
      // Watch the field itself once it is found, not the whole page (the text changes on every key).
      if (found && found.group !== watched) {
        watched = found.group;
        observer.disconnect();
        observer.observe(found.group, { childList: true, subtree: true, characterData: true });
      }
    }
    read();
    if (!watched) observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return questions;
}

function FaqView() {
  const questions = useFaqQuestions();
  if (!questions) return summary('De vragen en antwoorden uit het veld "Veelgestelde vragen".');
  if (questions.length === 0) return summary('Nog geen vragen: voeg ze toe in het veld "Veelgestelde vragen".');
  return createElement(
    'ol',
    { style: { margin: 0, paddingInlineStart: '1.25rem' } },
    ...questions.map((question, index) => createElement('li', { key: index }, question)),
  );
}

/** Blocks for kennisbank articles. */
export const articleComponents = {
  Callout: wrapper({
    label: 'Kader',
    description: 'Een opvallend blok met een korte opmerking, waarschuwing of tip.',
    schema: {
      soort: fields.select({
        label: 'Soort',
        description: 'Bepaalt de kleur en de kop boven het kader.',
        options: [
          { label: 'Goed om te weten (blauw)', value: 'info' },
          { label: 'Let op (oranje)', value: 'let-op' },
          { label: 'Tip (groen)', value: 'tip' },
        ],
        defaultValue: 'info',
      }),
      titel: fields.text({ label: 'Titel', description: 'Mag leeg blijven; dan staat de soort als kop.' }),
    },
    ContentView: CalloutView,
  }),
  Voorbeeld: wrapper({
    label: 'Voorbeeld',
    description: 'Een uitgewerkt voorbeeld of rekenvoorbeeld, apart van de lopende tekst.',
    schema: {
      titel: fields.text({ label: 'Titel', description: 'Bijvoorbeeld "Rekenvoorbeeld". Mag leeg blijven.' }),
    },
    ContentView: TitledView,
  }),
  Kerncijfers: repeating({
    label: 'Kerncijfers',
    description: 'Een rij belangrijke cijfers, elk met jaar en bron.',
    children: ['Kerncijfer'],
    validation: { children: { min: 1 } },
    schema: {
      titel: fields.text({ label: 'Titel', description: 'Kop boven de cijfers, bijvoorbeeld "Kerncijfers 2026".' }),
    },
    ContentView: TitledView,
  }),
  Kerncijfer: wrapper({
    label: 'Kerncijfer',
    description: 'Eén cijfer met een korte uitleg eronder.',
    forSpecificLocations: true,
    schema: {
      waarde: fields.text({
        label: 'Cijfer',
        description: 'Zoals het groot in beeld komt, bijvoorbeeld "104 weken" of "€ 316,89".',
        validation: { isRequired: true },
      }),
      jaar: fields.text({
        label: 'Jaar',
        description: 'Het jaar waarvoor het cijfer geldt, of een periode zoals 2019–2025.',
        validation: {
          pattern: {
            regex: /^20\d\d(?:[–-]20\d\d)?$/,
            message: 'Vul een jaartal in, bijvoorbeeld 2026, of een periode zoals 2019–2025.',
          },
        },
      }),
      bron: requiredUrl('Bron (webadres)', 'Het volledige webadres van de bron, officieel waar dat kan.'),
      bronNaam: fields.text({
        label: 'Naam van de bron',
        description: 'Bijvoorbeeld "UWV" of "Rijksoverheid".',
        validation: { isRequired: true },
      }),
    },
    ContentView: KeyFigureView,
  }),
  Rekenhulp: block({
    label: 'Rekenhulp',
    description: 'Zet een rekenhulp in het artikel, met uitleg over hoe die rekent.',
    schema: {
      naam: fields.select({
        label: 'Welke rekenhulp',
        description: 'Elke rekenhulp mag maar één keer in een artikel staan.',
        options: calculatorOptions,
        defaultValue: calculatorOptions[0]!.value,
      }),
    },
    ContentView: ({ value }) =>
      summary(calculatorOptions.find((option) => option.value === value.naam)?.label ?? value.naam),
  }),
  VeelgesteldeVragen: block({
    label: 'Veelgestelde vragen',
    description: 'Toont de vragen en antwoorden uit het veld "Veelgestelde vragen" van dit artikel.',
    schema: {},
    ContentView: FaqView,
  }),
  PoortwachterTijdlijn: block({
    label: 'Tijdlijn poortwachter',
    description: 'De stappen van de Wet verbetering poortwachter, van week 1 tot week 104.',
    schema: {
      markeer: fields.select({
        label: 'Markeer',
        description: 'Laat een stap extra opvallen.',
        options: [
          { label: 'Niets markeren', value: '' },
          { label: 'Het tweede spoor', value: 'tweede-spoor' },
        ],
        defaultValue: '',
      }),
    },
    ContentView: ({ value }) =>
      summary(value.markeer ? 'Week 1 tot 104, met het tweede spoor gemarkeerd.' : 'Week 1 tot 104.'),
  }),
};

/** Inline values for the fixed pages (privacy, disclaimer, toegankelijkheid). */
export const pageComponents = {
  Bureau: inline({
    label: 'Gegevens bureau',
    description: 'Een gegeven uit "Gegevens bureau", dat zo altijd klopt.',
    schema: {
      veld: fields.select({
        label: 'Welk gegeven',
        options: [
          { label: 'Naam', value: 'naam' },
          { label: 'E-mailadres', value: 'email' },
          { label: 'Telefoonnummer', value: 'telefoon' },
          { label: 'Adres', value: 'adres' },
          { label: 'KvK-nummer', value: 'kvkNummer' },
        ],
        defaultValue: 'email',
      }),
    },
  }),
};
