// The figure rule on the real content (content/README.md, "Voorbeeld"): every euro amount, percentage or number of
// weeks that a reader sees stands in a sentence, table row or list item with a year, unless it is an example in
// <Voorbeeld> or a key figure with its `jaar`; every statutory duration or deadline names its year or legal basis. A content test: it reads content/ and the calculator catalogue, and
// lists every violation as `file: sentence` so an editor can fix them all at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CALCULATORS } from '../../../src/lib/calculators/catalogue';
import { fieldHint } from '../../../src/lib/calculators/form-model';
import { toYearParameters } from '../../../src/lib/calculators/year-parameters';
import { CONTENT_FILES, parseGlossary, parseParametersFile } from '../../../src/lib/content-files';
import { checkMdx, checkText, type FigureViolation } from '../../../src/lib/knowledge-base/figure-rule';

const mdxFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(folder, name));

/** Frontmatter and body of an MDX file. */
function readMdx(file: string): { frontmatter: Record<string, unknown>; body: string } {
  const [, yaml = '', ...rest] = readFileSync(file, 'utf8').split(/^---\s*$/m);
  return { frontmatter: (parseYaml(yaml) ?? {}) as Record<string, unknown>, body: rest.join('---') };
}

/** Every year's parameters, for hints that name a figure of the chosen year. */
const yearParameters = readdirSync('content/rekenhulpen/parameters').map((name) =>
  toYearParameters(parseParametersFile(readFileSync(join('content/rekenhulpen/parameters', name), 'utf8'), name)),
);

const report = (where: string, violations: FigureViolation[]) =>
  violations.map((violation) => `${where}: ${violation.sentence}`);

describe('the figure rule on the real content', () => {
  it('holds in every article body and every FAQ question and answer', () => {
    const files = mdxFiles('content/kennisbank');
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) => {
      const { frontmatter, body } = readMdx(file);
      const questions = (frontmatter.veelgesteldeVragen ?? []) as { vraag: string; antwoord: string }[];
      return [
        ...report(file, checkMdx(body)),
        ...questions.flatMap(({ vraag, antwoord }) =>
          report(`${file} (veelgesteldeVragen)`, [...checkText(vraag), ...checkText(antwoord)]),
        ),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('holds on every fixed page', () => {
    const files = mdxFiles('content/paginas');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => report(file, checkMdx(readMdx(file).body)))).toEqual([]);
  });

  it("holds in every calculator's page text", () => {
    const files = mdxFiles('content/rekenhulpen');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => report(file, checkMdx(readMdx(file).body)))).toEqual([]);
  });

  it('holds in every calculator hint', () => {
    const hints = CALCULATORS.flatMap((calculator) =>
      calculator.spec.fields.flatMap((field) =>
        yearParameters.flatMap((p) => {
          const hint = fieldHint(field, p);
          return hint ? [{ where: `rekenhulp ${calculator.slug}, veld ${field.key} (${p.year})`, hint }] : [];
        }),
      ),
    );
    expect(hints.length).toBeGreaterThan(5);
    expect(hints.flatMap(({ where, hint }) => report(where, checkText(hint)))).toEqual([]);
  });

  it('holds in every glossary explanation', () => {
    const terms = parseGlossary(readFileSync(CONTENT_FILES.glossary, 'utf8'));
    expect(terms.flatMap((term) => report(`${CONTENT_FILES.glossary} (${term.id})`, checkText(term.uitleg)))).toEqual(
      [],
    );
  });
});
