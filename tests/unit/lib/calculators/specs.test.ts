import { describe, expect, it } from 'vitest';
import { CALCULATORS, calculatorBySlug } from '../../../../src/lib/calculators/catalogue';
import { defaultRawValues, validateFields } from '../../../../src/lib/calculators/form-model';
import { formatEuro, formatEuroWhole, formatNumber } from '../../../../src/lib/format/numbers';
import { parametersForYear } from '../../../../src/lib/calculators/year-parameters';
import { bothYears, params2026 } from './fixtures';

const parametersFor = (year: number) => parametersForYear(bothYears, year);

describe('calculator views', () => {
  for (const { slug, spec } of CALCULATORS) {
    it(`${slug}: defaults give finite amounts and a summary`, () => {
      const { values, errors } = validateFields(spec.fields, defaultRawValues(spec.fields, params2026));
      expect(errors).toEqual({});
      const view = spec.compute(values, 2026, parametersFor);
      for (const row of [...view.rows, ...view.chart]) expect(Number.isFinite(row.amount)).toBe(true);
      expect(view.summary).toMatch(/€/);
    });
  }

  it('werkervaringsplaats warns when the hourly wage is below the minimum wage', () => {
    const { spec } = calculatorBySlug('werkervaringsplaats');
    const raw = { ...defaultRawValues(spec.fields, params2026), maandloon: '1.000' };
    const view = spec.compute(validateFields(spec.fields, raw).values, 2026, parametersFor);
    expect(view.notes[0]).toMatch(/lager dan het minimumuurloon van 2026/);
  });

  it('euro amounts are shown in Dutch notation to the cent', () => {
    expect(formatEuro(15_225.6)).toBe('€\u00a015.225,60');
  });

  it('an amount that shows as zero never gets a minus sign, a real negative amount keeps it', () => {
    expect(formatEuro(-0)).toBe('€\u00a00,00');
    expect(formatEuro(-0.001)).toBe('€\u00a00,00');
    expect(formatEuroWhole(-0.4)).toBe('€\u00a00');
    expect(formatNumber(-0)).toBe('0');
    expect(formatEuro(-4)).toBe('€\u00a0-4,00');
  });
});
