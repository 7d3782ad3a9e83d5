import { describe, expect, it } from 'vitest';
import { excerpt, queryWords, rankHits, searchKind, type SearchHit } from '../../../../src/lib/site/search';

const hit = (kind: SearchHit['kind'], title: string, content = ''): SearchHit => ({
  kind,
  title,
  content,
  url: `/${kind}/${title}`,
});
const shown = (parts: { text: string; mark: boolean }[]) =>
  parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('queryWords', () => {
  it('splits at hyphens and punctuation, without case or accents, and drops single letters', () => {
    expect(queryWords(' No-riskpolis, Ziektewét a ')).toEqual(['no', 'riskpolis', 'ziektewet']);
  });
});

describe('searchKind', () => {
  it('reads a known kind and takes an article page without one for an article', () => {
    expect(searchKind('begrip')).toBe('begrip');
    expect(searchKind(undefined)).toBe('artikel');
    expect(searchKind('iets-anders')).toBe('artikel');
  });
});

describe('rankHits', () => {
  it('puts a title match first (articles and tools before the glossary term of the same word), then terms, then the rest', () => {
    const hits = [
      hit('begrip', 'No-riskpolis'),
      hit('artikel', 'Loonkostenvoordeel', 'ook de no-riskpolis'),
      hit('begrip', 'Loonsanctie', 'zie de no-riskpolis'),
      hit('pagina', 'De no-riskpolis in het kort'),
      hit('rekenhulp', 'Rekenhulp no-riskpolis'),
      hit('artikel', 'De no-riskpolis bij het tweede spoor'),
    ];
    expect(rankHits(hits, 'no-riskpolis').map((h) => `${h.kind}: ${h.title}`)).toEqual([
      'rekenhulp: Rekenhulp no-riskpolis',
      'artikel: De no-riskpolis bij het tweede spoor',
      'pagina: De no-riskpolis in het kort',
      'begrip: No-riskpolis',
      'begrip: Loonsanctie',
      'artikel: Loonkostenvoordeel',
    ]);
  });

  it('matches the start of title words only, and keeps the index order otherwise', () => {
    const hits = [hit('artikel', 'Ziekteverzuim'), hit('artikel', 'Over de WIA'), hit('artikel', 'WIA-uitkering')];
    expect(rankHits(hits, 'wia').map((h) => h.title)).toEqual(['Over de WIA', 'WIA-uitkering', 'Ziekteverzuim']);
    expect(rankHits(hits, 'verzuim').map((h) => h.title)).toEqual(['Ziekteverzuim', 'Over de WIA', 'WIA-uitkering']);
  });
});

describe('excerpt', () => {
  const text =
    'De werkgever betaalt twee jaar loon door. Daarna beslist UWV over de WIA-uitkering van de werknemer. ' +
    'Dat duurt vaak langer dan gepland.';

  it('starts at the start of the sentence with the first word of the query and marks every match', () => {
    expect(shown(excerpt(text, 'wia'))).toBe(
      'Daarna beslist UWV over de [WIA]-uitkering van de werknemer. Dat duurt vaak langer dan gepland.',
    );
  });

  it('starts at the beginning when no word occurs, and cuts a long text at a space with an ellipsis', () => {
    expect(shown(excerpt(text, 'loonsanctie', 40))).toBe('De werkgever betaalt twee jaar loon …');
  });

  it('marks words that start with the query, without case or accents', () => {
    expect(shown(excerpt('Een Loonsanctie of loonsancties.', 'loonsanctie'))).toBe(
      'Een [Loonsanctie] of [loonsancties].',
    );
  });

  it('keeps the match in view in a very long sentence', () => {
    const long = `${'woord '.repeat(80)}no-riskpolis en meer.`;
    const result = shown(excerpt(long, 'no-riskpolis', 100));
    expect(result.startsWith('woord woord')).toBe(true);
    expect(result).toContain('[no]-[riskpolis]');
  });

  it('returns text, never markup: HTML in the index stays text', () => {
    expect(excerpt('<b>WIA</b>', 'wia')).toEqual([
      { text: '<b>', mark: false },
      { text: 'WIA', mark: true },
      { text: '</b>', mark: false },
    ]);
  });
});
