import { describe, expect, it } from 'vitest';
import { largestValidOfferBytes, MAX_BODY_BYTES } from '../../../../src/lib/offer/body-limit';
import { SURROUNDING_WHITESPACE_ALLOWANCE } from '../../../../src/lib/intake/body-limit';
import { MAX_LENGTH, type OfferInput } from '../../../../src/lib/offer/fields';
import { validateOffer } from '../../../../src/schemas/offer';
import { TEST_OPTIONS, validInput } from '../../../support/offer-fixture';

/** Every free text at its longest, in `character`, with the allowed surrounding whitespace. */
function largestOffer(character: string): OfferInput {
  const fill = (field: keyof typeof MAX_LENGTH) => {
    const units = MAX_LENGTH[field];
    const body = character.repeat(Math.floor(units / character.length));
    return `${' '.repeat(SURROUNDING_WHITESPACE_ALLOWANCE / 2)}${body}${' '.repeat(SURROUNDING_WHITESPACE_ALLOWANCE / 2)}`;
  };
  return validInput({
    organisatie: fill('organisatie'),
    plaats: fill('plaats'),
    contactpersoon: fill('contactpersoon'),
    functie: fill('functie'),
    werkzaamheden: fill('werkzaamheden'),
    aanpassingen: fill('aanpassingen'),
    opmerkingen: fill('opmerkingen'),
    kvk: ` 1234 5678${' '.repeat(SURROUNDING_WHITESPACE_ALLOWANCE)}`,
    referentie: 'WP-4F7K-2Q',
  });
}

/** JSON with every non-ASCII character written as a \u escape: the longest way to send the same offer. */
function escapedJson(input: OfferInput): string {
  return JSON.stringify(input).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('the body limit', () => {
  it.each([
    ['€', 'a three-byte character'],
    ['😀', 'a character outside the BMP (two code units, four bytes)'],
    ['a', 'plain ASCII'],
  ])('fits the largest valid offer written in %s (%s), as a form post and as JSON', (character) => {
    const input = largestOffer(character);
    expect(validateOffer(input, TEST_OPTIONS).valid).toBe(true);
    const formBytes = Buffer.byteLength(new URLSearchParams(input).toString());
    const jsonBytes = Buffer.byteLength(escapedJson(input));
    expect(formBytes).toBeLessThanOrEqual(largestValidOfferBytes());
    expect(jsonBytes).toBeLessThanOrEqual(largestValidOfferBytes());
  });

  it('refuses an offer text far too long to be valid before it is counted (so the limit has a meaning)', () => {
    const input = validInput({
      werkzaamheden: 'x'.repeat(MAX_LENGTH.werkzaamheden + SURROUNDING_WHITESPACE_ALLOWANCE + 1),
    });
    expect(validateOffer(input, TEST_OPTIONS).valid).toBe(false);
  });

  it('leaves room to read an over-long offer and name the field, and stays far from memory trouble', () => {
    expect(MAX_BODY_BYTES).toBe(2 * largestValidOfferBytes());
    expect(MAX_BODY_BYTES).toBeLessThan(512 * 1024);
  });
});
