import { describe, expect, it } from 'vitest';
import {
  formatResultValue,
  resultPeriodText,
  resultProvenance,
  storyAttribution,
} from '../../../../src/lib/bureau/results';
import { articleAuthor, profilePath, sortPeople } from '../../../../src/lib/bureau/people';

describe('result figures', () => {
  it('shows the figure with its unit', () => {
    expect(formatResultValue({ waarde: 21, eenheid: '%' })).toBe('21%');
    expect(formatResultValue({ waarde: 4.5, eenheid: 'werkdagen' })).toBe('4,5 werkdagen');
  });

  it('names the period in words and dates, and what the figure rests on', () => {
    expect(resultPeriodText({ periode: { label: '4e kwartaal 2022', van: '2022-10-01', tot: '2022-12-31' } })).toBe(
      '4e kwartaal 2022 (1 oktober 2022 tot en met 31 december 2022)',
    );
    expect(resultProvenance({ aantalTrajecten: 48, bron: 'eigen registratie Q4 2022' })).toBe(
      '48 trajecten; bron: eigen registratie Q4 2022',
    );
    expect(resultProvenance({ aantalTrajecten: 1, bron: 'eigen registratie' })).toBe(
      '1 traject; bron: eigen registratie',
    );
  });
});

describe('client stories', () => {
  it('names nobody when the story is anonymised, even if a name was filled in', () => {
    expect(storyAttribution({ geanonimiseerd: true, naam: 'Jan', organisatie: 'Bakkerij' })).toBeUndefined();
  });

  it('names the client and organisation when the client agreed to be named', () => {
    expect(storyAttribution({ geanonimiseerd: false, naam: 'Jan', organisatie: 'Bakkerij' })).toBe('Jan, Bakkerij');
    expect(storyAttribution({ geanonimiseerd: false, organisatie: 'Bakkerij' })).toBe('Bakkerij');
  });
});

describe('people', () => {
  const people = [
    { id: 'b', naam: 'Bram', functie: 'Jobcoach', volgorde: 2 },
    { id: 'a', naam: 'Anna', functie: 'Arbeidsdeskundige', volgorde: 2 },
    { id: 'c', naam: 'Cor', functie: 'Adviseur', volgorde: 1 },
  ];

  it('sorts by volgorde, then by name', () => {
    expect(sortPeople(people).map((person) => person.id)).toEqual(['c', 'a', 'b']);
  });

  it('links an author to their profile on /over-ons/, and shows the editorial team once as "Redactie"', () => {
    expect(profilePath('anna')).toBe('/over-ons/#anna');
    expect(articleAuthor('a', people, 'redactie')).toEqual({
      kind: 'person',
      id: 'a',
      naam: 'Anna',
      functie: 'Arbeidsdeskundige',
    });
    expect(articleAuthor('redactie', people, 'redactie')).toEqual({ kind: 'editorial', naam: 'Redactie' });
  });
});
