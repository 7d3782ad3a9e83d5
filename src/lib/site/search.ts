// One search for everything a visitor looks for: the kinds of result, their order, and the excerpt under each hit.
// Pagefind finds the words (src/cli/search-index.mjs builds its index from the article pages and the records of
// src/data/search-records.ts); the search island (src/components/search/Search.tsx) orders the hits and cuts the
// excerpts with the functions below.

/** Every kind of result: the label a hit shows, and its order among hits that match equally well (lower first). */
export const SEARCH_KINDS = {
  artikel: { label: 'Artikel', order: 0 },
  rekenhulp: { label: 'Rekenhulp', order: 0 },
  dienst: { label: 'Dienst', order: 1 },
  pagina: { label: 'Pagina', order: 2 },
  begrip: { label: 'Begrip', order: 3 },
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

/** A kind from the index (Pagefind's `meta.soort`); article pages carry none, so a missing kind is an article. */
export const searchKind = (value: string | undefined): SearchKind =>
  value !== undefined && value in SEARCH_KINDS ? (value as SearchKind) : 'artikel';

/** One thing to find that is not an article page: a glossary term, a tool, a service, a fixed page. */
export interface SearchRecord {
  kind: Exclude<SearchKind, 'artikel'>;
  /** Address on the site, e.g. "/kennisbank/begrippen/#wia". */
  url: string;
  title: string;
  /** The text searched and quoted in the excerpt, plain. */
  content: string;
}

/** A hit as the island has it from Pagefind, in Pagefind's order. */
export interface SearchHit {
  url: string;
  title: string;
  kind: SearchKind;
  /** The hit's whole plain text. */
  content: string;
}

/** Lowercase, without accents, hyphens and punctuation as spaces: "No-riskpolis" and "no riskpolis" compare equal. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised; words of one letter are left out. */
export function queryWords(query: string): string[] {
  return normalise(query)
    .split(' ')
    .filter((word) => word.length > 1);
}

/** Whether every word of the query occurs in the title (as the start of a word there). */
function titleMatches(title: string, words: readonly string[]): boolean {
  const normalised = ` ${normalise(title)}`;
  return words.length > 0 && words.every((word) => normalised.includes(` ${word}`));
}

/**
 * The hits in the order shown: first those whose title holds the query (articles, tools, services and pages before a
 * glossary term of the same name), then glossary terms, then the rest; Pagefind's order within each group.
 */
export function rankHits<T extends SearchHit>(hits: readonly T[], query: string): T[] {
  const words = queryWords(query);
  const tier = (hit: T) => {
    if (titleMatches(hit.title, words)) return hit.kind === 'begrip' ? 1 : 0;
    return hit.kind === 'begrip' ? 2 : 3;
  };
  return hits
    .map((hit, index) => ({ hit, index, tier: tier(hit), order: SEARCH_KINDS[hit.kind].order }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order || a.index - b.index)
    .map(({ hit }) => hit);
}

/** A piece of an excerpt: text, marked when it is a word of the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Where each sentence starts: after ". ", "? ", "! " or a line break. */
const SENTENCE_END = /[.!?…:](?=\s+\p{Lu})|\n/gu;

/**
 * The excerpt under a hit: from the start of the sentence with the first word of the query (the start of the text when
 * no word occurs), about `length` characters, cut at a space with "…", the query's words marked. Plain text parts:
 * the island renders them as text, so nothing in the index is ever read as HTML.
 */
export function excerpt(content: string, query: string, length = 220): ExcerptPart[] {
  const text = content.replace(/\s+/g, ' ').trim();
  const words = queryWords(query);
  const isQueryWord = (token: string) => words.some((word) => normalise(token).startsWith(word));
  const found = [...text.matchAll(WORD)].find((token) => isQueryWord(token[0]))?.index;
  const hit = found ?? 0;
  let start = 0;
  for (const match of text.slice(0, hit).matchAll(SENTENCE_END)) start = match.index + match[0].length;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  // The match stays in view, with a few words after it, also in a sentence longer than `length`.
  let end = found === undefined ? start + length : Math.max(start + length, found + 60);
  let cut = false;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > hit) end = space;
    cut = true;
  } else end = text.length;
  const shown = text.slice(start, end).replace(/[\s,;:]+$/, '') + (cut ? ' …' : '');
  return markWords(shown, isQueryWord);
}

/** A word: letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into parts, marking every word that `isQueryWord` accepts. */
function markWords(text: string, isQueryWord: (token: string) => boolean): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let plain = '';
  for (const token of text.split(/([\p{L}\p{N}]+)/u)) {
    if (token === '' || !isQueryWord(token)) {
      plain += token;
      continue;
    }
    if (plain) parts.push({ text: plain, mark: false });
    plain = '';
    parts.push({ text: token, mark: true });
  }
  if (plain) parts.push({ text: plain, mark: false });
  return parts;
}
