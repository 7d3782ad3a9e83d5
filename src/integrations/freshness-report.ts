// Prints, at the end of every build, the published articles whose facts were checked more than 12 months before
// the build date: a warning list for the bureau, not a failure. The page /kennisbank/te-controleren/ shows the same
// list. The date rule lives in src/lib/knowledge-base/freshness.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { isoDate, todayInNetherlands } from '../lib/format/dates';
import { FRESH_MONTHS, overdueArticles } from '../lib/knowledge-base/freshness';

/** A published article's file and the date its facts were checked. */
interface ArticleFile {
  id: string;
  file: string;
  data: { feitenGecontroleerd: Date };
}

/** The two frontmatter keys this report reads. */
interface FreshnessKeys {
  concept?: unknown;
  feitenGecontroleerd?: string | Date;
}

const isReadable = (keys: FreshnessKeys) =>
  (keys.concept === undefined || typeof keys.concept === 'boolean') &&
  !Number.isNaN(new Date(keys.feitenGecontroleerd ?? Number.NaN).getTime());

/**
 * The two keys of one article's frontmatter. Parsing the whole frontmatter of every article again (FAQ answers,
 * sources) cost more than half a second at 1,000 articles, so only their own lines are parsed; a frontmatter written
 * in another way (a value on the next line, an alias) is parsed whole.
 */
function readFreshnessKeys(frontmatter: string): FreshnessKeys {
  const ownLines = frontmatter
    .split(/\r?\n/)
    .filter((line) => /^(concept|feitenGecontroleerd)\s*:/.test(line))
    .join('\n');
  try {
    const keys = (parseYaml(ownLines) ?? {}) as FreshnessKeys;
    if (isReadable(keys)) return keys;
  } catch {
    // Read the whole frontmatter below.
  }
  return (parseYaml(frontmatter) ?? {}) as FreshnessKeys;
}

/** The published articles in `articlesDir` with a readable `feitenGecontroleerd` (the build validates the rest). */
function readArticles(articlesDir: string): ArticleFile[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const file = join(articlesDir, name);
      const frontmatter = readFreshnessKeys(readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '');
      const checked = new Date(frontmatter.feitenGecontroleerd ?? Number.NaN);
      if (frontmatter.concept === true || Number.isNaN(checked.getTime())) return [];
      return [
        { id: name.replace(/\.mdx$/, ''), file: relative(process.cwd(), file), data: { feitenGecontroleerd: checked } },
      ];
    });
}

/** The integration; `articlesDir` is the folder the article collection reads. */
export function freshnessReport({ articlesDir }: { articlesDir: string }): AstroIntegration {
  return {
    name: 'site:freshness-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const today = todayInNetherlands();
        const overdue = overdueArticles(readArticles(articlesDir), new Date(`${today}T00:00:00Z`));
        if (overdue.length === 0) {
          logger.info(`Alle artikelen zijn in de ${FRESH_MONTHS} maanden voor ${today} op feiten gecontroleerd.`);
          return;
        }
        logger.warn(
          `${overdue.length} ${overdue.length === 1 ? 'artikel is' : 'artikelen zijn'} langer dan ${FRESH_MONTHS} maanden niet op feiten gecontroleerd (bouwdatum ${today}); zie ook /kennisbank/te-controleren/:`,
        );
        for (const article of overdue)
          logger.warn(`${article.file}: feitenGecontroleerd ${isoDate(article.data.feitenGecontroleerd)}`);
      },
    },
  };
}
