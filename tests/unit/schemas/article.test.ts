import { describe, expect, it } from 'vitest';
import { parseArticleFrontmatter } from '../../../src/schemas/article';
import { ConfigError } from '../../../src/lib/friendly-errors';

const references = { topicIds: ['werkervaringsplaats', 'tweede-spoor'], authorIds: ['redactie'] };
const FILE = 'content/kennisbank/test-artikel.mdx';

function validFrontmatter(): Record<string, unknown> {
  return {
    titel: 'Wat is een werkervaringsplaats?',
    omschrijving: 'Een werkervaringsplaats is een tijdelijke plek bij een andere organisatie voor een zieke werknemer.',
    gepubliceerd: new Date('2026-11-02'),
    bijgewerkt: '2026-11-20',
    feitenGecontroleerd: '2026-11-20',
    doelgroep: ['inlener', 'werkgever'],
    onderwerpen: ['werkervaringsplaats'],
    auteur: 'redactie',
    bronnen: [
      { titel: 'UWV – Proefplaatsing', url: 'https://www.uwv.nl/proefplaatsing', geraadpleegd: '2026-11-25' },
      { titel: 'UWV – Loonsanctie', url: 'https://www.uwv.nl/loonsanctie', geraadpleegd: '2025-06-01' },
    ],
  };
}

function errorFor(data: Record<string, unknown>): string {
  try {
    parseArticleFrontmatter(data, FILE, references);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the frontmatter to be rejected');
}

describe('article frontmatter schema', () => {
  it('accepts valid frontmatter and fills in defaults', () => {
    const data = parseArticleFrontmatter(validFrontmatter(), FILE, references);
    expect(data.concept).toBe(false);
    expect(data.veelgesteldeVragen).toEqual([]);
    expect(data.bijgewerkt).toEqual(new Date('2026-11-20'));
    expect(data.uitgelicht).toBeUndefined();
  });

  it('accepts optional FAQ items, a featured position and the draft flag', () => {
    const data = parseArticleFrontmatter(
      {
        ...validFrontmatter(),
        concept: true,
        uitgelicht: 2,
        veelgesteldeVragen: [{ vraag: 'Betaalt u loon?', antwoord: 'Nee, de eigen werkgever betaalt het loon.' }],
      },
      FILE,
      references,
    );
    expect(data.concept).toBe(true);
    expect(data.uitgelicht).toBe(2);
    expect(data.veelgesteldeVragen).toHaveLength(1);
  });

  it('names the file and a missing field', () => {
    const { titel: _removed, ...data } = validFrontmatter();
    const message = errorFor(data);
    expect(message).toContain(FILE);
    expect(message).toMatch(/veld "titel": ontbreekt/);
  });

  it('rejects a description that is too long for search results', () => {
    expect(errorFor({ ...validFrontmatter(), omschrijving: 'x'.repeat(161) })).toMatch(
      /veld "omschrijving": mag hoogstens 160 tekens/,
    );
  });

  it('rejects an unknown topic and names the allowed ids', () => {
    const message = errorFor({ ...validFrontmatter(), onderwerpen: ['werkervaringsplaats', 'vakantie'] });
    expect(message).toMatch(/veld "onderwerpen\.1"/);
    expect(message).toContain('werkervaringsplaats, tweede-spoor');
  });

  it('rejects an unknown author and audience', () => {
    expect(errorFor({ ...validFrontmatter(), auteur: 'jan' })).toMatch(/veld "auteur"/);
    expect(errorFor({ ...validFrontmatter(), doelgroep: ['iedereen'] })).toMatch(/veld "doelgroep\.0"/);
  });

  it('requires at least one source with a full URL', () => {
    expect(errorFor({ ...validFrontmatter(), bronnen: [] })).toMatch(/veld "bronnen": moet minstens één/);
    expect(errorFor({ ...validFrontmatter(), bronnen: [{ titel: 'UWV', url: 'uwv.nl' }] })).toMatch(
      /veld "bronnen\.0\.url"/,
    );
  });

  it('requires every source to carry the date of the version that was read, and checks it', () => {
    const data = parseArticleFrontmatter(validFrontmatter(), FILE, references);
    expect(data.bronnen.map((source) => source.geraadpleegd)).toEqual([new Date('2026-11-25'), new Date('2025-06-01')]);
    expect(errorFor({ ...validFrontmatter(), bronnen: [{ titel: 'UWV', url: 'https://www.uwv.nl/' }] })).toMatch(
      /veld "bronnen\.0\.geraadpleegd": ontbreekt/,
    );
    expect(
      errorFor({
        ...validFrontmatter(),
        bronnen: [{ titel: 'UWV', url: 'https://www.uwv.nl/', geraadpleegd: 'vorige week' }],
      }),
    ).toMatch(/veld "bronnen\.0\.geraadpleegd": moet een datum/);
  });

  it('accepts facts checked up to the newest source, not later', () => {
    expect(
      parseArticleFrontmatter({ ...validFrontmatter(), feitenGecontroleerd: '2026-11-25' }, FILE, references)
        .feitenGecontroleerd,
    ).toEqual(new Date('2026-11-25'));
    expect(
      parseArticleFrontmatter({ ...validFrontmatter(), feitenGecontroleerd: '2025-01-01' }, FILE, references)
        .feitenGecontroleerd,
    ).toEqual(new Date('2025-01-01'));
    const message = errorFor({ ...validFrontmatter(), feitenGecontroleerd: '2026-12-01' });
    expect(message).toContain(`Fout in ${FILE}`);
    expect(message).toMatch(
      /veld "feitenGecontroleerd": mag niet later liggen dan de nieuwste bron \(geraadpleegd 2026-11-25\)/,
    );
  });

  it('rejects an update date before the publication date', () => {
    expect(errorFor({ ...validFrontmatter(), bijgewerkt: '2026-01-01' })).toMatch(/veld "bijgewerkt": mag niet vóór/);
  });

  it('rejects a date that is not a date', () => {
    expect(errorFor({ ...validFrontmatter(), feitenGecontroleerd: 'gisteren' })).toMatch(
      /veld "feitenGecontroleerd": moet een datum/,
    );
  });

  it('reports a misspelt field instead of ignoring it', () => {
    expect(errorFor({ ...validFrontmatter(), onderwerp: ['werkervaringsplaats'] })).toMatch(/onbekend veld: onderwerp/);
  });
});
