// The page types the byte count and Lighthouse measure, by URL in the production build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KENNISBANK = fileURLToPath(new URL('../../dist/client/kennisbank', import.meta.url));
// Folders under /kennisbank/ that hold listings, not articles.
const GEEN_ARTIKEL = new Set(['onderwerp', 'voor']);

/** The article with the largest HTML file: the worst case for the HTML budget. */
export function grootsteArtikel() {
  const artikelen = readdirSync(KENNISBANK, { withFileTypes: true })
    .filter((item) => item.isDirectory() && !GEEN_ARTIKEL.has(item.name))
    .map((item) => ({ slug: item.name, bytes: statSync(join(KENNISBANK, item.name, 'index.html')).size }))
    .sort((a, b) => b.bytes - a.bytes);
  if (artikelen.length === 0)
    throw new Error('No kennisbank article in dist/client/kennisbank/: run `npm run build` first.');
  return `/kennisbank/${artikelen[0].slug}/`;
}

/** @returns {{ soort: string, pad: string, lighthouse: boolean }[]} */
export function paginaSoorten() {
  return [
    { soort: 'home', pad: '/', lighthouse: true },
    { soort: 'article', pad: grootsteArtikel(), lighthouse: true },
    { soort: 'kennisbank index', pad: '/kennisbank/', lighthouse: false },
    { soort: 'calculator', pad: '/rekenhulpen/werkervaringsplaats/', lighthouse: true },
    { soort: 'offer form', pad: '/aanbieden/', lighthouse: true },
    { soort: 'search', pad: '/zoeken/', lighthouse: false },
  ];
}
