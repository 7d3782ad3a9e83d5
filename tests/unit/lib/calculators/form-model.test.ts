import { describe, expect, it } from 'vitest';
import { defaultRawValues, validateFields } from '../../../../src/lib/calculators/form-model';

import { calculatorBySlug } from '../../../../src/lib/calculators/catalogue';

const placementSpec = calculatorBySlug('werkervaringsplaats').spec;
const noRiskPolicySpec = calculatorBySlug('no-riskpolis').spec;
const absenceCostsSpec = calculatorBySlug('verzuimkosten').spec;
import { params2025, params2026 } from './fixtures';

const fields = placementSpec.fields;

describe('form model', () => {
  it('formats defaults the Dutch way and takes them from the year', () => {
    const raw2026 = defaultRawValues(fields, params2026);
    expect(raw2026.perkm).toBe('0,23');
    expect(raw2026.werving).toBe('4.494');
    expect(raw2026.lasten).toBe('18,48');
    expect(raw2026.jaar).toBe('2026');
    expect(defaultRawValues(fields, params2025).jaar).toBe('2025');
  });

  it('defaults validate without errors and parse back to the same numbers', () => {
    const { values, errors } = validateFields(fields, {
      ...defaultRawValues(fields, params2026),
      reis: 'ja',
      aannemen: 'ja',
    });
    expect(errors).toEqual({});
    expect(values.werving).toBe(4494);
    expect(values.perkm).toBe(0.23);
  });

  it('gives a clear message for empty, non-numeric and out-of-range input', () => {
    const raw = { ...defaultRawValues(fields, params2026), uren: '', weken: 'dertien', contracturen: '0' };
    const { errors } = validateFields(fields, raw);
    expect(errors.uren).toBe('Vul uren per week in');
    expect(errors.weken).toMatch(/^Vul bij duur van de plaatsing een getal in/);
    expect(errors.contracturen).toBe('Vul bij contracturen van die medewerker een getal in van 1 tot en met 60');
  });

  it('says a negative amount is not allowed, instead of asking for a number', () => {
    const raw = { ...defaultRawValues(fields, params2026), maandloon: '-5', uren: '− 1.234,5', weken: '-x' };
    const { errors } = validateFields(fields, raw);
    expect(errors.maandloon).toBe('Brutomaandloon van een vergelijkbare medewerker mag niet negatief zijn');
    expect(errors.uren).toBe('Uren per week mag niet negatief zijn');
    expect(errors.weken).toMatch(/^Vul bij duur van de plaatsing een getal in/);
  });

  it('rejects a fraction where whole numbers are needed', () => {
    const raw = { ...defaultRawValues(noRiskPolicySpec.fields, params2026), jaren: '2,5' };
    expect(validateFields(noRiskPolicySpec.fields, raw).errors.jaren).toMatch(/heel getal/);
  });

  it('ignores hidden fields (travel inputs when travel is off)', () => {
    const raw = { ...defaultRawValues(fields, params2026), reis: 'nee', km: 'x' };
    expect(validateFields(fields, raw).errors).toEqual({});
  });

  it('accepts Dutch decimal input', () => {
    const raw = { ...defaultRawValues(fields, params2026), maandloon: '3.120,00', contracturen: '36' };
    expect(validateFields(fields, raw).values.maandloon).toBe(3120);
  });

  it('asks which reading is meant instead of guessing, and keeps both readings', () => {
    const raw = { ...defaultRawValues(fields, params2026), maandloon: '3,000', contracturen: '3,000' };
    const { errors, ambiguous, values } = validateFields(fields, raw);
    expect(errors.maandloon).toBe('Brutomaandloon van een vergelijkbare medewerker: bedoelt u 3.000 of 3?');
    expect(ambiguous.maandloon).toEqual([3000, 3]);
    expect(values.maandloon).toBeUndefined();
    // In a field of 1 to 60 hours only 3 fits, so nothing needs asking.
    expect(errors.contracturen).toBeUndefined();
    expect(values.contracturen).toBe(3);
  });

  it('a reading chosen from the question reads back without a question', () => {
    for (const chosen of ['3.000', '3']) {
      const raw = { ...defaultRawValues(fields, params2026), maandloon: chosen };
      expect(validateFields(fields, raw).errors).toEqual({});
    }
  });

  it('checks a day against today: a real date, not after today; empty is allowed', () => {
    const dates = absenceCostsSpec.fields;
    const base = defaultRawValues(dates, params2026);
    const check = (eerstedag: string, today?: string) =>
      validateFields(dates, { ...base, eerstedag }, { today }).errors.eerstedag;
    expect(check('')).toBeUndefined();
    expect(check('2026-02-30')).toBe('Eerste ziektedag moet een echte datum zijn');
    // The boxes as typed in the island (`jaar-maand-dag`, not padded): judged as sent.
    expect(check('2026-3-5', '2026-06-15')).toBeUndefined();
    expect(check('2026--5')).toBe('Eerste ziektedag moet een maand bevatten');
    expect(check('2026-06-16', '2026-06-15')).toBe('Eerste ziektedag mag niet na vandaag liggen');
    expect(check('2026-06-15', '2026-06-15')).toBeUndefined();
    expect(check('2021-06-15', '2026-06-15')).toBeUndefined();
    // Without today only the date itself is checked.
    expect(check('2030-01-01')).toBeUndefined();
  });
});
