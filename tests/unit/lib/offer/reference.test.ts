import { describe, expect, it } from 'vitest';
import { idempotencyKey, isContentReference, resolveReference } from '../../../../src/lib/offer/reference';
import { validateOffer } from '../../../../src/schemas/offer';
import { newReference } from '../../../../src/components/offer/send-offer';
import { TEST_OPTIONS, validInput } from '../../../support/offer-fixture';

function offer() {
  const r = validateOffer(validInput(), TEST_OPTIONS);
  if (!r.valid) throw new Error('fixture invalid');
  return r.offer;
}

describe('resolveReference', () => {
  it('takes a fresh UUID v4 from the browser as the reference', () => {
    const reference = newReference();
    expect(reference).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(resolveReference(reference, offer())).toBe(reference);
    expect(newReference()).not.toBe(reference);
  });

  it('without crypto.randomUUID (no secure context) derives the reference from the content', () => {
    expect(newReference({})).toBe('');
    const derived = resolveReference(newReference({}), offer());
    expect(derived).toMatch(/^inhoud-[0-9a-f]{32}$/);
    expect(isContentReference(derived)).toBe(true);
    expect(resolveReference('', offer())).toBe(derived);
  });

  it('ignores a reference that is not a UUID', () => {
    expect(resolveReference('../../x', offer())).toBe(resolveReference('', offer()));
  });

  it('gives the notification and the confirmation their own idempotency key', () => {
    expect(idempotencyKey('r1', 'bureau')).toBe('aanbod-r1-bureau');
    expect(idempotencyKey('r1', 'bevestiging')).toBe('aanbod-r1-bevestiging');
  });
});
