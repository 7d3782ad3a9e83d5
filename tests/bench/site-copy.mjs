// A fresh copy of our site for a benchmark build: every file of the repository except what is built, installed or
// unrelated to the build. Kept under bench-results/ so packages resolve from the repository's node_modules above it,
// while the copy's own .astro, node_modules/.astro (Astro's cache), node_modules/.vite and dist start empty.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../src/cli/content-dir.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  'dist',
  '.astro',
  '.vercel',
  'bench-results',
  'tests',
  'outbox',
  'test-results',
  'playwright-report',
]);

/**
 * A content folder for a benchmark build in `dir` (emptied first): a copy of the site's content (CONTENT_DIR, default
 * content/) without its articles, whose kennisbank/ the benchmark fills with generated ones. Built with
 * CONTENT_DIR=`dir`, the site reads everything else exactly as before: bureau, topics, glossary, pages, calculators.
 * @returns {{ contentDir: string, articlesDir: string }}
 */
export function contentFolderForArticles(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of readdirSync(contentDir.path)) {
    if (item !== 'kennisbank') cpSync(join(contentDir.path, item), join(dir, item), { recursive: true });
  }
  dropServiceArticleLinks(dir);
  return { contentDir: dir, articlesDir: join(dir, 'kennisbank') };
}

/**
 * Removes the `artikelen:` list from every service (diensten/*.mdx) of a content folder whose articles are replaced by
 * generated ones: a service may only name articles that exist, and the generated set has other slugs.
 */
export function dropServiceArticleLinks(contentFolder) {
  const services = join(contentFolder, 'diensten');
  if (!existsSync(services)) return;
  for (const name of readdirSync(services).filter((file) => file.endsWith('.mdx'))) {
    const file = join(services, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^artikelen:\n(?: {2}- .*\n)*/m, ''));
  }
}

/** Copies the site into `dir` (emptied first) and returns `dir`. */
export function copyOurSite(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of readdirSync(REPO_ROOT)) {
    if (NOT_COPIED.has(item)) continue;
    cpSync(join(REPO_ROOT, item), join(dir, item), { recursive: true });
  }
  return dir;
}
