import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultYear,
  highestKnownAmount,
  parametersForYear,
  toYearParameters,
} from '../../../../src/lib/calculators/year-parameters';
import { parseParametersFile } from '../../../../src/lib/content-files';
import { ConfigError } from '../../../../src/lib/friendly-errors';
import { bothYears, params2025, params2026 } from './fixtures';

const dir = new URL('../../../fixtures/site/rekenhulpen/parameters/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('parameter files', () => {
  it('reads every year, all valid', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining(['2025.yaml', '2026.yaml']));
    for (const file of files) expect(() => parseParametersFile(read(file), file)).not.toThrow();
  });

  it('turns each file into the plain numbers of its year', () => {
    expect(toYearParameters(parseParametersFile(read('2025.yaml'), '2025.yaml'))).toEqual(params2025);
    expect(toYearParameters(parseParametersFile(read('2026.yaml'), '2026.yaml'))).toEqual(params2026);
  });
});

describe('amounts that change within a year', () => {
  it('keeps each period of the minimum wage with its own date', () => {
    const p2025 = toYearParameters(parseParametersFile(read('2025.yaml'), '2025.yaml'));
    expect(p2025.minimumHourlyWage).toEqual([
      { from: '2025-01-01', fromText: '1 januari 2025', value: 14.06, assumed: false },
      { from: '2025-07-01', fromText: '1 juli 2025', value: 14.4, assumed: false },
    ]);
    expect(highestKnownAmount(p2025.minimumHourlyWage)).toEqual({
      from: '2025-07-01',
      fromText: '1 juli 2025',
      value: 14.4,
      assumed: false,
    });
  });

  it('carries the last known amount into a period that is not yet published, marked as assumed', () => {
    const p2026 = toYearParameters(parseParametersFile(read('2026.yaml'), '2026.yaml'));
    expect(p2026.minimumHourlyWage[1]).toEqual({
      from: '2026-07-01',
      fromText: '1 juli 2026',
      value: 14.71,
      assumed: true,
    });
    expect(highestKnownAmount(p2026.minimumHourlyWage).from).toBe('2026-01-01');
  });
});

describe('parseParametersFile errors', () => {
  const valid = read('2026.yaml');

  it('names the file and the field of a wrong value', () => {
    const broken = valid.replace('waarde: 304.25', "waarde: 'veel'");
    expect(() => parseParametersFile(broken, 'content/rekenhulpen/parameters/2026.yaml')).toThrow(
      /Fout in content\/rekenhulpen\/parameters\/2026\.yaml:\n {2}- veld "wettelijk\.maximumDagloon\.waarde"/,
    );
  });

  it('names a missing source', () => {
    const broken = valid.replace('    bron: https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon\n', '');
    expect(() => parseParametersFile(broken, '2026.yaml')).toThrow(/wettelijk\.maximumDagloon\.bron/);
  });

  it('names a period with neither an amount nor "nogNietBekend"', () => {
    const broken = valid.replace('        nogNietBekend: true\n', '');
    expect(() => parseParametersFile(broken, '2026.yaml')).toThrow(
      /veld "wettelijk\.minimumUurloon\.perioden\.1\.waarde": ontbreekt/,
    );
  });

  it('refuses an amount next to "nogNietBekend", periods out of order and periods outside the year', () => {
    const withAmount = valid.replace(
      '        nogNietBekend: true\n',
      '        nogNietBekend: true\n        waarde: 15\n',
    );
    expect(() => parseParametersFile(withAmount, '2026.yaml')).toThrow(/perioden\.1\.waarde": laat weg/);
    const outOfOrder = valid.replace("geldigVanaf: '2026-07-01'", "geldigVanaf: '2025-12-01'");
    expect(() => parseParametersFile(outOfOrder, '2026.yaml')).toThrow(
      /perioden\.1\.geldigVanaf": moet later zijn dan de periode ervoor/,
    );
    const lateStart = valid.replace(
      "geldigVanaf: '2026-01-01'\n        bron: https://www.vertiadvies",
      "geldigVanaf: '2026-02-01'\n        bron: https://www.vertiadvies",
    );
    expect(() => parseParametersFile(lateStart, '2026.yaml')).toThrow(
      /perioden\.0\.geldigVanaf": de eerste periode moet beginnen op '2026-01-01'/,
    );
  });

  it('rejects a year that does not match the file name', () => {
    expect(() => parseParametersFile(valid, '2027.yaml')).toThrow(/veld "jaar"/);
  });

  it('takes the year from the file name when the file does not state it, as the editor saves it', () => {
    const withoutYear = valid.replace(/^jaar: 2026\n/m, '');
    expect(withoutYear).not.toMatch(/^jaar:/m);
    expect(parseParametersFile(withoutYear, 'content/rekenhulpen/parameters/2026.yaml').jaar).toBe(2026);
    expect(() => parseParametersFile(withoutYear, 'content/rekenhulpen/parameters/nieuw.yaml')).toThrow(
      /bestandsnaam moet het jaar zijn/,
    );
  });

  it('rejects invalid YAML with a ConfigError', () => {
    expect(() => parseParametersFile('jaar: [', '2026.yaml')).toThrow(ConfigError);
  });
});

describe('year selection', () => {
  it('defaults to the current calendar year when present', () => {
    expect(defaultYear([2025, 2026], new Date('2025-06-01'))).toBe(2025);
    expect(defaultYear([2025, 2026], new Date('2026-03-01'))).toBe(2026);
  });

  it('falls back to the latest available year', () => {
    expect(defaultYear([2025, 2026], new Date('2028-01-01'))).toBe(2026);
  });

  it('uses the nearest earlier year for a year without a file', () => {
    expect(parametersForYear(bothYears, 2029).year).toBe(2026);
    expect(parametersForYear(bothYears, 2025).year).toBe(2025);
    expect(parametersForYear(bothYears, 2020).year).toBe(2025);
  });
});
