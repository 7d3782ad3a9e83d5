// What the site search finds besides the article pages (those Pagefind reads from the built HTML): one entry per kind
// in `RECORD_SOURCES`, so a new kind of thing to find is one line here and one in SEARCH_KINDS (src/lib/site/search.ts).
// Served at build time as /zoekbronnen.json (src/pages/zoekbronnen.json.ts); src/cli/search-index.mjs adds the records
// to the index and removes the file.
import { getCollection } from 'astro:content';
import { calculatorPath } from '../lib/calculators/catalogue';
import { glossaryHref } from '../lib/knowledge-base/glossary';
import { plainTextFromMdx } from '../lib/knowledge-base/reading-time';
import type { SearchRecord } from '../lib/site/search';
import { getToolPages } from './calculators';
import { glossary } from './glossary';
import { servicePath, services } from './services';

type RecordSource = () => Promise<SearchRecord[]>;

const RECORD_SOURCES: Record<SearchRecord['kind'], RecordSource> = {
  begrip: async () =>
    glossary.map((term) => ({ kind: 'begrip', url: glossaryHref(term.id), title: term.term, content: term.uitleg })),
  rekenhulp: async () =>
    (await getToolPages()).map(({ slug, content: { data } }) => ({
      kind: 'rekenhulp',
      url: calculatorPath(slug),
      title: data.titel,
      content: `${data.inleiding} ${data.omschrijving}`,
    })),
  pagina: async () =>
    (await getCollection('pages')).map((page) => ({
      kind: 'pagina',
      url: `/${page.id}/`,
      title: page.data.titel,
      content: `${page.data.omschrijving} ${plainTextFromMdx(page.body ?? '')}`,
    })),
  dienst: async () =>
    services.map(({ slug, data }) => ({
      kind: 'dienst',
      url: servicePath(slug),
      title: data.titel,
      content: [data.samenvatting, data.voorWie, ...data.watUKrijgt].join(' '),
    })),
};

/** Every record to find besides the articles, kind by kind. */
export async function searchRecords(): Promise<SearchRecord[]> {
  return (await Promise.all(Object.values(RECORD_SOURCES).map((source) => source()))).flat();
}
