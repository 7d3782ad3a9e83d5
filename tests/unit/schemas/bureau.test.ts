import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBureau } from '../../../src/lib/content-files';
import type { BureauInput } from '../../../src/schemas/bureau';

const fixtureYaml = readFileSync(new URL('../../fixtures/site/bureau.yaml', import.meta.url), 'utf8');

const validConfig: BureauInput = {
  demo: false,
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
  logo: { bestand: 'afbeeldingen/logo.svg', alt: 'Logo van Test Bureau' },
  huisstijl: { primair: '#1D4E89', accent: '#f6c343' },
  openingstijden: [{ dagen: ['maandag', 'vrijdag'], van: '09:00', tot: '17:00' }],
  reactietijdWerkdagen: 1,
  werkgebied: 'Utrecht',
  keurmerken: [{ naam: 'Testkeurmerk', url: 'https://keurmerk.test/', geldigTot: '2030-01-31' }],
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
  it("accepts the fixture site's configuration, which uses domains under .test (reserved for tests) only", () => {
    const bureau = parseBureau(fixtureYaml, 'tests/fixtures/site/bureau.yaml');
    expect(bureau.demo).toBe(false);
    expect(bureau.websiteUrl).toMatch(/\.test$/);
    expect(bureau.email).toMatch(/\.test$/);
    expect(bureau.aanbodOntvangers.every((address) => address.endsWith('.test'))).toBe(true);
  });

  it('normalises colours to lowercase and reads a date that YAML already parsed', () => {
    const bureau = parseBureau(
      stringify(validConfig).replace("geldigTot: '2030-01-31'", 'geldigTot: 2030-01-31'),
      'content/bureau.yaml',
    );
    expect(bureau.huisstijl.primair).toBe('#1d4e89');
    expect(bureau.keurmerken[0]!.geldigTot).toBe('2030-01-31');
  });

  it('treats a keurmerk logo without a file (as the editor saves it) as no logo, and requires alt text otherwise', () => {
    const mark = validConfig.keurmerken![0]!;
    const emptyLogo = parseBureau(
      stringify({ ...validConfig, keurmerken: [{ ...mark, logo: { bestand: null, alt: '' } }] }),
    );
    expect(emptyLogo.keurmerken[0]!.logo).toBeUndefined();
    expect(
      errorFor({ ...validConfig, keurmerken: [{ ...mark, logo: { bestand: 'afbeeldingen/k.svg', alt: '' } }] }),
    ).toMatch(/veld "keurmerken\.0\.logo\.alt": is verplicht/);
  });

  it('takes a logo in a folder of afbeeldingen/ (where the editor saves it), never outside it', () => {
    const logo = (bestand: string) => ({ ...validConfig, logo: { bestand, alt: 'Logo' } });
    expect(parseBureau(stringify(logo('afbeeldingen/logo/bestand.svg'))).logo.bestand).toBe(
      'afbeeldingen/logo/bestand.svg',
    );
    for (const outside of ['afbeeldingen/../bureau.svg', '../afbeeldingen/logo.svg', '/etc/logo.png'])
      expect(errorFor(logo(outside))).toMatch(/veld "logo\.bestand"/);
  });

  it('stops on a primary colour too light for links on white, naming the field and the ratio', () => {
    const message = errorFor({ ...validConfig, huisstijl: { primair: '#7fb3d5', accent: '#f6c343' } });
    expect(message).toContain('content/bureau.yaml');
    expect(message).toMatch(
      /veld "huisstijl\.primair": #7fb3d5 heeft als kleur van links op wit .*contrast van 2,\d : 1; nodig is minstens 4,5 : 1/,
    );
  });

  it('stops on an accent too dark for text on it, naming the field and the ratio', () => {
    const message = errorFor({ ...validConfig, huisstijl: { primair: '#1d4e89', accent: '#8b0000' } });
    expect(message).toMatch(
      /veld "huisstijl\.accent": #8b0000 heeft als markering achter tekst een contrast van \d,\d : 1/,
    );
    expect(message).not.toContain('huisstijl.primair');
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
    ['demo flag', { demo: 'ja' }, 'demo'],
    ['logo outside afbeeldingen/', { logo: { bestand: 'logo.jpg', alt: 'Logo' } }, 'logo.bestand'],
    ['logo without alt text', { logo: { bestand: 'afbeeldingen/logo.svg', alt: '' } }, 'logo.alt'],
    ['colour name instead of a code', { huisstijl: { primair: 'blauw', accent: '#f6c343' } }, 'huisstijl.primair'],
    ['weekday', { openingstijden: [{ dagen: ['maandagen'], van: '09:00', tot: '17:00' }] }, 'openingstijden.0.dagen.0'],
    [
      'closing before opening',
      { openingstijden: [{ dagen: ['maandag'], van: '17:00', tot: '09:00' }] },
      'openingstijden.0.tot',
    ],
    ['response time of 0 days', { reactietijdWerkdagen: 0 }, 'reactietijdWerkdagen'],
    [
      'keurmerk date',
      { keurmerken: [{ naam: 'Keurmerk', url: 'https://k.test/', geldigTot: '31-12-2030' }] },
      'keurmerken.0.geldigTot',
    ],
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
