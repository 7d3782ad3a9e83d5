import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../../src/lib/content-files';
import {
  createTermMatcher,
  glossaryHref,
  glossaryIdFromHref,
  groupByInitial,
  sortTerms,
} from '../../../../src/lib/knowledge-base/glossary';

const terms = parseGlossary(readFileSync(new URL('../../../fixtures/site/begrippen.yaml', import.meta.url), 'utf8'));
const matcher = createTermMatcher(terms);
const found = (text: string) => matcher.find(text).map((match) => `${match.id}:${match.text}`);

describe('glossary links', () => {
  it('point to the term on the glossary page, and back', () => {
    expect(glossaryHref('loonsanctie')).toBe('/kennisbank/begrippen/#loonsanctie');
    expect(glossaryIdFromHref('/kennisbank/begrippen/#loonsanctie')).toBe('loonsanctie');
    expect(glossaryIdFromHref('/kennisbank/begrippen/')).toBeUndefined();
    expect(glossaryIdFromHref('/kennisbank/loonsanctie/')).toBeUndefined();
    expect(glossaryIdFromHref('https://example.org/kennisbank/begrippen/#wia')).toBeUndefined();
  });
});

describe('the term matcher', () => {
  it('finds whole words in any case', () => {
    expect(found('De Loonsanctie en twee LOONSANCTIES.')).toEqual([
      'loonsanctie:Loonsanctie',
      'loonsanctie:LOONSANCTIES',
    ]);
    expect(found('het loonsanctiestelsel, de WIAX en wiaa')).toEqual([]);
  });

  it('prefers the longest form where forms overlap', () => {
    expect(found('Na de WIA-aanvraag volgt de WIA-beslissing van de WIA.')).toEqual([
      'wia:WIA-aanvraag',
      'wia:WIA-beslissing',
      'wia:WIA',
    ]);
  });

  it('treats a hyphen as a word boundary when no longer form fits', () => {
    expect(found('WIA-uitkeringen')).toEqual(['wia:WIA']);
  });

  it('matches a form with a space across any run of spaces or a line break', () => {
    expect(found('het tweede\nspoor en het 1e  spoor')).toEqual([
      'tweede-spoor:tweede\nspoor',
      'eerste-spoor:1e  spoor',
    ]);
  });

  it('matches forms with punctuation literally', () => {
    expect(found('volgens art. 7:658 BW en artikel 7:658')).toEqual([
      'aansprakelijkheid-artikel-7-658:art. 7:658',
      'aansprakelijkheid-artikel-7-658:artikel 7:658',
    ]);
    expect(found('volgens art 7:658 of art. 7:6589')).toEqual([]);
  });

  it('reports where each match starts and ends', () => {
    expect(matcher.find('De WIA.')).toEqual([{ id: 'wia', start: 3, end: 6, text: 'WIA' }]);
  });

  it('finds nothing without terms', () => {
    expect(createTermMatcher([]).find('de WIA')).toEqual([]);
  });
});

describe('the quick check of a whole source', () => {
  const matcher = createTermMatcher([
    { id: 'wia', vormen: ['WIA'] },
    { id: 'loonsanctie', vormen: ['loonsanctie'] },
  ]);

  it('is false only when no form is in the source', () => {
    expect(matcher.mayOccurIn('Gewone tekst.\n\nNog meer tekst, ook WIAX.')).toBe(false);
    expect(matcher.mayOccurIn('Tekst met de\nwia erin.')).toBe(true);
    expect(matcher.mayOccurIn('<Callout titel="Loonsanctie">x</Callout>')).toBe(true);
  });

  it('finds a form that runs onto the next line of a quote, where the source has "> " in it', () => {
    const twoWords = createTermMatcher([{ id: 'eerste-spoor', vormen: ['eerste spoor'] }]);
    expect(twoWords.mayOccurIn('> het eerste\n> spoor is belangrijk')).toBe(true);
    expect(twoWords.mayOccurIn('- het eerste\n  > > spoor')).toBe(true);
    expect(twoWords.mayOccurIn('het eerste, niet het tweede spoor')).toBe(false);
  });

  it('is true when the parser could turn characters into a form (references, escapes)', () => {
    expect(matcher.mayOccurIn('De W&#73;A.')).toBe(true);
    expect(matcher.mayOccurIn('De W\\IA.')).toBe(true);
  });

  it('is always true when a form has punctuation that smart quotes and dashes change', () => {
    expect(createTermMatcher([{ id: 'wwer', vormen: ["WW'er"] }]).mayOccurIn('Gewone tekst.')).toBe(true);
  });

  it('is false without terms', () => {
    expect(createTermMatcher([]).mayOccurIn('WIA')).toBe(false);
  });
});

describe('sortTerms', () => {
  it('orders terms alphabetically, case-insensitively, with numbers in numeric order', () => {
    const sorted = sortTerms([
      { term: 'Zorgplicht' },
      { term: 'arbodienst' },
      { term: '35-minner' },
      { term: '2e spoor' },
      { term: 'Ärger' },
      { term: '1e spoor' },
    ]);
    expect(sorted.map((t) => t.term)).toEqual([
      '1e spoor',
      '2e spoor',
      '35-minner',
      'arbodienst',
      'Ärger',
      'Zorgplicht',
    ]);
  });
});

describe('groupByInitial', () => {
  it('groups sorted terms by first letter, digits together and accents ignored', () => {
    const groups = groupByInitial(
      sortTerms([
        { term: '1e spoor' },
        { term: '35-minner' },
        { term: 'Arbodienst' },
        { term: 'Ärger' },
        { term: 'WIA' },
      ]),
    );
    expect(groups.map((g) => [g.label, g.id, g.terms.map((t) => t.term)])).toEqual([
      ['0–9', 'letter-0-9', ['1e spoor', '35-minner']],
      ['A', 'letter-a', ['Arbodienst', 'Ärger']],
      ['W', 'letter-w', ['WIA']],
    ]);
  });
});
