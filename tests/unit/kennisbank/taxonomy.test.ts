import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAuteurs, parseOnderwerpen } from '../../../src/lib/kennisbank/taxonomy-schema';

describe('topics and authors files', () => {
  it('the real content files are valid and contain the agreed ids', () => {
    const onderwerpen = parseOnderwerpen(readFileSync('content/onderwerpen.yaml', 'utf8'));
    expect(onderwerpen.map((o) => o.id)).toEqual([
      'werkervaringsplaats', 'tweede-spoor', 'poortwachter', 'no-riskpolis',
      'loonkostenvoordeel', 'verzuimkosten', 'afspraken-en-verzekering', 'begeleiding',
      'einde-dienstverband', 'wia',
    ]);
    expect(parseAuteurs(readFileSync('content/auteurs.yaml', 'utf8')).map((a) => a.id)).toContain('redactie');
  });

  it('names the file and field of a bad entry', () => {
    expect(() => parseOnderwerpen('- id: Tweede Spoor\n  naam: Tweede spoor\n  omschrijving: Werk bij een andere werkgever.')).toThrow(
      /content\/onderwerpen\.yaml[\s\S]*veld "0\.id"/,
    );
  });

  it('rejects duplicate ids', () => {
    const entry = '- id: redactie\n  naam: Redactie\n  functie: Redactie\n  bio: Schrijft de artikelen van de kennisbank.\n';
    expect(() => parseAuteurs(entry + entry)).toThrow(/veld "1\.id": "redactie" komt twee keer voor/);
  });

  it('reports invalid YAML with the file name', () => {
    expect(() => parseAuteurs('- id: [')).toThrow(/Fout in content\/auteurs\.yaml: geen geldige YAML/);
  });
});
