import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultYear, parametersForYear, toYearParameters } from '../../../../src/lib/calculators/year-parameters';
import { parseParametersFile } from '../../../../src/lib/content-files';
import { ConfigError } from '../../../../src/lib/friendly-errors';
import { bothYears, params2025, params2026 } from './fixtures';

const dir = new URL('../../../fixtures/content/rekenhulpen/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('parameter files', () => {
  it('reads every year, all valid', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining(['parameters-2025.yaml', 'parameters-2026.yaml']));
    for (const file of files) expect(() => parseParametersFile(read(file), file)).not.toThrow();
  });

  it('turns each file into the plain numbers of its year', () => {
    expect(toYearParameters(parseParametersFile(read('parameters-2025.yaml'), 'parameters-2025.yaml'))).toEqual(
      params2025,
    );
    expect(toYearParameters(parseParametersFile(read('parameters-2026.yaml'), 'parameters-2026.yaml'))).toEqual(
      params2026,
    );
  });
});

describe('parseParametersFile errors', () => {
  const valid = read('parameters-2026.yaml');

  it('names the file and the field of a wrong value', () => {
    const broken = valid.replace('waarde: 304.25', "waarde: 'veel'");
    expect(() => parseParametersFile(broken, 'content/rekenhulpen/parameters-2026.yaml')).toThrow(
      /Fout in content\/rekenhulpen\/parameters-2026\.yaml:\n {2}- veld "wettelijk\.maximumDagloon\.waarde"/,
    );
  });

  it('names a missing source', () => {
    const broken = valid.replace('    bron: https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon\n', '');
    expect(() => parseParametersFile(broken, 'parameters-2026.yaml')).toThrow(/wettelijk\.maximumDagloon\.bron/);
  });

  it('rejects a year that does not match the file name', () => {
    expect(() => parseParametersFile(valid, 'parameters-2027.yaml')).toThrow(/veld "jaar"/);
  });

  it('rejects invalid YAML with a ConfigError', () => {
    expect(() => parseParametersFile('jaar: [', 'parameters-2026.yaml')).toThrow(ConfigError);
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
