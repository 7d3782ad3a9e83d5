import { describe, expect, it } from 'vitest';
import { nieuweReferentie } from '../../../src/lib/aanbod/nieuwe-referentie';
import { bepaalReferentie } from '../../../src/lib/aanbod/referentie';
import { valideerAanbod } from '../../../src/lib/aanbod/schema';
import { geldigeInvoer, TEST_OPTIES } from '../../support/aanbod-fixture';

describe('nieuweReferentie', () => {
  it('makes a fresh UUID v4 the server accepts as reference', () => {
    const r = valideerAanbod(geldigeInvoer(), TEST_OPTIES);
    if (!r.geldig) throw new Error('fixture invalid');
    const referentie = nieuweReferentie();
    expect(referentie).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bepaalReferentie(referentie, r.aanbod)).toBe(referentie);
    expect(nieuweReferentie()).not.toBe(referentie);
  });

  it('without crypto.randomUUID (no secure context) leaves the reference to the server, which derives it from the content', () => {
    const r = valideerAanbod(geldigeInvoer(), TEST_OPTIES);
    if (!r.geldig) throw new Error('fixture invalid');
    const referentie = nieuweReferentie({});
    expect(referentie).toBe('');
    expect(bepaalReferentie(referentie, r.aanbod)).toMatch(/^inhoud-[0-9a-f]{32}$/);
    expect(bepaalReferentie(nieuweReferentie({}), r.aanbod)).toBe(bepaalReferentie(referentie, r.aanbod));
  });

  it('falls back to a hash of the offer when no valid reference is sent', () => {
    const r = valideerAanbod(geldigeInvoer(), TEST_OPTIES);
    if (!r.geldig) throw new Error('fixture invalid');
    expect(bepaalReferentie('', r.aanbod)).toMatch(/^inhoud-[0-9a-f]{32}$/);
    expect(bepaalReferentie('../../x', r.aanbod)).toBe(bepaalReferentie('', r.aanbod));
  });
});
