/**
 * Where a GET/HEAD request for a page address without its trailing slash should be redirected, or null.
 * Pages live at "/path/"; files ("/favicon.svg"), the API ("/api/…", which must accept POST as is) and the bureau's
 * editor ("/keystatic/…", whose own router uses addresses without a trailing slash) are left alone.
 * @param {string} method HTTP method of the request.
 * @param {string} rawUrl Request target as received, e.g. "/contact?x=1".
 * @returns {string | null}
 */
export function trailingSlashRedirect(method, rawUrl) {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const queryStart = rawUrl.indexOf('?');
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart === -1 ? '' : rawUrl.slice(queryStart);
  if (!path.startsWith('/') || path.startsWith('//') || path.endsWith('/')) return null;
  // A backslash reads as a slash in browsers ("/\\evil.example/" would leave the site), and an escaped character
  // ("%2E", "%5C") could hide one: page addresses have neither, so such a path is never redirected (L7).
  if (/[\\%]/.test(path)) return null;
  if (/^\/(?:api|keystatic)(?:\/|$)/.test(path)) return null;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  if (lastSegment.includes('.')) return null;
  return `${path}/${query}`;
}

/**
 * The same rule as a route of Vercel's Build Output API (routing happens in the platform's config.json there):
 * GET/HEAD of a page address without its trailing slash → 301; files (a dot in the last segment), the API, the
 * editor and paths with a backslash or an escaped character are left alone.
 */
export function trailingSlashRoute() {
  return {
    src: '^/(?!(?:api|keystatic)(?:/|$))((?:[^/\\\\%]+/)*[^/.\\\\%]+)$',
    headers: { Location: '/$1/' },
    status: 301,
    methods: ['GET', 'HEAD'],
  };
}
