import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, calculatorBySlug } from '../../../../src/lib/calculators/catalogue';
import type { CalculatorSpec, CalculatorView } from '../../../../src/lib/calculators/calculator-view';
import {
  defaultRawValues,
  fieldHint,
  resolveRawValues,
  validateFields,
  type NumberFieldSpec,
  type RawValues,
} from '../../../../src/lib/calculators/form-model';
import { addDays } from '../../../../src/lib/calculators/gatekeeper-planner/dates';
import { formatEuro, formatEuroWhole, formatNumber } from '../../../../src/lib/format/numbers';
import { parametersForYear } from '../../../../src/lib/calculators/year-parameters';
import { bothYears, params2025, params2026 } from './fixtures';
import { sentencesBreakingFigureRule } from './figure-rule';

const parametersFor = (year: number) => parametersForYear(bothYears, year);
const context = (year: number, today?: string) => ({ year, parametersFor, allParameters: bothYears, today });
/** The text as a reader sees it: the no-break spaces of amounts as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function view(
  slug: 'werkervaringsplaats' | 'no-riskpolis' | 'verzuimkosten',
  changes: RawValues = {},
  year = 2026,
  today?: string,
) {
  const { spec } = calculatorBySlug(slug);
  const raw = { ...defaultRawValues(spec.fields, parametersFor(year)), ...changes };
  const { values, errors } = validateFields(spec.fields, raw, { today });
  expect(errors).toEqual({});
  return spec.compute(values, context(year, today));
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
      : field.kind === 'date'
        ? fc
            .option(fc.integer({ min: 0, max: 3 * 365 - 1 }), { nil: undefined })
            .map((offset) => [field.key, offset === undefined ? '' : addDays(TODAY, -offset)] as const)
        : numberEntry(field),
  );
  return fc.tuple(fc.constantFrom('2025', '2026'), ...entries).map(([year, ...pairs]) => ({
    jaar: year,
    ...Object.fromEntries(pairs),
  }));
}

/** The day the random inputs are judged on. */
const TODAY = '2026-06-15';

function numberEntry(field: NumberFieldSpec) {
  return (
    field.integer
      ? fc.integer({ min: Math.ceil(field.min), max: Math.floor(field.max) })
      : fc.double({ min: field.min, max: field.max, noNaN: true })
  ).map((value) => [field.key, formatNumber(value)] as const);
}

describe('calculator views', () => {
  for (const { slug, spec, example } of CALCULATORS) {
    it(`${slug}: defaults give finite amounts, a summary and a short headline, with and without today`, () => {
      for (const today of [undefined, TODAY]) {
        const { values, errors } = validateFields(spec.fields, defaultRawValues(spec.fields, params2026), { today });
        expect(errors).toEqual({});
        const v = spec.compute(values, context(2026, today));
        for (const r of v.groups.flatMap((g) => g.rows)) expect(Number.isFinite(r.amount)).toBe(true);
        expect(v.summary).toMatch(/€/);
        expect(v.headline.length).toBeLessThan(60);
      }
    });

    it(`${slug}: its worked example gives the summary and headline worked out by hand`, () => {
      expect(Object.keys(example.inputs).length).toBeGreaterThan(0);
      const { year, raw } = resolveRawValues(spec.fields, bothYears, 2026, example.inputs);
      const { values, errors } = validateFields(spec.fields, raw, { today: example.today });
      expect(errors).toEqual({});
      const v = spec.compute(values, context(year, example.today));
      expect(plain(v.summary)).toBe(example.summary);
      expect(plain(v.headline)).toBe(example.headline);
      // Every input of the example is a field of the calculator (or its year).
      for (const key of Object.keys(example.inputs))
        expect([...spec.fields.map((field) => field.key), ...(spec.yearLabel ? ['jaar'] : [])]).toContain(key);
    });

    it(`${slug}: a calculator that counts from today says so, one that does not has a year selector`, () => {
      expect(spec.usesToday === true || spec.yearLabel !== undefined).toBe(true);
      if (spec.usesToday) expect(example.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it(`${slug}: for every valid input no amount is negative and no text shows a minus sign`, () => {
      fc.assert(
        fc.property(validRaw(spec), (raw) => {
          const { values, errors } = validateFields(spec.fields, raw, { today: TODAY });
          if (Object.keys(errors).length > 0) return; // a rounding of the random number can leave the range
          const v = spec.compute(values, context(Number(raw.jaar), TODAY));
          for (const r of v.groups.flatMap((g) => g.rows)) {
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

  it('verzuimkosten: the sanction is a worst case, and no default shows the 2e spoor as a loss or a saving', () => {
    const v = view('verzuimkosten', {}, 2026, TODAY);
    expect(row(v, /^Slechtste geval: 52 weken loonsanctie$/).amount).toBeGreaterThan(0);
    const text = [
      v.summary,
      v.headline,
      ...v.notes,
      ...v.groups.flatMap((g) => [g.heading, ...g.rows.map((r) => r.label)]),
    ]
      .join(' ')
      .toLowerCase();
    for (const forbidden of ['meer kosten', 'minder kosten', 'besparing', 'verwacht', 'kans', 'procentpunt'])
      expect(text).not.toContain(forbidden);
    const assumptions = calculatorBySlug('verzuimkosten').assumptions(params2026).join(' ');
    expect(assumptions).toContain('In een onderzoek van UWV uit 2018 volgde na 11 procent van de toetsingen');
    expect(assumptions).toContain('bij 85 procent van die sancties');
    expect(assumptions).toContain('staat in geen bron die wij vonden');
    const links = calculatorBySlug('verzuimkosten').links.map((l) => l.href);
    expect(links).toContain('/rekenhulpen/poortwachter-planner/');
    expect(links).toContain('/rekenhulpen/dossiercheck/');
  });

  it('verzuimkosten: the first sentence says how long, until when and how much is still to pay', () => {
    const v = view('verzuimkosten', { eerstedag: '2026-03-02', maandloon: '3.250', lasten: '20' }, 2026, '2027-05-03');
    expect(plain(v.summary)).toMatch(
      /^Uw werknemer is 61 weken ziek\. Tot het einde van de wachttijd op 27 februari 2028 kost/,
    );
    const dates = v.groups.find((group) => group.heading === 'Data die ertoe doen')!;
    expect(dates.rows.map((d) => [d.label, d.text])).toEqual([
      ['Uiterste start 2e spoor (norm van UWV)', '11 april 2027 (voorbij)'],
      ['WIA-aanvraag door uw werknemer, uiterlijk', '12 december 2027'],
      ['Einde van de wachttijd', '27 februari 2028'],
    ]);
  });

  it('verzuimkosten: weeks sick count back from today; without today no date is shown', () => {
    const counted = view('verzuimkosten', { weken: '61', maandloon: '3.250', lasten: '20' }, 2026, '2027-05-03');
    expect(plain(counted.summary)).toContain(
      'Uw werknemer is 61 weken ziek. Tot het einde van de wachttijd op 27 februari 2028',
    );
    expect(counted.notes.join(' ')).toContain('Zonder eerste ziektedag tellen we 61 weken terug vanaf vandaag.');
    const undated = view('verzuimkosten', { weken: '61', maandloon: '3.250', lasten: '20' });
    expect(plain(undated.summary)).toContain('Tot het einde van de wachttijd, over 43 weken, kost');
    expect(undated.groups.map((group) => group.heading)).not.toContain('Data die ertoe doen');
    expect(undated.summary).not.toMatch(/20\d\d/);
  });

  it('verzuimkosten: the minimum wage of 1 July 2026 is said to be unknown, only where it counts', () => {
    const topped = view('verzuimkosten', { jaar1: '70', eerstedag: '2026-01-05' }, 2026, '2026-02-01');
    expect(topped.notes.join(' ')).toContain('Het minimumloon vanaf 1 juli 2026 is nog niet verwerkt');
    expect(topped.notes.join(' ')).toContain('betaalt u dan het minimumloon');
    // At 100% the minimum wage changes nothing, so neither note appears.
    const full = view('verzuimkosten', { eerstedag: '2026-01-05' }, 2026, '2026-02-01');
    expect(full.notes.join(' ')).not.toContain('minimumloon');
  });

  it('verzuimkosten: a monthly wage of € 150 gets the minimum wage in year 1 and a warning', () => {
    const v = view('verzuimkosten', { maandloon: '150', eerstedag: '2026-01-05' }, 2026, '2026-02-01');
    expect(v.notes[0]).toMatch(
      /^Het maandloon is lager dan het minimumloon \(21 jaar en ouder\) bij 38 uur per week vanaf 1 januari 2026/,
    );
    expect(v.notes.join(' ')).toContain('betaalt u dan het minimumloon');
  });

  it('no-riskpolis: conditional wording, the conditions before the total, the dagloon with its year', () => {
    const v = view('no-riskpolis', { jaarloon: '90.000', ziektedagen: '10', jaren: '1' });
    expect(plain(v.summary)).toMatch(/^Wat u kunt terugkrijgen als aan de voorwaarden is voldaan/);
    expect(v.conditions?.items[0]).toContain('na de wachttijd');
    expect(v.groups[0]!.heading).toBe('Dagloon, de basis van de uitkering');
    expect(row(v, /^Dagloon in 2026/).amount).toBe(304.25);
    expect(plain(v.notes.join(' '))).toContain('maximumdagloon: € 304,25 in 2026');
    expect(v.table?.head).toContain('Samen terug');
  });

  it('no-riskpolis warns below the minimum wage of the start year', () => {
    const v = view('no-riskpolis', { jaarloon: '12.000', uren: '32' });
    expect(v.notes[0]).toMatch(/^Het jaarloon is lager dan het minimumloon/);
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
