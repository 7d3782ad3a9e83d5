import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultYear, parseParametersFile, toYearParameters } from '../../../src/lib/rekenhulpen/parse-parameters';
import { parametersForYear } from '../../../src/lib/rekenhulpen/year-parameters';
import { ConfigError } from '../../../src/lib/config-error';
import { bothYears, params2025, params2026 } from './fixtures';

const dir = new URL('../../../content/rekenhulpen/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('parameter files in content/rekenhulpen', () => {
  it('has at least 2025 and 2026, all valid', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining(['parameters-2025.yaml', 'parameters-2026.yaml']));
    for (const file of files) expect(() => parseParametersFile(read(file), file)).not.toThrow();
  });

  it('holds the figures from facts.md', () => {
    expect(toYearParameters(parseParametersFile(read('parameters-2025.yaml'), 'parameters-2025.yaml'))).toEqual(params2025);
    expect(toYearParameters(parseParametersFile(read('parameters-2026.yaml'), 'parameters-2026.yaml'))).toEqual(params2026);
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
    expect(parametersForYear(bothYears, 2029).jaar).toBe(2026);
    expect(parametersForYear(bothYears, 2025).jaar).toBe(2025);
    expect(parametersForYear(bothYears, 2020).jaar).toBe(2025);
  });
});
