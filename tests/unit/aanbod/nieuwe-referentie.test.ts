import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nieuweReferentie } from '../../../src/lib/aanbod/nieuwe-referentie';
import { bepaalReferentie } from '../../../src/lib/aanbod/referentie';
import { valideerAanbod } from '../../../src/lib/aanbod/schema';
import { geldigeInvoer, TEST_OPTIES } from '../../support/aanbod-fixture';

describe('nieuweReferentie', () => {
  it('makes a UUID v4 the server accepts as reference, also without crypto.randomUUID', () => {
    const r = valideerAanbod(geldigeInvoer(), TEST_OPTIES);
    if (!r.geldig) throw new Error('fixture invalid');
    const zonderRandomUuid = { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) } as Pick<Crypto, 'getRandomValues'>;
    for (const referentie of [nieuweReferentie(), nieuweReferentie(zonderRandomUuid)]) {
      expect(referentie).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(bepaalReferentie(referentie, r.aanbod)).toBe(referentie);
    }
    expect(nieuweReferentie(zonderRandomUuid)).not.toBe(nieuweReferentie(zonderRandomUuid));
  });

  it('falls back to a hash of the offer when no valid reference is sent', () => {
    const r = valideerAanbod(geldigeInvoer(), TEST_OPTIES);
    if (!r.geldig) throw new Error('fixture invalid');
    expect(bepaalReferentie('', r.aanbod)).toMatch(/^inhoud-[0-9a-f]{32}$/);
    expect(bepaalReferentie('../../x', r.aanbod)).toBe(bepaalReferentie('', r.aanbod));
  });
});
