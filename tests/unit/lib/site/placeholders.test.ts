import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBureau } from '../../../../src/lib/content-files';
import {
  DEMO_LOGO_SHA256,
  DEMO_PERSON_IDS,
  placeholderMessage,
  placeholderProblems,
} from '../../../../src/lib/site/placeholders';
import { fixtureBureau } from '../../../support/fixture-bureau';

const read = (path: string) => readFileSync(new URL(path, import.meta.url));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// The shipped demo, read as a file: the check exists to catch exactly these values.
const demoBureau = parseBureau(read('../../../../content/bureau.yaml').toString('utf8'));
const OTHER_LOGO = 'f'.repeat(64);

describe('placeholderProblems', () => {
  it('knows the demo logo by its content', () => {
    expect(sha256(read(`../../../../content/${demoBureau.logo.bestand}`))).toBe(DEMO_LOGO_SHA256);
  });

  it('finds every placeholder of the demo bureau, each naming its field', () => {
    const problems = placeholderProblems({ bureau: demoBureau, logoSha256: DEMO_LOGO_SHA256 });
    const fields = problems.map((problem) => /^veld "([^"]+)"/.exec(problem)?.[1]);
    expect(fields).toEqual(
      expect.arrayContaining([
        'kvkNummer',
        'telefoon',
        'email',
        'aanbodOntvangers.0',
        'aanvraagOntvangers.0',
        'afzender',
        'websiteUrl',
        'logo.bestand',
      ]),
    );
  });

  it('passes the fixture bureau, whose fictional details use .test domains and its own logo', () => {
    const logo = read(`../../../fixtures/site/${fixtureBureau.logo.bestand}`);
    expect(placeholderProblems({ bureau: fixtureBureau, logoSha256: sha256(logo) })).toEqual([]);
  });

  it('finds .example anywhere in bureau.yaml, but not a word that merely ends in "example"', () => {
    const bureau = {
      ...fixtureBureau,
      keurmerken: [{ naam: 'Keurmerk', url: 'https://register.example/', geldigTot: '2099-01-01' }],
      socialeMedia: [{ naam: 'LinkedIn', url: 'https://www.linkedin.com/company/bureau-example' }],
    };
    expect(placeholderProblems({ bureau, logoSha256: OTHER_LOGO })).toEqual([
      'veld "keurmerken.0.url": https://register.example/ is een voorbeeldadres (.example), geen echt adres of domein',
    ]);
  });

  it('knows the demo phone number however it is written', () => {
    const bureau = { ...fixtureBureau, telefoon: '020-0000000' };
    expect(placeholderProblems({ bureau, logoSha256: OTHER_LOGO })).toEqual([
      'veld "telefoon": 020-0000000 is het telefoonnummer van de demo',
    ]);
  });

  it('names the demo people a live site still has', () => {
    const people = [
      { id: 'anna-de-vries', naam: 'Anna de Vries' },
      { id: 'echte-adviseur', naam: 'Echte Adviseur' },
    ];
    expect(
      placeholderProblems({ bureau: fixtureBureau, logoSha256: OTHER_LOGO, people, demoPersonIds: ['anna-de-vries'] }),
    ).toEqual(['mensen/anna-de-vries: Anna de Vries is een persoon uit de demo']);
    expect(Array.isArray(DEMO_PERSON_IDS)).toBe(true);
  });
});

describe('placeholderMessage', () => {
  it('is one Dutch message that lists every placeholder and the way out', () => {
    const message = placeholderMessage(['veld "a": x', 'veld "b": y'], 'content/bureau.yaml');
    expect(message).toContain('demo: false in content/bureau.yaml');
    expect(message).toContain('  - veld "a": x\n  - veld "b": y');
    expect(message).toContain('demo: true');
  });
});
