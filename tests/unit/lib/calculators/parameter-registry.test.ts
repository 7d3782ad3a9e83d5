import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorParameters } from '../../../../src/cms/calculator-parameters';
import { estimateLabels, statutoryLabels } from '../../../../src/lib/calculators/parameter-labels';
import { PARAMETERS } from '../../../../src/lib/calculators/parameter-registry';
import { toYearParameters } from '../../../../src/lib/calculators/year-parameters';
import { parseParametersFile } from '../../../../src/lib/content-files';
import { parametersFileSchema } from '../../../../src/schemas/calculator-parameters';

const fixture = parseParametersFile(
  readFileSync('tests/fixtures/site/rekenhulpen/parameters/2026.yaml', 'utf8'),
  '2026.yaml',
);

describe('the parameter registry makes every place a parameter appears', () => {
  it('lists parameters with unique code names and file keys', () => {
    expect(PARAMETERS.length).toBeGreaterThan(0);
    expect(new Set(PARAMETERS.map((p) => p.key)).size).toBe(PARAMETERS.length);
    expect(new Set(PARAMETERS.map((p) => p.dutchKey)).size).toBe(PARAMETERS.length);
  });

  for (const parameter of PARAMETERS) {
    const section = parameter.kind === 'estimate' ? 'schattingen' : 'wettelijk';

    it(`${parameter.dutchKey}: in the schema, the labels, the plain numbers and the editor`, () => {
      // The schema has the field in its section, and nothing else there.
      expect(Object.keys(parametersFileSchema.shape[section].shape)).toContain(parameter.dutchKey);
      // The site's label.
      const labels: Record<string, { label: string; unit: string }> =
        section === 'schattingen' ? estimateLabels : statutoryLabels;
      expect(labels[parameter.dutchKey]).toEqual({ label: parameter.label, unit: parameter.unit });
      // The plain value for the islands, and for an estimate the year it was measured in.
      const plain = toYearParameters(fixture) as unknown as Record<string, unknown>;
      expect(plain[parameter.key]).toBeDefined();
      if (parameter.kind === 'estimate') expect(plain[`${parameter.key}Year`]).toEqual(expect.any(Number));
      if (parameter.kind === 'statutoryPeriods') expect(Array.isArray(plain[parameter.key])).toBe(true);
      // The editor's field, labelled as on the site.
      const editorSection = calculatorParameters.schema[section] as unknown as {
        fields: Record<string, { label: string }>;
      };
      expect(editorSection.fields[parameter.dutchKey]?.label).toBe(parameter.label);
    });
  }

  it('the schema has no field the registry does not list', () => {
    const listed = new Set<string>(PARAMETERS.map((p) => p.dutchKey));
    for (const section of ['wettelijk', 'schattingen'] as const) {
      for (const key of Object.keys(parametersFileSchema.shape[section].shape)) expect(listed.has(key)).toBe(true);
    }
  });
});
