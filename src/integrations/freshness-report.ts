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

/** The published articles in `articlesDir` with a readable `feitenGecontroleerd` (the build validates the rest). */
function readArticles(articlesDir: string): ArticleFile[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const file = join(articlesDir, name);
      // Only the two top-level keys this report needs: parsing the whole frontmatter of every article again (FAQ
      // answers, sources) cost more than half a second at 1,000 articles.
      const wantedLines = (readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '')
        .split('\n')
        .filter((line) => /^(concept|feitenGecontroleerd):/.test(line));
      const frontmatter = (parseYaml(wantedLines.join('\n')) ?? {}) as {
        concept?: boolean;
        feitenGecontroleerd?: string | Date;
      };
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
