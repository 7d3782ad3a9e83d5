// The figure rule of the content (content/README.md): every euro amount, percentage or number of weeks stands in a
// sentence, table row or list item that also names a year (2000–2099), unless it is one of the site's own examples
// inside <Voorbeeld>…</Voorbeeld> or a key figure with its year in <Kerncijfer … jaar="…">. This module splits text
// and MDX into those units, finds the figures and the years, and lists the units that break the rule.

/** One sentence, table row or list item with a figure but without a year. */
export interface FigureViolation {
  /** The unit as a reader sees it (Markdown and tags removed, spaces collapsed). */
  sentence: string;
  /** The figures found in it, e.g. ["€ 3,05", "52 weken"]. */
  figures: string[];
}

const ONES = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
/** A Dutch number word from één to 999 ("zes", "dertien", "tweeënvijftig", "honderdvier"); "een" alone is an article. */
const BELOW_HUNDRED = `(?:${alt(['een', 'één', ...ONES])}(?:en|ën)${alt(TENS)}|${alt(TENS)}|${alt(TEENS)}|${alt(ONES)}|één)`;
const NUMBER_WORD = `(?:${alt(ONES)}?honderd(?:en)?${BELOW_HUNDRED}?|${BELOW_HUNDRED})`;
/** A number written in digits: "3", "3,05", "6.000", "1.234,56". */
const DIGITS = String.raw`\d+(?:[.,]\d+)*`;
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** Euro amounts, percentages and numbers of weeks, in digits or Dutch words. */
const FIGURE = new RegExp(
  [
    // € 3,05 · €6.000 · € 25,-
    String.raw`€\s*${DIGITS}(?:,-)?`,
    // 300 euro · drieduizend euro is not matched; twintig euro is
    `${WORD_START}(?:${DIGITS}|${NUMBER_WORD})\\s*(?:euro|EUR)${WORD_END}`,
    // 70% · 70 procent · zeventig procent
    `${WORD_START}${DIGITS}\\s*%`,
    `${WORD_START}(?:${DIGITS}|${NUMBER_WORD})\\s*procent${WORD_END}`,
    // 104 weken · 1 week · acht weken · zes-weken
    `${WORD_START}(?:${DIGITS}|${NUMBER_WORD})(?:\\s+|-)(?:weken|week)${WORD_END}`,
    // week 93 · week zes
    `${WORD_START}week\\s+(?:${DIGITS}|${NUMBER_WORD})${WORD_END}`,
  ].join('|'),
  'giu',
);

/** A four-digit year 2000–2099 that is not part of a longer number. */
const YEAR = /(?<![\d.,])20\d\d(?![\d]|[.,]\d)/u;

/** The euro amounts, percentages and numbers of weeks in `text`, as written. */
export function findFigures(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((match) => match[0].replace(/\s+/g, ' '));
}

/** True when `text` names a year 2000–2099 outside its figures (so "€ 2.025" or "2030 euro" is no year). */
export function hasYear(text: string): boolean {
  return YEAR.test(text.replace(FIGURE, ' '));
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = [
  'art',
  'artt',
  'nr',
  'bijv',
  'ca',
  'incl',
  'excl',
  'max',
  'min',
  'blz',
  'mr',
  'dhr',
  'mevr',
  'o.a',
  'e.d',
  'd.w.z',
  'm.b.t',
  't.a.v',
  'i.v.m',
  'resp',
  'vgl',
  'zgn',
];
const ABBREVIATION_END = new RegExp(
  `(?:^|[\\s(])(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')})\\.$`,
  'iu',
);

/**
 * Splits plain text into sentences: after ".", "!", "?" or "…" followed by a space and a capital, a quote or
 * bracket before a capital, or "€". A full stop after a known abbreviation ("art.", "bijv.") does not end one.
 */
export function splitSentences(text: string): string[] {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (normalised === '') return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of normalised.matchAll(/[.!?…]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}€])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION_END.test(normalised.slice(start, end))) continue;
    sentences.push(normalised.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(normalised.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/** Visible text of inline Markdown: link and image text kept, targets, bare addresses and markup removed. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(?:https?:|mailto:)[^>\s]*>/g, ' ')
    .replace(/https?:\/\/\S*[^\s.,;:!?)'"]/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .replace(/(\*\*|__|\*|`|~~)/g, '')
    .replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `<Kerncijfer …>` elements that carry a year in their `jaar` attribute (with their content, or self-closing). */
const KEY_FIGURE_WITH_YEAR =
  /<Kerncijfer\b(?=[^>]*\bjaar=(?:"[^"]*\d{4}[^"]*"|'[^']*\d{4}[^']*'|\{\s*\d{4}\s*\}))[^>]*?(?:\/>|>[\s\S]*?<\/Kerncijfer>)/g;
/** `<Voorbeeld>…</Voorbeeld>` blocks (nesting is not supported by the component either). */
const EXAMPLE = /<Voorbeeld\b[^>]*?(?:\/>|>[\s\S]*?<\/Voorbeeld>)/g;
/** Attributes of a component that are shown as text: a title or a value. */
const VISIBLE_ATTRIBUTE = /\b(?:titel|waarde)=(?:"([^"]*)"|'([^']*)')/g;
/** An opening, closing or self-closing JSX or HTML tag. */
const TAG = /<\/?[A-Za-z][\w.]*(?:\s[^<>]*?)?\/?>/g;

/**
 * The sentences, table rows and list-item sentences of an MDX body that the figure rule applies to. Examples
 * (<Voorbeeld>) and key figures with a year (<Kerncijfer jaar="…">) are left out; code blocks, comments, imports
 * and tags are removed, and the `titel` and `waarde` attributes of components count as units of their own.
 * Headings, list items and table rows (cells joined with "|") are units of their own; paragraphs are split into
 * sentences.
 */
export function mdxUnits(body: string): string[] {
  const units: string[] = [];
  const cleaned = body
    .replace(/\r\n?/g, '\n')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(EXAMPLE, '\n\n')
    .replace(KEY_FIGURE_WITH_YEAR, '\n\n')
    .replace(TAG, (tag) => {
      const texts = [...tag.matchAll(VISIBLE_ATTRIBUTE)].map((match) => match[1] ?? match[2] ?? '');
      // A component's title or value becomes a block of its own; the tag itself leaves a word break.
      return texts.length > 0 ? `\n\n${texts.join('\n\n')}\n\n` : ' ';
    });

  let block: string[] = [];
  let isListItem = false;
  const flush = () => {
    const text = inlineText(block.join(' '));
    if (text !== '') units.push(...(isListItem ? [text] : splitSentences(text)));
    block = [];
    isListItem = false;
  };
  for (const rawLine of cleaned.split('\n')) {
    const line = rawLine.replace(/^\s*(?:>\s?)+/, '').trim();
    if (line === '') {
      flush();
    } else if (/^#{1,6}\s/.test(line)) {
      flush();
      const heading = inlineText(line.replace(/^#{1,6}\s+/, '').replace(/\s#+$/, ''));
      if (heading) units.push(heading);
    } else if (line.startsWith('|')) {
      flush();
      if (/^\|?[\s:|-]+$/.test(line)) continue;
      const cells = line
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => inlineText(cell))
        .filter((cell) => cell !== '');
      if (cells.length > 0) units.push(cells.join(' | '));
    } else if (/^(?:[-*+]|\d+[.)])\s+/.test(line)) {
      flush();
      isListItem = true;
      block.push(line.replace(/^(?:[-*+]|\d+[.)])\s+/, ''));
    } else if (/^(?:---+|\*\*\*+|___+)$/.test(line)) {
      flush();
    } else {
      block.push(line);
    }
  }
  flush();
  return units;
}

/** The units among `units` that name a figure but no year. */
export function figureViolations(units: readonly string[]): FigureViolation[] {
  return units.flatMap((sentence) => {
    const figures = findFigures(sentence);
    return figures.length > 0 && !hasYear(sentence) ? [{ sentence, figures }] : [];
  });
}

/** Violations of the figure rule in an MDX body (an article, a fixed page). */
export function checkMdx(body: string): FigureViolation[] {
  return figureViolations(mdxUnits(body));
}

/** Violations of the figure rule in plain text (an FAQ answer, a calculator hint, a glossary explanation). */
export function checkText(text: string): FigureViolation[] {
  return figureViolations(splitSentences(text));
}
