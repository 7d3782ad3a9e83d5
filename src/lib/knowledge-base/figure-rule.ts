// The figure rule of the content (content/README.md): every euro amount, percentage or number of weeks stands in a
// sentence, table row or list item that also names a year (2000–2099), unless it is one of the site's own examples
// inside <Voorbeeld>…</Voorbeeld> or a key figure with its year in <Kerncijfer … jaar="…">. Statutory durations and
// deadlines (a curated list of rule phrases: "104 weken", "twee jaar", "drie maanden", "week 42", …) must also name
// their year or their legal basis ("art. 7:629 BW", "Wet verbetering poortwachter") in the same unit or the one before;
// a number of weeks that is such a rule phrase may name its legal basis instead of a year. This module splits text and
// MDX into those units, finds the figures, rule phrases, years and legal bases, and lists the units that break the rule.

/** One sentence, table row or list item with a figure but without a year, or a rule phrase without year or basis. */
export interface FigureViolation {
  /** The unit as a reader sees it (Markdown and tags removed, spaces collapsed). */
  sentence: string;
  /** The figures and rule phrases that lack their year or legal basis, e.g. ["€ 3,05", "twee jaar"]. */
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

/** A number in digits or as one of the Dutch words in `words`. */
const numberIn = (digits: readonly number[], words: readonly string[]) => `(?:${digits.join('|')}|${words.join('|')})`;

/**
 * Statutory durations and deadlines: the periods and weeks that the law, UWV or the Werkwijzer Poortwachter set, as
 * editors write them. Curated rather than every duration, so "drie maanden proberen" in an example of the site's own
 * stays free while "binnen drie maanden" for the doelgroepverklaring needs its year or basis.
 */
const RULE_PHRASE = new RegExp(
  [
    // twee jaar · 5 jaar · tien jaren · twaalf jaar: the wachttijd, the no-riskpolis, the LKV, the ERD-WGA period
    `${WORD_START}${numberIn([1, 2, 3, 5, 10, 12], ['één', 'twee', 'drie', 'vijf', 'tien', 'twaalf'])}\\s+(?:jaar|jaren)${WORD_END}`,
    // twee ziektejaren, the two years of wage payment
    `${WORD_START}(?:2|twee)\\s+ziektejaren${WORD_END}`,
    // twee, drie or zes maanden: the proefplaatsing, the doelgroepverklaring and the 2e-spoor exception, the TV claim
    `${WORD_START}${numberIn([2, 3, 6], ['twee', 'drie', 'zes'])}\\s+maanden${WORD_END}`,
    // 104 weken · 52 weken · 42 weken · 26 weken · 13 weken · zes weken · acht weken · vier weken
    `${WORD_START}${numberIn([104, 52, 42, 26, 16, 13, 8, 6, 4], ['honderdvier', 'tweeënvijftig', 'tweeënveertig', 'zesentwintig', 'zestien', 'dertien', 'acht', 'zes', 'vier'])}(?:\\s+|-)weken${WORD_END}`,
    // week 6 · week 42 · week 93 …: the fixed moments of the Wet verbetering poortwachter
    `${WORD_START}week\\s+(?:6|8|42|52|88|91|93|104|zes|acht)${WORD_END}`,
  ].join('|'),
  'giu',
);

/**
 * A legal basis a reader can look up: an article of a law ("art. 7:629 BW", "artikel 29b Ziektewet", "art. 24
 * WIA"), the Burgerlijk Wetboek, or a named law or rule book ("Wet verbetering poortwachter", "Werkwijzer
 * Poortwachter"). A bare "de wet" or a word like "Ziektewet-uitkering" is no basis.
 */
const LEGAL_BASIS = new RegExp(
  [
    String.raw`\bart(?:ikel|\.)\s*\d+[a-z]?(?::\d+[a-z]?)?`,
    String.raw`\b\d+:\d+[a-z]?\s+BW\b`,
    String.raw`\bBW\b`,
    String.raw`\bBurgerlijk Wetboek\b`,
    String.raw`\b(?:Wet verbetering poortwachter|Werkwijzer Poortwachter|Beleidsregels beoordelingskader poortwachter|Wet werk en inkomen naar arbeidsvermogen|Wet tegemoetkomingen loondomein|Arbeidstijdenwet|Waadi|Wtta|Wet SUWI|Protocol Voorzieningen)\b`,
    String.raw`\b(?:Ziektewet|Wet WIA|Wet arbeid en zorg)\b(?!-)`,
  ].join('|'),
  'iu',
);

/** The curated statutory durations and deadlines in `text`, as written. */
export function findRulePhrases(text: string): string[] {
  return [...text.matchAll(RULE_PHRASE)].map((match) => match[0].replace(/\s+/g, ' '));
}

/** True when `text` names a legal basis: an article of a law, the BW, or a named law or rule book. */
export function hasLegalBasis(text: string): boolean {
  return LEGAL_BASIS.test(text);
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
  for (const match of normalised.matchAll(/[.!?…]+["'”’)]*\s+(?=["'“‘(\uE000]?[\p{Lu}€])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION_END.test(normalised.slice(start, end))) continue;
    sentences.push(normalised.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(normalised.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/** Wrap the text of a link to a page of the site itself: it names that page, it states nothing (see `claimText`). */
const INTERNAL_LINK_START = '\uE000';
const INTERNAL_LINK_END = '\uE001';
const INTERNAL_LINK_TEXT = /\uE000[^\uE001]*\uE001/g;
const INTERNAL_LINK_MARK = /[\uE000\uE001]/g;

/** Visible text of inline Markdown: link and image text kept, targets, bare addresses and markup removed. */
export function inlineText(markdown: string): string {
  return markedInlineText(markdown).replace(INTERNAL_LINK_MARK, '');
}

/** `inlineText`, with the text of links to the site's own pages ("/…" or "#…") between the internal-link marks. */
function markedInlineText(markdown: string): string {
  return markdown
    .replace(/(?<!!)\[([^\]]*)\]\((?:\/|#)[^)]*\)/g, `${INTERNAL_LINK_START}$1${INTERNAL_LINK_END}`)
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

/** One unit of the figure rule: what a reader sees, and what it claims. */
interface Unit {
  /** The unit as a reader sees it. */
  text: string;
  /** The same without the titles of the site's own pages it links to (the rule phrases count only here). */
  claim: string;
  /** A heading, which the text right under it explains. */
  heading: boolean;
}

const unitOf = (marked: string, heading = false): Unit => ({
  text: marked.replace(INTERNAL_LINK_MARK, '').replace(/\s+/g, ' ').trim(),
  claim: marked.replace(INTERNAL_LINK_TEXT, ' ').replace(INTERNAL_LINK_MARK, ''),
  heading,
});

/**
 * The sentences, table rows and list-item sentences of an MDX body that the figure rule applies to. Examples
 * (<Voorbeeld>) and key figures with a year (<Kerncijfer jaar="…">) are left out; code blocks, comments, imports
 * and tags are removed, and the `titel` and `waarde` attributes of components count as units of their own.
 * Headings, list items and table rows (cells joined with "|") are units of their own; paragraphs are split into
 * sentences.
 */
export function mdxUnits(body: string): string[] {
  return splitMdx(body).map((unit) => unit.text);
}

function splitMdx(body: string): Unit[] {
  const units: Unit[] = [];
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
    const text = markedInlineText(block.join(' '));
    if (text !== '') units.push(...(isListItem ? [text] : splitSentences(text)).map((unit) => unitOf(unit)));
    block = [];
    isListItem = false;
  };
  for (const rawLine of cleaned.split('\n')) {
    const line = rawLine.replace(/^\s*(?:>\s?)+/, '').trim();
    if (line === '') {
      flush();
    } else if (/^#{1,6}\s/.test(line)) {
      flush();
      const heading = markedInlineText(line.replace(/^#{1,6}\s+/, '').replace(/\s#+$/, ''));
      if (heading) units.push(unitOf(heading, true));
    } else if (line.startsWith('|')) {
      flush();
      if (/^\|?[\s:|-]+$/.test(line)) continue;
      const cells = line
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => markedInlineText(cell))
        .filter((cell) => cell.replace(INTERNAL_LINK_MARK, '') !== '');
      if (cells.length > 0) units.push(unitOf(cells.join(' | ')));
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

/**
 * The units among `units` that break the rule: a figure without a year in the unit itself, or a rule phrase without a
 * year or legal basis in the unit or the one before it (for a heading: or the one after it, the text it heads). A
 * number of weeks that is a rule phrase may lean on a legal basis nearby instead of a year.
 */
export function figureViolations(units: readonly string[]): FigureViolation[] {
  return violationsIn(units.map((text) => ({ text, claim: text, heading: false })));
}

function violationsIn(units: readonly Unit[]): FigureViolation[] {
  return units.flatMap((unit, index) => {
    const sentence = unit.text;
    const figures = findFigures(sentence);
    const rulePhrases = findRulePhrases(unit.claim);
    if (figures.length === 0 && rulePhrases.length === 0) return [];
    const neighbours = [units[index - 1]?.text ?? '', unit.heading ? (units[index + 1]?.text ?? '') : ''];
    const year = hasYear(sentence);
    const basisNearby = hasLegalBasis(sentence) || neighbours.some(hasLegalBasis);
    const anchoredNearby = year || basisNearby || neighbours.some(hasYear);
    const isRulePhrase = (figure: string) => rulePhrases.some((phrase) => sameText(phrase, figure));
    const missing = [
      ...(year ? [] : figures.filter((figure) => !(basisNearby && isRulePhrase(figure)))),
      ...(anchoredNearby ? [] : rulePhrases.filter((phrase) => !figures.some((figure) => sameText(phrase, figure)))),
    ];
    return missing.length > 0 ? [{ sentence, figures: missing }] : [];
  });
}

/** Two figures written the same way apart from case and spacing ("Zes weken" and "zes  weken"). */
const sameText = (a: string, b: string) => a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');

/** Violations of the figure rule in an MDX body (an article, a fixed page). */
export function checkMdx(body: string): FigureViolation[] {
  return violationsIn(splitMdx(body));
}

/** Violations of the figure rule in plain text (an FAQ answer, a calculator hint, a glossary explanation). */
export function checkText(text: string): FigureViolation[] {
  return figureViolations(splitSentences(text));
}
