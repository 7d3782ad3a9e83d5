import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const clientDir = join(process.cwd(), 'dist', 'client');

/** Paths of every URL listed in the built sitemap(s), e.g. "/kennisbank/". */
export function sitemapPaths(): string[] {
  if (!existsSync(clientDir)) throw new Error('No build found in dist/client: run `npm run build` first.');
  const files = readdirSync(clientDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('The build contains no sitemap-N.xml.');
  const paths = files.flatMap((file) =>
    [...readFileSync(join(clientDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  return [...new Set(paths)].sort();
}
