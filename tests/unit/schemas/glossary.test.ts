import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../src/lib/content-files';

const fixture = readFileSync(new URL('../../fixtures/site/begrippen.yaml', import.meta.url), 'utf8');

/** One valid term as YAML, with `id` and `vormen` to vary. */
const term = (id: string, forms: string[]) => `  - id: ${id}
    term: Term ${id}
    vormen: [${forms.map((form) => JSON.stringify(form)).join(', ')}]
    uitleg: Twee gewone zinnen die uitleggen wat dit begrip betekent. Met een bron erbij.
    bron:
      titel: UWV – Een pagina
      url: https://www.uwv.nl/
      geraadpleegd: 2026-01-07
`;
/** A glossary file holding `terms`. */
const file = (...terms: string[]) => `begrippen:\n${terms.join('')}`;

describe('glossary file (content/begrippen.yaml)', () => {
  it('reads every term with its forms, explanation and source', () => {
    const terms = parseGlossary(fixture);
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    expect(terms.find((t) => t.id === 'loonsanctie')).toMatchObject({
      term: 'Loonsanctie',
      vormen: ['loonsanctie', 'loonsancties'],
      bron: { titel: 'UWV – Toetsing van het re-integratieverslag (2018)' },
    });
  });

  it('rejects a duplicate id, naming the file and the field', () => {
    expect(() => parseGlossary(file(term('wia', ['wia']), term('wia', ['wia-uitkering'])))).toThrow(
      /Fout in content\/begrippen\.yaml:\n {2}- veld "begrippen\.1\.id": "wia" komt twee keer voor/,
    );
  });

  it('rejects a word form listed under two terms, whatever its case or spacing', () => {
    expect(() => parseGlossary(file(term('wia', ['WIA', 'wia-aanvraag']), term('wga', ['wga', 'Wia'])))).toThrow(
      /veld "begrippen\.1\.vormen\.1": "Wia" staat al bij het begrip "wia"/,
    );
    expect(() => parseGlossary(file(term('a', ['2e spoor']), term('b', ['2e  Spoor'])))).toThrow(
      /staat al bij het begrip "a"/,
    );
  });

  it('rejects a form listed twice under one term', () => {
    expect(() => parseGlossary(file(term('wia', ['wia', 'WIA'])))).toThrow(
      /veld "begrippen\.0\.vormen\.1": "WIA" staat twee keer/,
    );
  });

  it('requires forms, an explanation and a full source address', () => {
    const message = (() => {
      try {
        parseGlossary(
          'begrippen:\n  - id: x\n    term: Xx\n    vormen: []\n    uitleg: Kort.\n    bron:\n      titel: UWV\n      url: www.uwv.nl\n',
        );
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/veld "begrippen\.0\.vormen": moet minstens één woordvorm bevatten/);
    expect(message).toMatch(/veld "begrippen\.0\.uitleg": moet minstens 40 tekens lang zijn/);
    expect(message).toMatch(/veld "begrippen\.0\.bron\.url": moet een volledig webadres zijn/);
    expect(message).toMatch(/veld "begrippen\.0\.bron\.geraadpleegd": moet een datum zijn/);
  });

  it('reads the date of the version of the source that was read', () => {
    expect(parseGlossary(file(term('wia', ['wia'])))[0]?.bron.geraadpleegd).toBe('2026-01-07');
    expect(() => parseGlossary(file(term('wia', ['wia']).replace('2026-01-07', '7 januari')))).toThrow(
      /veld "begrippen\.0\.bron\.geraadpleegd": moet een datum zijn/,
    );
  });
});
