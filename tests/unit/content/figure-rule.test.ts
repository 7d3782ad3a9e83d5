// The figure rule on the real content (content/README.md, "De tekst schrijven"; syntax in content/BESTANDEN.md): every euro amount, percentage or number of
// weeks that a reader sees stands in a sentence, table row or list item with a year, unless it is an example in
// <Voorbeeld> or a key figure with its `jaar`; every statutory duration or deadline names its year or legal basis. A
// content test: it reads the content folder (content/, or the one CONTENT_DIR names) and the calculator catalogue, and
// lists every violation as `file: sentence` so an editor can fix them all at once.
import { readdirSync, readFileSync } from 'node:fs';
import { contentDir, contentLabel, contentPath } from '../../../src/cli/content-dir.mjs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CALCULATORS } from '../../../src/lib/calculators/catalogue';
import { fieldHint } from '../../../src/lib/calculators/form-model';
import { toYearParameters } from '../../../src/lib/calculators/year-parameters';
import { CONTENT_FILES, parseGlossary, parseParametersFile } from '../../../src/lib/content-files';
import { checkMdx, checkText, type FigureViolation } from '../../../src/lib/knowledge-base/figure-rule';

/** The MDX files of a folder of the content folder, as paths inside it (`kennisbank/x.mdx`). */
const mdxFiles = (folder: string) =>
  readdirSync(contentPath(folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `${folder}/${name}`);

/** Frontmatter and body of an MDX file of the content folder. */
function readMdx(file: string): { frontmatter: Record<string, unknown>; body: string } {
  const [, yaml = '', ...rest] = readFileSync(contentPath(file), 'utf8').split(/^---\s*$/m);
  return { frontmatter: (parseYaml(yaml) ?? {}) as Record<string, unknown>, body: rest.join('---') };
}

/** Every year's parameters, for hints that name a figure of the chosen year. */
const yearParameters = readdirSync(contentPath('rekenhulpen/parameters')).map((name) =>
  toYearParameters(
    parseParametersFile(readFileSync(contentPath('rekenhulpen/parameters', name), 'utf8'), contentLabel('rekenhulpen/parameters', name)),
  ),
);

/** Violations as `file: sentence`, the file named as the bureau knows it (e.g. content/kennisbank/x.mdx). */
const report = (where: string, violations: FigureViolation[]) =>
  violations.map((violation) => `${where}: ${violation.sentence}`);

describe(`the figure rule on the real content (${contentDir.label}/)`, () => {
  it('holds in every article body and every FAQ question and answer', () => {
    const files = mdxFiles('kennisbank');
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) => {
      const { frontmatter, body } = readMdx(file);
      const questions = (frontmatter.veelgesteldeVragen ?? []) as { vraag: string; antwoord: string }[];
      return [
        ...report(contentLabel(file), checkMdx(body)),
        ...questions.flatMap(({ vraag, antwoord }) =>
          report(`${contentLabel(file)} (veelgesteldeVragen)`, [...checkText(vraag), ...checkText(antwoord)]),
        ),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('holds on every fixed page', () => {
    const files = mdxFiles('paginas');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => report(contentLabel(file), checkMdx(readMdx(file).body)))).toEqual([]);
  });

  it("holds in every calculator's page text", () => {
    const files = mdxFiles('rekenhulpen');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => report(contentLabel(file), checkMdx(readMdx(file).body)))).toEqual([]);
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
    const file = contentLabel(CONTENT_FILES.glossary);
    const terms = parseGlossary(readFileSync(contentPath(CONTENT_FILES.glossary), 'utf8'), file);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.flatMap((term) => report(`${file} (${term.id})`, checkText(term.uitleg)))).toEqual([]);
  });
});
