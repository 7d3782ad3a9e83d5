import { describe, expect, it } from 'vitest';
import { offerCopy, offerCopyFileName, serialiseOfferCopy } from '../../../../src/lib/offer/json-copy';
import { offerCopySchema } from '../../../../src/schemas/offer-copy';
import { validateOffer } from '../../../../src/schemas/offer';
import { TEST_OPTIONS, validInput } from '../../../support/offer-fixture';

function offer(overrides = {}) {
  const r = validateOffer(validInput(overrides), TEST_OPTIONS);
  if (!r.valid) throw new Error(JSON.stringify(r.errors));
  return r.offer;
}

const sectorName = (id: string) => (id === 'horeca' ? 'Horeca en catering' : id);

describe('offerCopy', () => {
  it('holds the normalised offer in the documented, versioned shape', () => {
    const copy = offerCopy(offer({ startdatum: '2026-09-01', opmerkingen: 'Regel 1\nRegel 2' }), 'ref-1', sectorName);
    expect(offerCopySchema.parse(copy)).toEqual(copy);
    expect(copy).toEqual({
      schemaVersie: 1,
      referentie: 'ref-1',
      organisatie: {
        naam: 'Bakkerij De Korenschoof',
        kvkNummer: '12345678',
        sector: { id: 'horeca', naam: 'Horeca en catering' },
      },
      werkplek: { postcode: '1234 AB', plaats: 'Utrecht' },
      contactpersoon: { naam: 'Anna de Vries', email: 'anna@korenschoof.example', telefoon: '+31612345678' },
      werkervaringsplaats: {
        functie: 'Medewerker bakkerij',
        werkzaamheden: 'Helpen bij het bakken van brood en het inpakken van bestellingen.',
        urenPerWeek: 16,
        startdatum: '2026-09-01',
        duurWeken: 12,
        begeleider: true,
        reiskosten: 'in_overleg',
        doorstroom: 'misschien',
        aanpassingen: null,
        opmerkingen: 'Regel 1\nRegel 2',
      },
      toestemmingPrivacyverklaring: true,
    });
  });

  it('writes empty optional answers as null', () => {
    const copy = offerCopy(offer({ duur_weken: '', begeleider: 'nee' }), 'ref-2', sectorName);
    expect(copy.werkervaringsplaats).toMatchObject({
      startdatum: null,
      duurWeken: null,
      aanpassingen: null,
      begeleider: false,
    });
  });

  it('is the same text every time for the same offer, so a retry sends the very same bytes', () => {
    const first = serialiseOfferCopy(offerCopy(offer(), 'ref-3', sectorName));
    const second = serialiseOfferCopy(offerCopy(offer(), 'ref-3', sectorName));
    expect(first).toBe(second);
    expect(JSON.parse(first).referentie).toBe('ref-3');
    expect(offerCopyFileName('ref-3')).toBe('aanbod-ref-3.json');
  });
});
