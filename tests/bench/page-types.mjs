// The page types the byte count and Lighthouse measure, by URL in the production build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KNOWLEDGE_BASE = fileURLToPath(new URL('../../dist/client/kennisbank/', import.meta.url));

/** The article with the largest HTML file: the worst case for the HTML budget. */
export function largestArticle() {
  // Article pages are the ones with an Article in their structured data: listings and fixed pages such as the
  // glossary live in the same folder.
  const articles = readdirSync(KNOWLEDGE_BASE, { withFileTypes: true })
    .filter((item) => item.isDirectory() && existsSync(join(KNOWLEDGE_BASE, item.name, 'index.html')))
    .map((item) => ({ slug: item.name, html: readFileSync(join(KNOWLEDGE_BASE, item.name, 'index.html'), 'utf8') }))
    .filter((page) => page.html.includes('"@type":"Article"'))
    .map((page) => ({ slug: page.slug, bytes: Buffer.byteLength(page.html) }))
    .sort((a, b) => b.bytes - a.bytes);
  if (articles.length === 0)
    throw new Error('No knowledge base article in dist/client/kennisbank/: run `npm run build` first.');
  return `/kennisbank/${articles[0].slug}/`;
}

/** @returns {{ type: string, path: string, lighthouse: boolean }[]} */
export function pageTypes() {
  return [
    { type: 'home', path: '/', lighthouse: true },
    { type: 'article', path: largestArticle(), lighthouse: true },
    { type: 'knowledge base index', path: '/kennisbank/', lighthouse: false },
    { type: 'calculator', path: '/rekenhulpen/werkervaringsplaats/', lighthouse: true },
    { type: 'offer form', path: '/aanbieden/', lighthouse: true },
    { type: 'search', path: '/zoeken/', lighthouse: false },
  ];
}
