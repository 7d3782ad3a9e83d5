import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBureau } from '../../../src/lib/content-files';
import type { BureauInput } from '../../../src/schemas/bureau';

const fixtureYaml = readFileSync(new URL('../../fixtures/site/bureau.yaml', import.meta.url), 'utf8');

const validConfig: BureauInput = {
  naam: 'Test Bureau',
  omschrijving: 'Een bureau dat werkgevers helpt met het tweede spoor.',
  email: 'info@test-bureau.example',
  telefoon: '+31 20 123 45 67',
  adres: { straat: 'Teststraat 5', postcode: '1234ab', plaats: 'Utrecht' },
  kvkNummer: '12345678',
  aanbodOntvangers: ['aanbod@test-bureau.example'],
  aanvraagOntvangers: ['aanvragen@test-bureau.example'],
  afzender: 'Test Bureau <website@test-bureau.example>',
  socialeMedia: [],
  websiteUrl: 'https://www.test-bureau.example/',
};

/** Returns the message thrown for a config, or fails the test when nothing is thrown. */
function errorFor(config: unknown): string {
  try {
    parseBureau(stringify(config), 'content/bureau.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('bureau configuration', () => {
  it("accepts the fixture site's configuration, which uses reserved .example domains only", () => {
    const bureau = parseBureau(fixtureYaml, 'tests/fixtures/site/bureau.yaml');
    expect(bureau.websiteUrl).toMatch(/\.example$/);
    expect(bureau.email).toMatch(/\.example$/);
    expect(bureau.aanbodOntvangers.every((address) => address.endsWith('.example'))).toBe(true);
  });

  it('normalises the postcode and strips the trailing slash of the site URL', () => {
    const bureau = parseBureau(stringify(validConfig));
    expect(bureau.adres.postcode).toBe('1234 AB');
    expect(bureau.websiteUrl).toBe('https://www.test-bureau.example');
  });

  it('defaults social media links to an empty list', () => {
    const { socialeMedia: _omitted, ...withoutSocial } = validConfig;
    expect(parseBureau(stringify(withoutSocial)).socialeMedia).toEqual([]);
  });

  it.each([
    ['email', { email: 'niet-een-adres' }, 'email'],
    ['KvK-nummer with 7 digits', { kvkNummer: '1234567' }, 'kvkNummer'],
    ['postcode', { adres: { ...validConfig.adres, postcode: '12345' } }, 'adres.postcode'],
    ['offer recipient', { aanbodOntvangers: ['ok@test.example', 'fout'] }, 'aanbodOntvangers.1'],
    ['empty recipients', { aanbodOntvangers: [] }, 'aanbodOntvangers'],
    ['request recipient', { aanvraagOntvangers: ['fout'] }, 'aanvraagOntvangers.0'],
    ['no request recipients', { aanvraagOntvangers: [] }, 'aanvraagOntvangers'],
    ['sender with a line break', { afzender: 'Bureau\n<website@test.example>' }, 'afzender'],
    ['site URL', { websiteUrl: 'www.zonder-protocol.nl' }, 'websiteUrl'],
    ['social link URL', { socialeMedia: [{ naam: 'LinkedIn', url: 'javascript:alert(1)' }] }, 'socialeMedia.0.url'],
    ['too long description', { omschrijving: 'x'.repeat(161) }, 'omschrijving'],
    ['phone number', { telefoon: 'bel ons' }, 'telefoon'],
  ])('rejects a wrong %s with a message naming the file and the field', (_case, override, field) => {
    const message = errorFor({ ...validConfig, ...override });
    expect(message).toContain('content/bureau.yaml');
    expect(message).toContain(`veld "${field}"`);
    expect(message.split('\n')).toHaveLength(2);
  });

  it('names a missing field', () => {
    const { naam: _missing, ...withoutName } = validConfig;
    expect(errorFor(withoutName)).toMatch(/veld "naam"/);
  });

  it('names an unknown (misspelled) field instead of ignoring it', () => {
    expect(errorFor({ ...validConfig, emial: 'x@y.example' })).toMatch(/emial/);
  });

  it('reports invalid YAML readably', () => {
    expect(() => parseBureau('naam: [niet afgesloten', 'content/bureau.yaml')).toThrow(
      /Fout in content\/bureau\.yaml: geen geldige YAML/,
    );
  });
});
