import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSectors, parseTopics } from '../../../src/lib/content-files';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/site/${name}`, import.meta.url), 'utf8');

describe('topic file', () => {
  it('reads the lists with their ids', () => {
    const topics = parseTopics(fixture('onderwerpen.yaml'));
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.every((topic) => /^[a-z0-9-]+$/.test(topic.id) && topic.naam.length > 0)).toBe(true);
  });

  it('names the file and field of a bad entry', () => {
    expect(() =>
      parseTopics(
        'onderwerpen:\n  - id: Tweede Spoor\n    naam: Tweede spoor\n    omschrijving: Werk bij een andere werkgever.',
      ),
    ).toThrow(/content\/onderwerpen\.yaml[\s\S]*veld "onderwerpen\.0\.id"/);
  });

  it('rejects duplicate ids', () => {
    const entry = '  - id: zorg\n    naam: Zorg\n    omschrijving: Werk in de zorg en het welzijn.\n';
    expect(() => parseTopics(`onderwerpen:\n${entry}${entry}`)).toThrow(
      /veld "onderwerpen\.1\.id": "zorg" komt twee keer voor/,
    );
  });

  it('reports invalid YAML with the file name', () => {
    expect(() => parseTopics('- id: [')).toThrow(/Fout in content\/onderwerpen\.yaml: geen geldige YAML/);
  });
});

describe('sector list', () => {
  it('reads the sectors of the offer form', () => {
    expect(parseSectors(fixture('sectoren.yaml')).length).toBeGreaterThan(5);
  });

  it('names the file and the field of a wrong entry', () => {
    expect(() => parseSectors('sectoren:\n  - id: Zorg\n    naam: Zorg')).toThrow(
      /content\/sectoren\.yaml[\s\S]*veld "sectoren\.0\.id"/,
    );
    expect(() => parseSectors('sectoren:\n  - id: a\n    naam: Aa\n  - id: a\n    naam: Bb')).toThrow(
      /"a" komt twee keer voor/,
    );
  });

  it('asks for the list under its name when a file holds a bare list', () => {
    expect(() => parseSectors('- id: zorg\n  naam: Zorg')).toThrow(/content\/sectoren\.yaml/);
  });
});
