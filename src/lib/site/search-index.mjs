// Which built pages the search index reads. Only article pages carry `data-pagefind-body` (src/pages/kennisbank/[slug].astro),
// so Pagefind is pointed at them alone instead of parsing every page of the site: the index is byte for byte the same
// and builds about half a second sooner at 1,000 articles. tests/build/built-output.test.ts fails when a page outside
// this pattern gets `data-pagefind-body`.

/** Pagefind's `--glob`, relative to the folder of static files. */
export const SEARCHABLE_PAGES_GLOB = 'kennisbank/*/index.html';
