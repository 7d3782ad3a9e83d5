import { describe, expect, it } from 'vitest';
import { REQUEST_FIELDS, type RequestInput } from '../../../src/lib/request/fields';
import { validateRequest } from '../../../src/schemas/request';
import { REQUEST_TEST_OPTIONS, validRequestInput } from '../../support/request-fixture';

function errors(overrides: Partial<RequestInput>, options = REQUEST_TEST_OPTIONS) {
  const result = validateRequest(validRequestInput(overrides), options);
  return result.valid ? {} : result.errors;
}

function request(overrides: Partial<RequestInput>) {
  const result = validateRequest(validRequestInput(overrides), REQUEST_TEST_OPTIONS);
  if (!result.valid) throw new Error(JSON.stringify(result.errors));
  return result.request;
}

describe('validateRequest', () => {
  it('accepts a complete request and normalises KvK, phone and hours', () => {
    const result = request({ contracturen: '24,5', telefoon: '+31 (0)20 123 4567' });
    expect(result.kvk).toBe('87654321');
    expect(result.telefoon).toBe('+31201234567');
    expect(result.contracturen).toBe(24.5);
    expect(result.toelichting).toBeUndefined();
  });

  it('reports every required field of an empty form, in form order, each in Dutch', () => {
    const empty = Object.fromEntries(Object.keys(validRequestInput()).map((k) => [k, ''])) as RequestInput;
    const result = validateRequest(empty, REQUEST_TEST_OPTIONS);
    if (result.valid) throw new Error('an empty form passed');
    const required = REQUEST_FIELDS.filter((f) => !['toelichting', 'eerstejaarsevaluatie_datum'].includes(f));
    expect(Object.keys(result.errors)).toEqual(required);
    for (const message of Object.values(result.errors)) expect(message).toMatch(/^[A-Z]/);
  });

  it('takes a service of the bureau or "call me back", nothing else', () => {
    expect(errors({ dienst: 'dossiercheck' })).toEqual({});
    expect(errors({ dienst: 'terugbellen' })).toEqual({});
    expect(errors({ dienst: '__proto__' })).toEqual({ dienst: 'Kies waarmee wij u kunnen helpen' });
    expect(errors({ dienst: 'advies' })).toEqual({ dienst: 'Kies waarmee wij u kunnen helpen' });
    expect(errors({ dienst: 'advies' }, { ...REQUEST_TEST_OPTIONS, serviceIds: ['advies'] })).toEqual({});
  });

  it.each([
    ['0', /minstens 1 uur/],
    ['61', /hoogstens 60 uur/],
    ['veel', /als getal/],
    ['32,555', /als getal/],
    ['-4', /als getal/],
  ])('refuses %s contract hours', (hours, message) => {
    expect(errors({ contracturen: hours }).contracturen).toMatch(message);
  });

  it('refuses a first sick day in the future or more than three years back, or one that does not exist', () => {
    expect(errors({ eerste_ziektedag: '2026-06-16' }).eerste_ziektedag).toBe(
      'De eerste ziektedag kan niet na vandaag liggen',
    );
    expect(errors({ eerste_ziektedag: '2026-06-15' })).toEqual({});
    expect(errors({ eerste_ziektedag: '2023-06-14' }).eerste_ziektedag).toMatch(/niet meer dan 3 jaar geleden/);
    expect(errors({ eerste_ziektedag: '2023-06-15' })).toEqual({});
    expect(errors({ eerste_ziektedag: '2026-02-30' }).eerste_ziektedag).toMatch(/moet een echte datum zijn/);
    expect(errors({ eerste_ziektedag: '15-06-2026' }).eerste_ziektedag).toMatch(/moet een echte datum zijn/);
  });

  it('wants the date of an eerstejaarsevaluatie that took place, in week 26–80, not in the future', () => {
    const held = { eerste_ziektedag: '2025-01-06', eerstejaarsevaluatie: 'ja' };
    expect(errors(held).eerstejaarsevaluatie_datum).toBe('Vul de datum van de eerstejaarsevaluatie in');
    expect(errors({ ...held, eerstejaarsevaluatie_datum: '2026-01-05' })).toEqual({});
    expect(errors({ ...held, eerstejaarsevaluatie_datum: '2026-06-16' }).eerstejaarsevaluatie_datum).toBe(
      'De eerstejaarsevaluatie kan niet na vandaag liggen',
    );
    expect(errors({ ...held, eerstejaarsevaluatie_datum: '2025-03-01' }).eerstejaarsevaluatie_datum).toMatch(
      /tussen week 26 en week 80/,
    );
    expect(errors({ ...held, eerstejaarsevaluatie_datum: '2026-02-30' }).eerstejaarsevaluatie_datum).toMatch(
      /moet een echte datum zijn/,
    );
  });

  it('names a date typed while "no evaluation yet" was chosen, instead of dropping it', () => {
    expect(errors({ eerstejaarsevaluatie: 'nee', eerstejaarsevaluatie_datum: '2026-01-05' })).toEqual({
      eerstejaarsevaluatie_datum:
        'U koos dat de eerstejaarsevaluatie nog niet is gehouden. Laat de datum leeg, of kies ‘Ja’.',
    });
  });

  it('shows every mistake at once, the dates included', () => {
    expect(Object.keys(errors({ kvk: '1', eerste_ziektedag: '2030-01-01', privacy: '' }))).toEqual([
      'kvk',
      'eerste_ziektedag',
      'privacy',
    ]);
  });

  it('needs the employee to know, and consent', () => {
    expect(errors({ werknemer_geinformeerd: '' }).werknemer_geinformeerd).toMatch(/weet dat u ons om hulp vraagt/);
    expect(errors({ privacy: 'nee' }).privacy).toMatch(/toestemming/i);
  });

  it('allows 500 characters of remarks, cleaned of invisible characters, and no more', () => {
    expect(request({ toelichting: `${'a'.repeat(500)}\u200b` }).toelichting).toHaveLength(500);
    expect(errors({ toelichting: 'a'.repeat(501) }).toelichting).toMatch(/hoogstens 500 tekens/);
  });
});
