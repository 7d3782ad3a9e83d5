import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, calculatorBySlug } from '../../../../src/lib/calculators/catalogue';
import { printedSources } from '../../../../src/lib/calculators/printed-sources';
import { parseParametersFile } from '../../../../src/lib/content-files';

const file = parseParametersFile(
  readFileSync('tests/fixtures/site/rekenhulpen/parameters/2026.yaml', 'utf8'),
  '2026.yaml',
);

describe('printedSources', () => {
  it('lists every address once, with the figures it is the source of and their year', () => {
    const sources = printedSources(calculatorBySlug('verzuimkosten'), file);
    expect(new Set(sources.map((source) => source.url)).size).toBe(sources.length);
    // The UWV study is the source of two estimates: one line, both named.
    const study = sources.find((source) => source.url.includes('toetsing-van-het-re-integratieverslag'))!;
    expect(study.title).toContain('Toetsingen van het re-integratieverslag met een loonsanctie (schatting uit 2018)');
    expect(study.title).toContain('Loonsancties waarbij de re-integratie niet, te laat of verkeerd was ingezet');
    // A period not yet published has no source, so it is not listed; the published one names its day.
    expect(sources.map((source) => source.title).join(' ')).toContain(
      'Wettelijk minimumuurloon (21 jaar en ouder) vanaf 1 januari 2026',
    );
    expect(sources.map((source) => source.title).join(' ')).not.toContain('1 juli 2026');
  });

  it('gives every calculator of the catalogue at least one source with a full address', () => {
    for (const entry of CALCULATORS) {
      const sources = printedSources(entry, file);
      expect(sources.length, entry.slug).toBeGreaterThan(0);
      for (const source of sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });
});
