import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { searchStatusText } from '../../lib/knowledge-base/search-status';
import { excerpt, rankHits, SEARCH_KINDS, searchKind, type ExcerptPart, type SearchHit } from '../../lib/site/search';
import { valuesTypedBeforeHydration } from '../site/typed-before-hydration';

/** One search hit as shown in the list. */
interface Hit extends SearchHit {
  excerpt: ExcerptPart[];
}

/** The subset of the Pagefind browser API this component uses. */
interface PagefindApi {
  search(query: string): Promise<{
    results: { data(): Promise<{ url: string; content: string; meta: { title?: string; soort?: string } }> }[];
  }>;
}

const PAGEFIND_PATH = '/pagefind/pagefind.js';
/** Hits read from the index and ordered; more than shown, so a title match further down can still come first. */
const HITS_READ = 40;
const MAX_HITS = 20;
const FORM_ID = 'zoekformulier';
let pagefindPromise: Promise<PagefindApi> | undefined;

/** Loads the Pagefind index only when the visitor actually searches. */
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<PagefindApi>;
  return pagefindPromise;
}

/** Search form for the kennisbank; works as a plain GET form until JavaScript has loaded. */
export default function Search() {
  // A word typed before hydration, read in the first render before Preact touches the form.
  const [query, setQuery] = useState(() => valuesTypedBeforeHydration(FORM_ID).q ?? '');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [status, setStatus] = useState('');
  // False in the server's HTML: the advice for a browser without JavaScript shows until search runs.
  const [running, setRunning] = useState(false);
  useEffect(() => setRunning(true), []);
  const latest = useRef(0);
  const debounce = useRef<ReturnType<typeof setTimeout>>();

  async function runSearch(value: string) {
    const q = value.trim();
    const ticket = ++latest.current;
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      setHits(null);
      setStatus('');
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.slice(0, HITS_READ).map((result) => result.data()));
      if (ticket !== latest.current) return;
      const found = data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        kind: searchKind(d.meta.soort),
        content: d.content,
      }));
      setHits(
        rankHits(found, q)
          .slice(0, MAX_HITS)
          .map((hit) => ({ ...hit, excerpt: excerpt(hit.content, q) })),
      );
      setStatus(searchStatusText(q, search.results.length));
    } catch {
      if (ticket !== latest.current) return;
      setHits([]);
      setStatus('Zoeken is nu niet beschikbaar. Bekijk de onderwerpen hieronder of alle artikelen in de kennisbank.');
    }
  }

  // A layout effect runs while Preact hydrates, before any event can reach the form: a plain effect waits for the next
  // frame, and setting the query then would overwrite a word typed in between.
  useLayoutEffect(() => {
    // A word typed before hydration wins over the one in the address.
    const initial = query || (new URLSearchParams(location.search).get('q') ?? '');
    if (initial) {
      setQuery(initial);
      void runSearch(initial);
    }
    // Once, while hydrating: later searches start from the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onInput(event: Event) {
    const value = (event.currentTarget as HTMLInputElement).value;
    setQuery(value);
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => void runSearch(value), 300);
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    clearTimeout(debounce.current);
    void runSearch(query);
  }

  return (
    <div>
      <form
        id={FORM_ID}
        role="search"
        action="/zoeken/"
        method="get"
        onSubmit={onSubmit}
        class="flex flex-wrap items-end gap-3"
      >
        <div class="flex min-w-0 flex-1 flex-col">
          <label for="zoekterm" class="mb-1 font-semibold">
            Zoekwoord
          </label>
          <input
            id="zoekterm"
            name="q"
            type="search"
            value={query}
            onInput={onInput}
            autocomplete="off"
            class="min-h-11 w-full rounded border-2 border-ink px-3 py-2 text-lg"
          />
        </div>
        <button type="submit" class="btn">
          Zoeken
        </button>
      </form>
      <p role="status" class="mt-4 min-h-7 font-semibold">
        {status}
      </p>
      {!running && (
        <p class="mt-4 rounded border-l-8 border-brand-700 bg-brand-50 p-4">
          Werkt zoeken niet, bijvoorbeeld omdat JavaScript uit staat? U kunt ook{' '}
          <a href="/kennisbank/">alle artikelen bekijken</a> of hieronder een onderwerp kiezen.
        </p>
      )}
      {hits && hits.length > 0 && (
        <ol class="mt-2 grid gap-4" aria-label="Zoekresultaten">
          {hits.map((hit) => (
            <li key={hit.url} class="rounded border-2 border-brand-100 p-4">
              <p class="text-sm font-semibold uppercase tracking-wide text-muted">{SEARCH_KINDS[hit.kind].label}</p>
              <a href={hit.url} class="text-xl font-bold">
                {hit.title}
              </a>
              <p class="mt-1 text-ink">
                {hit.excerpt.map((part) => (part.mark ? <mark class="bg-accent-400">{part.text}</mark> : part.text))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
