// Reads the article files of the content under test (tests/support/site-content.ts), so the browser and build tests
// follow whatever the articles say.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentPath } from '../../../src/cli/content-dir.mjs';
import { publicationStatus, type PublicationStatus } from '../../../src/lib/knowledge-base/publication';
import { resolveBuildDate } from '../../../src/lib/publication-settings';
import { nonEmpty } from '../../support/site-content';

/** One article file as the tests see it. */
export interface ArticleFile {
  slug: string;
  frontmatter: {
    titel: string;
    omschrijving: string;
    concept?: boolean;
    /** As YAML reads it: `2026-12-01` (a later date than the build's makes the article scheduled). */
    gepubliceerd: string;
    doelgroep: string[];
    onderwerpen: string[];
    /** As YAML reads it: `2026-12-01`. */
    feitenGecontroleerd: string;
    bronnen: { titel: string; url: string; geraadpleegd?: string }[];
    veelgesteldeVragen?: { vraag: string; antwoord: string }[];
    uitgelicht?: number;
    /** `redactie` or a person's file name in mensen/. */
    auteur: string;
  };
  /** Everything after the frontmatter. */
  body: string;
  /** The complete file text. */
  source: string;
}

const folder = contentPath('kennisbank');

export function readArticles(): ArticleFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const [, yaml = '', ...rest] = source.split(/^---\s*$/m);
      return { slug: name.replace(/\.mdx$/, ''), frontmatter: parseYaml(yaml), body: rest.join('---'), source };
    });
}

/** The day the build under test counts as today: BUILD_DATE, or today in the Netherlands (as the build reads it). */
const buildDate = resolveBuildDate(process.env, new Date());

/** An article's status on the build's date, by the site's own rule. */
export const statusOf = (article: ArticleFile): PublicationStatus =>
  publicationStatus(
    {
      data: {
        concept: article.frontmatter.concept === true,
        gepubliceerd: new Date(String(article.frontmatter.gepubliceerd)),
      },
    },
    buildDate,
  );

/** Every published article (not a draft, dated on or before the build's date); never empty. */
export const publishedArticles = () =>
  nonEmpty(
    readArticles().filter((a) => statusOf(a) === 'gepubliceerd'),
    'published articles',
  );
/** Every draft (`concept: true`); never empty, so the tests that keep drafts out of the site test something. */
export const draftArticles = () =>
  nonEmpty(
    readArticles().filter((a) => statusOf(a) === 'concept'),
    'drafts (concept: true)',
  );
/** Every scheduled article (dated after the build's date); never empty. */
export const scheduledArticles = () =>
  nonEmpty(
    readArticles().filter((a) => statusOf(a) === 'gepland'),
    'scheduled articles (gepubliceerd after the build date)',
  );
/** Every article the production build must leave out: the drafts and the scheduled articles (of each at least one). */
export const unpublishedArticles = () => [...draftArticles(), ...scheduledArticles()];

/** The first published article that matches, or an error naming what the content lacks. */
export function publishedArticleWith(what: string, test: (article: ArticleFile) => boolean): ArticleFile {
  return nonEmpty(publishedArticles().filter(test), `published article with ${what}`)[0]!;
}

/** The published article with the longest text: the one that scrolls furthest, with the longest table of contents. */
export function longestArticle(): ArticleFile {
  return [...publishedArticles()].sort((a, b) => b.body.length - a.body.length)[0]!;
}

/** Readable body words: no JSX tags, link targets or markup. */
function bodyWords(body: string): string[] {
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .toLowerCase();
  return text.match(/\p{L}{9,}/gu) ?? [];
}

/**
 * A long word that occurs in the body of exactly one of `candidates` and nowhere else in any article file (not in its
 * title, description or frontmatter), so only a body search can find that article.
 */
export function uniqueBodyWord(candidates: readonly ArticleFile[] = publishedArticles()): {
  word: string;
  article: ArticleFile;
} {
  const all = readArticles();
  for (const article of candidates) {
    const frontmatter = article.source.slice(0, article.source.length - article.body.length).toLowerCase();
    for (const word of bodyWords(article.body)) {
      const elsewhere = all.some((other) => other.slug !== article.slug && other.source.toLowerCase().includes(word));
      if (!elsewhere && !frontmatter.includes(word)) return { word, article };
    }
  }
  throw new Error('No article has a body word that is unique to it.');
}
