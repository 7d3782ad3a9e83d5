// Reads the production build in dist/client: its pages, files and sitemap, for the checks on the built output
// (tests/build/) and the browser tests that visit every page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentDir } from '../../src/cli/content-dir.mjs';
import { BUILD_INFO_FILE } from '../../src/integrations/build-info.mjs';

/** Root of the static part of the production build. */
export const CLIENT_DIR = join(process.cwd(), 'dist', 'client');

/**
 * Stops with a clear message when dist/ holds no build, or a build of another content folder than the one the tests
 * read (e.g. the demo after `npm start`, while the tests expect the fixture site): the tests would fail on every value.
 */
export function assertBuildOfTestedContent(): void {
  const file = join(process.cwd(), 'dist', BUILD_INFO_FILE);
  const builtFrom = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { contentDir?: string }).contentDir
    : undefined;
  if (builtFrom === contentDir.label) return;
  throw new Error(
    `${builtFrom ? `dist/ holds a build of ${builtFrom}/` : 'dist/ holds no build'}, but the tests read ` +
      `${contentDir.label}/ (CONTENT_DIR). Run \`npm run build:fixture\`, then \`npm run test:build\` or ` +
      '`npm run test:browser` (both on the fixture site, as `npm test` does), or build and test with the same CONTENT_DIR.',
  );
}

/** Routes rendered on demand by the server; they have no file in dist/client. */
const ON_DEMAND_PATHS = new Set([
  '/api/aanbod',
  '/api/aanbod/',
  '/aanbieden/controleren/',
  '/aanbieden/bedankt/',
  '/api/aanvraag',
  '/api/aanvraag/',
  '/aanvragen/',
  '/aanvragen/controleren/',
  '/aanvragen/bedankt/',
]);

/** One built HTML page. */
export interface BuiltPage {
  /** URL path, e.g. "/kennisbank/" or "/404.html". */
  path: string;
  /** Raw HTML. */
  html: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML page in the build, with its URL path. */
export function builtPages(): BuiltPage[] {
  assertBuildOfTestedContent();
  return htmlFiles(CLIENT_DIR).map((file) => {
    const relativePath = `/${relative(CLIENT_DIR, file).split(sep).join('/')}`;
    const path = relativePath.endsWith('/index.html') ? relativePath.slice(0, -'index.html'.length) : relativePath;
    return { path, html: readFileSync(file, 'utf8') };
  });
}

/** Resolves an href found on `fromPath` to an internal path and fragment; null for other sites, mailto: and tel:. */
export function resolveInternalHref(fromPath: string, href: string): { path: string; fragment: string } | null {
  if (/^(mailto|tel):/i.test(href)) return null;
  const base = new URL(fromPath, 'http://site.invalid');
  const url = new URL(href, base);
  if (url.origin !== base.origin) return null;
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The built file that serves `path`, or undefined when nothing does (on-demand routes excepted). */
export function builtFileFor(path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(CLIENT_DIR, path, 'index.html')] : [join(CLIENT_DIR, path)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** True when the site answers `path`: a built file or an on-demand route. */
export function pathExists(path: string): boolean {
  return ON_DEMAND_PATHS.has(path) || builtFileFor(path) !== undefined;
}

/** Link texts that say nothing about where a link goes (WCAG 2.4.4), in Dutch and English. */
const VAGUE_LINK_TEXTS = new Set([
  'klik hier',
  'hier',
  'klik',
  'lees meer',
  'lees verder',
  'meer',
  'meer info',
  'meer informatie',
  'verder',
  'link',
  'deze link',
  'deze pagina',
  'click here',
  'here',
  'read more',
  'more',
]);

/** True when a link's accessible text is empty or vague. */
export function isVagueLinkText(text: string): boolean {
  const normalised = text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.:…»›→>]+$/u, '')
    .trim();
  return normalised === '' || VAGUE_LINK_TEXTS.has(normalised);
}

/** Paths of every URL listed in the built sitemap(s), e.g. "/kennisbank/". */
export function sitemapPaths(): string[] {
  assertBuildOfTestedContent();
  const files = readdirSync(CLIENT_DIR).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('The build contains no sitemap-N.xml.');
  const paths = files.flatMap((file) =>
    [...readFileSync(join(CLIENT_DIR, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  return [...new Set(paths)].sort();
}
