import { describe, expect, it } from 'vitest';
import { defaultRawValues, resolveRawValues } from '../../../../src/lib/calculators/form-model';
import { calculatorBySlug } from '../../../../src/lib/calculators/catalogue';

const placementSpec = calculatorBySlug('werkervaringsplaats').spec;
const noRiskPolicySpec = calculatorBySlug('no-riskpolis').spec;
const absenceCostsSpec = calculatorBySlug('verzuimkosten').spec;

import { readSubmittedValues, readUrlValues, submittedSearch } from '../../../../src/lib/calculators/url-state';
import { bothYears, params2026 } from './fixtures';

const fields = placementSpec.fields;

describe('URL state', () => {
  it('reads only its own namespaced keys', () => {
    expect(readUrlValues('?wep.uren=16&vzk.uren=8&uren=3&utm_source=x', 'wep', ['uren', 'weken'])).toEqual({
      uren: '16',
    });
  });

  it('writes the query a GET submission of the form sends: year first, every field in form order, ticked boxes only', () => {
    const raw = { ...defaultRawValues(fields, params2026), uren: '24', reis: 'ja', aannemen: 'nee' };
    const params = [...new URLSearchParams(submittedSearch(placementSpec, raw))];
    expect(params[0]).toEqual(['wep.jaar', '2026']);
    expect(params.map(([name]) => name)).toEqual([
      'wep.jaar',
      'wep.uren',
      'wep.weken',
      'wep.maandloon',
      'wep.contracturen',
      'wep.lasten',
      'wep.prodstart',
      'wep.prodeind',
      'wep.begeleiding',
      'wep.eenmalig',
      'wep.uurkosten',
      'wep.reis',
      'wep.km',
      'wep.dagen',
      'wep.perkm',
      'wep.aanpassingen',
      'wep.werving',
    ]);
    expect(new URLSearchParams(submittedSearch(placementSpec, raw)).get('wep.reis')).toBe('ja');
  });

  it('has no year in the query of a calculator without a year selector, and keeps an empty day', () => {
    const raw = { ...defaultRawValues(absenceCostsSpec.fields, params2026), eerstedag: '' };
    const params = new URLSearchParams(submittedSearch(absenceCostsSpec, raw));
    expect(params.has('vzk.jaar')).toBe(false);
    expect(params.get('vzk.eerstedag')).toBe('');
    expect([...params.keys()][0]).toBe('vzk.eerstedag');
  });

  it('writes a day as typed in the boxes as one ISO value, and reads both that and the three boxes back', () => {
    const raw = { ...defaultRawValues(absenceCostsSpec.fields, params2026), eerstedag: '2026-1-5' };
    expect(new URLSearchParams(submittedSearch(absenceCostsSpec, raw)).get('vzk.eerstedag')).toBe('2026-01-05');
    const fields = absenceCostsSpec.fields;
    expect(readSubmittedValues('?vzk.eerstedag=2026-01-15', 'vzk', fields)?.eerstedag).toBe('2026-01-15');
    const boxes = '?vzk.eerstedag-dag=15&vzk.eerstedag-maand=1&vzk.eerstedag-jaar=2026';
    expect(readSubmittedValues(boxes, 'vzk', fields)?.eerstedag).toBe('2026-01-15');
    expect(readSubmittedValues('?vzk.eerstedag-dag=15&vzk.eerstedag-jaar=2026', 'vzk', fields)?.eerstedag).toBe(
      '2026--15',
    );
    // Boxes only count for a date field.
    expect(readSubmittedValues('?wep.uren-dag=3&wep.uren-maand=1&wep.uren-jaar=2026', 'wep', fields)).toBeNull();
  });

  it('reads a submission back with form meaning: a missing box is "nee", nothing of ours is no submission', () => {
    expect(readSubmittedValues('?utm_source=x', 'wep', fields)).toBeNull();
    const read = readSubmittedValues('?wep.jaar=2026&wep.uren=24', 'wep', fields);
    expect(read).toEqual({ jaar: '2026', uren: '24', reis: 'nee', aannemen: 'nee' });
    // A box that is on by default is off when the form was sent without it.
    expect(readSubmittedValues('?nrp.jaar=2026', 'nrp', noRiskPolicySpec.fields)?.lkv).toBe('nee');
    expect(readSubmittedValues('?nrp.jaar=2026&nrp.lkv=ja', 'nrp', noRiskPolicySpec.fields)?.lkv).toBe('ja');
  });

  it('round-trips: what the island writes, the result page reads back to the same values', () => {
    const changed = { uren: '1.234,5', reis: 'ja', km: '12', aannemen: 'ja', werving: '3.000' };
    const { raw } = resolveRawValues(fields, bothYears, 2026, changed);
    const read = readSubmittedValues(submittedSearch(placementSpec, raw), 'wep', fields)!;
    expect(resolveRawValues(fields, bothYears, 2026, read).raw).toEqual(raw);
  });

  it('falls back to the default year for a year without parameters', () => {
    expect(resolveRawValues(fields, bothYears, 2026, { jaar: '1999' }).year).toBe(2026);
    expect(resolveRawValues(fields, bothYears, 2026, { jaar: '2025' }).raw.lasten).toBe('18,48');
  });
});
