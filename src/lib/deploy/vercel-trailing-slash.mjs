// The Node server redirects "/kennisbank" to "/kennisbank/" (src/lib/server/trailing-slash.mjs); this route does
// the same on Vercel, where routing happens in the platform's config.json instead of in our server.
import { withRoute } from './vercel-routes.mjs';

/**
 * GET/HEAD of a page address without its trailing slash → 301 to the canonical address. Like the Node server it
 * leaves files (a dot in the last segment) and the API (which must accept POST as is) alone.
 */
export function trailingSlashRoute() {
  return {
    src: '^/(?!api(?:/|$))((?:[^/]+/)*[^/.]+)$',
    headers: { Location: '/$1/' },
    status: 301,
    methods: ['GET', 'HEAD'],
  };
}

/**
 * Returns the config with the redirect right after the leading header routes (those that `continue`), so the
 * redirect carries the security headers and comes before any route that answers. Running it twice adds it once.
 * @template {{ routes?: object[] }} Config
 * @param {Config} config
 * @returns {Config & { routes: object[] }}
 */
export function withTrailingSlashRoute(config) {
  return withRoute(config, trailingSlashRoute(), (others) => {
    const firstAnswering = others.findIndex((r) => !('continue' in r && r.continue === true));
    return firstAnswering === -1 ? others.length : firstAnswering;
  });
}
