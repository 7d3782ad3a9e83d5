// Which built pages the search index reads. Only article pages carry `data-pagefind-body` (src/pages/kennisbank/[slug].astro),
// so Pagefind is pointed at them alone instead of parsing every page of the site: the index is byte for byte the same
// and builds about half a second sooner at 1,000 articles. tests/build/built-output.test.ts fails when a page outside
// this pattern gets `data-pagefind-body`.

/** Pagefind's `--glob`, relative to the folder of static files. */
export const SEARCHABLE_PAGES_GLOB = 'kennisbank/*/index.html';

/**
 * Parts of a searchable page that are not its text: the glossary definitions shown in place (Term.astro) belong to
 * the glossary, not to every article that uses the word; the numbered source references ("[3]") are not words.
 */
export const SEARCH_EXCLUDED_SELECTORS = ['[popover]', '.citation'];

/** The records besides the articles, as the build writes them (src/pages/zoekbronnen.json.ts), relative to the static files. */
export const SEARCH_RECORDS_FILE = 'zoekbronnen.json';
