// The glossary (content/begrippen.yaml) as the site uses it: where a term lives, the order of the glossary page,
// and the matcher that finds the word forms of every term in a piece of text.

/** What the matcher needs of a glossary term. */
export interface MatchableTerm {
  /** Anchor of the term on the glossary page. */
  id: string;
  /** Word forms that link to the term (whole words, case-insensitive). */
  vormen: readonly string[];
}

/** Address of the glossary page. */
export const GLOSSARY_PATH = '/kennisbank/begrippen/';

/** The link to one term on the glossary page, e.g. "/kennisbank/begrippen/#loonsanctie". */
export function glossaryHref(id: string): string {
  return `${GLOSSARY_PATH}#${id}`;
}

/** The term id a link points to, or undefined when the link does not point to a term on the glossary page. */
export function glossaryIdFromHref(href: string): string | undefined {
  if (!href.startsWith(`${GLOSSARY_PATH}#`)) return undefined;
  const id = href.slice(GLOSSARY_PATH.length + 1);
  return id === '' ? undefined : decodeURIComponent(id);
}

/** The terms in alphabetical order of `term` (Dutch collation; digits first, "2e" after "1e", case ignored). */
export function sortTerms<T extends { term: string }>(terms: readonly T[]): T[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => collator.compare(a.term, b.term));
}

/** One occurrence of a word form in a text. */
export interface TermMatch {
  /** The term the form belongs to. */
  id: string;
  /** Index of the first character in the text. */
  start: number;
  /** Index after the last character. */
  end: number;
  /** The text as written, e.g. "Loonsanctie". */
  text: string;
}

/** Finds glossary word forms in text. */
export interface TermMatcher {
  /** Every occurrence of a word form in `text`, left to right, never overlapping; longer forms win. */
  find(text: string): TermMatch[];
  /**
   * A cheap check on a whole source file before it is parsed: false only when no form can be in any of its texts.
   * Character references and backslash escapes (which the parser turns into other characters) make it true.
   */
  mayOccurIn(source: string): boolean;
}

/** How forms and matched text are compared: lowercase, one space between words. */
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the word forms of `terms`. A form matches as a whole word: not preceded or followed by a letter or
 * digit (so "WIA" is found in "de WIA." and in "WIA-uitkeringen", never in "WIAX"), in any case, with any run of
 * spaces or a line break where the form has a space. Where forms overlap, the longest wins ("WIA-aanvraag" before
 * "WIA").
 */
export function createTermMatcher(terms: readonly MatchableTerm[]): TermMatcher {
  const idByForm = new Map<string, string>();
  for (const term of terms) for (const form of term.vormen) idByForm.set(normalise(form), term.id);
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (forms.length === 0) return { find: () => [], mayOccurIn: () => false };
  const wholeWords = (separator: string) =>
    `(?<![\\p{L}\\p{N}])(?:${forms.map((form) => form.split(' ').map(escapeRegExp).join(separator)).join('|')})(?![\\p{L}\\p{N}])`;
  const pattern = new RegExp(wholeWords('\\s+'), 'giu');
  // In the source, a form that runs onto the next line of a quote has the quote's "> " in it, which parsing removes.
  const anywhere = new RegExp(wholeWords('[\\s>]+'), 'iu');
  // Smart punctuation turns ' " -- ... into other characters while parsing, so a form with those can only be found
  // in the parsed text.
  const formsChangedByParsing = forms.some((form) => /['"‘’“”–—…]|--|\.\.\./.test(form));
  return {
    mayOccurIn: (text) => formsChangedByParsing || /[&\\]/.test(text) || anywhere.test(text),
    find(text) {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const id = idByForm.get(normalise(match[0]));
        if (id !== undefined)
          matches.push({ id, start: match.index, end: match.index + match[0].length, text: match[0] });
      }
      return matches;
    },
  };
}

/** Terms that start with the same letter, for the letter index of the glossary page. */
export interface TermGroup<T> {
  /** The letter as shown, "A" to "Z", or "0–9" for terms that start with a digit. */
  label: string;
  /** Anchor of the group on the page, e.g. "letter-a" or "letter-0-9". */
  id: string;
  terms: T[];
}

/** Groups alphabetically sorted terms by their first letter (accents ignored; digits together), keeping the order. */
export function groupByInitial<T extends { term: string }>(sortedTerms: readonly T[]): TermGroup<T>[] {
  const groups: TermGroup<T>[] = [];
  for (const term of sortedTerms) {
    const initial = term.term.normalize('NFD').charAt(0).toLocaleUpperCase('nl');
    const label = /\d/.test(initial) ? '0–9' : initial;
    const id = `letter-${/\d/.test(initial) ? '0-9' : initial.toLowerCase()}`;
    const last = groups.at(-1);
    if (last?.label === label) last.terms.push(term);
    else groups.push({ label, id, terms: [term] });
  }
  return groups;
}
