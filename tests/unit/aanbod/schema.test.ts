import { describe, expect, it } from 'vitest';
import { valideerAanbod } from '../../../src/lib/aanbod/schema';
import type { AanbodInvoer } from '../../../src/lib/aanbod/velden';
import { geldigeInvoer, TEST_OPTIES } from '../../support/aanbod-fixture';

function fouten(overrides: Partial<AanbodInvoer>) {
  const resultaat = valideerAanbod(geldigeInvoer(overrides), TEST_OPTIES);
  return resultaat.geldig ? {} : resultaat.fouten;
}

describe('valideerAanbod', () => {
  it('accepts a complete offer and normalises postcode, phone and KvK', () => {
    const resultaat = valideerAanbod(geldigeInvoer(), TEST_OPTIES);
    expect(resultaat.geldig).toBe(true);
    if (!resultaat.geldig) return;
    expect(resultaat.aanbod.postcode).toBe('1234 AB');
    expect(resultaat.aanbod.telefoon).toBe('+31612345678');
    expect(resultaat.aanbod.kvk).toBe('12345678');
    expect(resultaat.aanbod.uren_per_week).toBe(16);
    expect(resultaat.aanbod.duur_weken).toBe(12);
    expect(resultaat.aanbod.startdatum).toBeUndefined();
    expect(resultaat.aanbod.opmerkingen).toBeUndefined();
  });

  it('reports every required field of an empty form, in form order', () => {
    const leeg = Object.fromEntries(Object.keys(geldigeInvoer()).map((k) => [k, '']));
    const resultaat = valideerAanbod(leeg as AanbodInvoer, TEST_OPTIES);
    expect(resultaat.geldig).toBe(false);
    if (resultaat.geldig) return;
    expect(Object.keys(resultaat.fouten)).toEqual([
      'organisatie', 'kvk', 'sector', 'postcode', 'plaats', 'contactpersoon', 'email', 'telefoon', 'functie',
      'werkzaamheden', 'uren_per_week', 'begeleider', 'reiskosten', 'doorstroom', 'privacy',
    ]);
    expect(resultaat.fouten.organisatie).toBe('Vul de naam van uw organisatie in');
    expect(resultaat.fouten.email).toBe('Vul uw e-mailadres in');
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
    ['startdatum', '2026-02-30', /geldige datum/],
    ['startdatum', '15-07-2026', /geldige datum/],
    ['duur_weken', '3', /4 tot en met 52/],
    ['duur_weken', '53', /4 tot en met 52/],
    ['begeleider', 'misschien', /begeleider/],
    ['reiskosten', 'soms', /reiskosten/],
    ['doorstroom', 'ja!', /detachering/],
    ['aanpassingen', 'x'.repeat(2001), /hoogstens 2000/],
    ['opmerkingen', 'x'.repeat(2001), /hoogstens 2000/],
    ['privacy', 'nee', /toestemming/],
  ] as const)('refuses %s = %j', (veld, waarde, melding) => {
    const resultaat = fouten({ [veld]: waarde });
    expect(Object.keys(resultaat)).toEqual([veld]);
    expect(resultaat[veld]).toMatch(melding);
  });

  it.each([
    ['1234ab', '1234 AB'],
    ['1234 AB', '1234 AB'],
    [' 9999   zz ', '9999 ZZ'],
  ])('normalises postcode %j to %j', (invoer, verwacht) => {
    const r = valideerAanbod(geldigeInvoer({ postcode: invoer }), TEST_OPTIES);
    expect(r.geldig && r.aanbod.postcode).toBe(verwacht);
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
  ])('normalises phone %j to %j', (invoer, verwacht) => {
    const r = valideerAanbod(geldigeInvoer({ telefoon: invoer }), TEST_OPTIES);
    expect(r.geldig && r.aanbod.telefoon).toBe(verwacht);
  });

  it.each([
    ['12345678', '12345678'],
    ['1234 5678', '12345678'],
    [' 12 34 56 78 ', '12345678'],
  ])('normalises KvK %j to %j', (invoer, verwacht) => {
    const r = valideerAanbod(geldigeInvoer({ kvk: invoer }), TEST_OPTIES);
    expect(r.geldig && r.aanbod.kvk).toBe(verwacht);
  });

  it('accepts the boundaries of every numeric and length rule', () => {
    const r = valideerAanbod(
      geldigeInvoer({
        organisatie: 'AB',
        uren_per_week: '40',
        duur_weken: '4',
        startdatum: '2026-06-15',
        werkzaamheden: 'x'.repeat(20),
        opmerkingen: 'x'.repeat(2000),
      }),
      TEST_OPTIES,
    );
    expect(r.geldig).toBe(true);
  });
});
