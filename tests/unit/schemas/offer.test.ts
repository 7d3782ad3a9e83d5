import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../../src/schemas/offer';
import type { OfferInput } from '../../../src/lib/offer/fields';
import { TEST_OPTIONS, validInput } from '../../support/offer-fixture';

function errors(overrides: Partial<OfferInput>) {
  const result = validateOffer(validInput(overrides), TEST_OPTIONS);
  return result.valid ? {} : result.errors;
}

function offer(overrides: Partial<OfferInput>) {
  const result = validateOffer(validInput(overrides), TEST_OPTIONS);
  if (!result.valid) throw new Error(JSON.stringify(result.errors));
  return result.offer;
}

describe('validateOffer', () => {
  it('accepts a complete offer and normalises postcode, phone and KvK', () => {
    const result = offer({});
    expect(result.postcode).toBe('1234 AB');
    expect(result.telefoon).toBe('+31612345678');
    expect(result.kvk).toBe('12345678');
    expect(result.uren_per_week).toBe(16);
    expect(result.duur_weken).toBe(12);
    expect(result.startdatum).toBeUndefined();
    expect(result.opmerkingen).toBeUndefined();
  });

  it('reports every required field of an empty form, in form order', () => {
    const empty = Object.fromEntries(Object.keys(validInput()).map((k) => [k, '']));
    const result = validateOffer(empty as OfferInput, TEST_OPTIONS);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(Object.keys(result.errors)).toEqual([
      'organisatie',
      'kvk',
      'sector',
      'postcode',
      'plaats',
      'contactpersoon',
      'email',
      'telefoon',
      'functie',
      'werkzaamheden',
      'uren_per_week',
      'begeleider',
      'reiskosten',
      'doorstroom',
      'privacy',
    ]);
    expect(result.errors.organisatie).toBe('Vul de naam van uw organisatie in');
    expect(result.errors.email).toBe('Vul uw e-mailadres in');
  });

  it.each([
    ['organisatie', 'A', /minstens 2/],
    ['organisatie', 'x'.repeat(201), /hoogstens 200/],
    ['kvk', '1234567', /8 cijfers/],
    ['kvk', '123456789', /8 cijfers/],
    ['kvk', '1234567a', /8 cijfers/],
    ['sector', 'bestaat-niet', /Kies de sector/],
    ['contactpersoon', 'x'.repeat(121), /hoogstens 120/],
    ['email', 'anna@', /geldig e-mailadres/],
    ['telefoon', '12345', /geldig telefoonnummer/],
    ['telefoon', '06-1234567', /geldig telefoonnummer/],
    ['telefoon', 'bel me', /geldig telefoonnummer/],
    ['postcode', '0123 AB', /Nederlandse postcode/],
    ['postcode', '1234 SS', /Nederlandse postcode/],
    ['postcode', '12345', /Nederlandse postcode/],
    ['plaats', 'x'.repeat(101), /hoogstens 100/],
    ['functie', 'x', /minstens 2/],
    ['werkzaamheden', 'Te kort.', /minstens 20/],
    ['werkzaamheden', 'x'.repeat(4001), /hoogstens 4000/],
    ['uren_per_week', '3', /4 tot en met 40/],
    ['uren_per_week', '41', /4 tot en met 40/],
    ['uren_per_week', '12.5', /heel getal/],
    ['uren_per_week', '', /Vul het aantal uren/],
    ['startdatum', '2026-06-14', /verleden/],
    ['startdatum', '2026-02-30', /Gewenste startdatum moet een echte datum zijn/],
    ['startdatum', '15-07-2026', /echte datum/],
    ['duur_weken', '3', /4 tot en met 52/],
    ['duur_weken', '53', /4 tot en met 52/],
    ['begeleider', 'misschien', /begeleider/],
    ['reiskosten', 'soms', /reiskosten/],
    ['doorstroom', 'ja!', /detachering/],
    ['aanpassingen', 'x'.repeat(2001), /hoogstens 2000/],
    ['opmerkingen', 'x'.repeat(2001), /hoogstens 2000/],
    ['privacy', 'nee', /toestemming/],
    ['kvk', `12345678${' '.repeat(200)}`, /te lang/],
    ['werkzaamheden', 'x'.repeat(5000), /te lang/],
  ] as const)('refuses %s = %j', (field, value, message) => {
    const result = errors({ [field]: value });
    expect(Object.keys(result)).toEqual([field]);
    expect(result[field]).toMatch(message);
  });

  it.each([
    ['1234ab', '1234 AB'],
    ['1234 AB', '1234 AB'],
    [' 9999   zz ', '9999 ZZ'],
  ])('normalises postcode %j to %j', (input, expected) => {
    expect(offer({ postcode: input }).postcode).toBe(expected);
  });

  it.each([
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 (0)6 1234 5678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['020-123 45 67', '+31201234567'],
    ['(020) 1234567', '+31201234567'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('normalises phone %j to %j', (input, expected) => {
    expect(offer({ telefoon: input }).telefoon).toBe(expected);
  });

  it.each([
    ['12345678', '12345678'],
    ['1234 5678', '12345678'],
    [' 12 34 56 78 ', '12345678'],
  ])('normalises KvK %j to %j', (input, expected) => {
    expect(offer({ kvk: input }).kvk).toBe(expected);
  });

  it('accepts the boundaries of every numeric and length rule', () => {
    const result = validateOffer(
      validInput({
        organisatie: 'AB',
        uren_per_week: '40',
        duur_weken: '4',
        startdatum: '2026-06-15',
        werkzaamheden: 'x'.repeat(20),
        opmerkingen: 'x'.repeat(2000),
      }),
      TEST_OPTIONS,
    );
    expect(result.valid).toBe(true);
  });
});

describe('clean input', () => {
  const RLO = '\u202e';
  const hidden = `\u0000${RLO}\u202a\u2066\u2069\u0007`;

  it('removes NUL, other control characters and bidi overrides from every text field', () => {
    const result = offer({
      organisatie: `Bakkerij${hidden} De Korenschoof`,
      functie: `${RLO}reppilS`,
      contactpersoon: `Anna\u0000 de Vries`,
      plaats: `Utr\u2067echt`,
      werkzaamheden: `Regel een${hidden}\r\nRegel twee met\ttab en genoeg tekst`,
    });
    for (const value of [
      result.organisatie,
      result.functie,
      result.contactpersoon,
      result.plaats,
      result.werkzaamheden,
    ]) {
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(value).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(result.organisatie).toBe('Bakkerij De Korenschoof');
    expect(result.functie).toBe('reppilS');
    expect(result.plaats).toBe('Utrecht');
  });

  it('keeps line breaks and tabs in long texts, and turns them into spaces in one-line fields', () => {
    const result = offer({
      functie: 'Medewerker\r\nbakkerij',
      werkzaamheden: 'Eerste regel\r\nTweede\tregel met genoeg tekst',
    });
    expect(result.functie).toBe('Medewerker bakkerij');
    expect(result.werkzaamheden).toBe('Eerste regel\nTweede\tregel met genoeg tekst');
  });

  it('counts a field that holds nothing but invisible characters as empty', () => {
    expect(errors({ organisatie: `${RLO}\u0000` }).organisatie).toBe('Vul de naam van uw organisatie in');
  });
});
