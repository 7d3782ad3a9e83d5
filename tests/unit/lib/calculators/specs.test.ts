import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, calculatorBySlug } from '../../../../src/lib/calculators/catalogue';
import type { CalculatorSpec, CalculatorView } from '../../../../src/lib/calculators/calculator-view';
import {
  defaultRawValues,
  fieldHint,
  validateFields,
  type NumberFieldSpec,
  type RawValues,
} from '../../../../src/lib/calculators/form-model';
import { formatEuro, formatEuroWhole, formatNumber } from '../../../../src/lib/format/numbers';
import { parametersForYear } from '../../../../src/lib/calculators/year-parameters';
import { bothYears, params2025, params2026 } from './fixtures';
import { sentencesBreakingFigureRule } from './figure-rule';

const parametersFor = (year: number) => parametersForYear(bothYears, year);

function view(slug: 'werkervaringsplaats' | 'no-riskpolis' | 'verzuimkosten', changes: RawValues = {}, year = 2026) {
  const { spec } = calculatorBySlug(slug);
  const raw = { ...defaultRawValues(spec.fields, parametersFor(year)), ...changes };
  const { values, errors } = validateFields(spec.fields, raw);
  expect(errors).toEqual({});
  return spec.compute(values, year, parametersFor);
}

const row = (v: CalculatorView, label: string | RegExp) => {
  const found = v.groups
    .flatMap((group) => group.rows)
    .find((r) => (typeof label === 'string' ? r.label === label : label.test(r.label)));
  if (!found) throw new Error(`no row ${label}`);
  return found;
};

/** Random raw input within every number field's limits, and random toggles. */
function validRaw(spec: CalculatorSpec): fc.Arbitrary<RawValues> {
  const entries = spec.fields.map((field) =>
    field.kind === 'toggle'
      ? fc.constantFrom('ja', 'nee').map((value) => [field.key, value] as const)
      : (field.integer
          ? fc.integer({ min: Math.ceil(field.min), max: Math.floor(field.max) })
          : fc.double({ min: field.min, max: (field as NumberFieldSpec).max, noNaN: true })
        ).map((value) => [field.key, formatNumber(value)] as const),
  );
  return fc.tuple(fc.constantFrom('2025', '2026'), ...entries).map(([year, ...pairs]) => ({
    jaar: year,
    ...Object.fromEntries(pairs),
  }));
}

describe('calculator views', () => {
  for (const { slug, spec } of CALCULATORS) {
    it(`${slug}: defaults give finite amounts, a summary and a short headline`, () => {
      const { values, errors } = validateFields(spec.fields, defaultRawValues(spec.fields, params2026));
      expect(errors).toEqual({});
      const v = spec.compute(values, 2026, parametersFor);
      for (const r of [...v.groups.flatMap((g) => g.rows), ...v.chart]) expect(Number.isFinite(r.amount)).toBe(true);
      expect(v.summary).toMatch(/€/);
      expect(v.headline.length).toBeLessThan(60);
    });

    it(`${slug}: for every valid input no amount is negative and no text shows a minus sign`, () => {
      fc.assert(
        fc.property(validRaw(spec), (raw) => {
          const { values, errors } = validateFields(spec.fields, raw);
          if (Object.keys(errors).length > 0) return; // a rounding of the random number can leave the range
          const v = spec.compute(values, Number(raw.jaar), parametersFor);
          for (const r of [...v.groups.flatMap((g) => g.rows), ...v.chart]) {
            expect(Number.isFinite(r.amount)).toBe(true);
            expect(r.amount).toBeGreaterThanOrEqual(0);
          }
          for (const text of [v.summary, v.headline, ...v.notes]) expect(text).not.toMatch(/€\s?[-\u2212]/);
        }),
        { numRuns: 300 },
      );
    });

    it(`${slug}: every hint and assumption follows the figure rule (a figure comes with a year)`, () => {
      for (const p of [params2025, params2026]) {
        for (const field of spec.fields) {
          const hint = fieldHint(field, p) ?? '';
          expect(sentencesBreakingFigureRule(hint), `${field.key}: ${hint}`).toEqual([]);
        }
        for (const assumption of calculatorBySlug(slug).assumptions(p))
          expect(sentencesBreakingFigureRule(assumption), assumption).toEqual([]);
      }
    });
  }

  it('werkervaringsplaats: totals are the sum of their parts, the unpaid wage is context only', () => {
    const v = view('werkervaringsplaats', { reis: 'ja', aanpassingen: '350', aannemen: 'ja' });
    const costs = v.groups.find((g) => g.heading === 'Wat de plaats u kost')!.rows;
    const gains = v.groups.find((g) => g.heading === 'Wat de plaats u oplevert')!.rows;
    expect(costs.at(-1)!.amount).toBeCloseTo(
      costs.slice(0, -1).reduce((sum, r) => sum + r.amount, 0),
      6,
    );
    expect(gains.at(-1)!.amount).toBeCloseTo(
      gains.slice(0, -1).reduce((sum, r) => sum + r.amount, 0),
      6,
    );
    expect(v.groups.map((g) => g.heading)).toContain('Ter vergelijking, geen opbrengst');
    expect(v.summary).not.toMatch(/Resultaat voor u/);
    expect(calculatorBySlug('werkervaringsplaats').assumptions(params2026).join(' ')).toContain(
      'geen gratis personeel',
    );
  });

  it('werkervaringsplaats: travel costs are a positive cost (never "€ -179,40")', () => {
    // 15 km × 4 days × 0.23 × 13 weeks = 179.40
    const v = view('werkervaringsplaats', { reis: 'ja', km: '15' });
    expect(formatEuro(row(v, 'Reiskosten die u betaalt').amount)).toBe(formatEuro(179.4));
  });

  it('werkervaringsplaats: a placement that costs more than it gives says so without a minus sign', () => {
    const v = view('werkervaringsplaats', { prodstart: '0', prodeind: '0' });
    expect(row(v, /^Kosten min opbrengst$/).amount).toBeGreaterThan(0);
    expect(v.summary).toMatch(/Per saldo kost de plaats u €\s\d/);
  });

  it('werkervaringsplaats warns when the hourly wage is below the minimum wage of the latest period', () => {
    const v = view('werkervaringsplaats', { maandloon: '2.350', contracturen: '38' }, 2025);
    // 2,350 × 12 / (38 × 52) = 14.27: above 14.06 (January 2025), below 14.40 (from 1 July 2025)
    expect(v.notes[0]).toMatch(/lager dan het minimumuurloon vanaf 1 juli 2025/);
  });

  it('verzuimkosten: an hourly fee of 500 gives a gain label, not "€ -28.740,24"', () => {
    const v = view('verzuimkosten', { tarief: '500' });
    expect(row(v, 'Netto opbrengst van het 2e spoor').amount).toBeGreaterThan(0);
    expect(v.summary).toMatch(/kost het 2e spoor u per saldo niets/);
    expect(v.summary).not.toMatch(/[-\u2212]\s?\d/);
  });

  it('verzuimkosten: the sanction is a risk with a dated likelihood, the worst case is shown apart', () => {
    const v = view('verzuimkosten');
    expect(row(v, 'Verwacht zonder 2e spoor (kans 11%)').amount).toBeCloseTo(
      row(v, /^Volledige loonsanctie/).amount * 0.11,
      6,
    );
    expect(calculatorBySlug('verzuimkosten').assumptions(params2026).join(' ')).toContain(
      'In een onderzoek van UWV uit 2018 volgde na 11 procent van de toetsingen',
    );
    expect(v.summary).toMatch(/procentpunt/);
    expect(v.links.map((l) => l.href)).toContain('/rekenhulpen/poortwachter-planner/');
  });

  it('verzuimkosten: the minimum wage of 1 July 2026 is said to be unknown', () => {
    const v = view('verzuimkosten', { jaar1: '70' });
    expect(v.notes.join(' ')).toContain('Het minimumloon vanaf 1 juli 2026 is nog niet verwerkt');
    expect(v.notes.join(' ')).toContain('vullen we het loon aan tot het minimumloon');
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
