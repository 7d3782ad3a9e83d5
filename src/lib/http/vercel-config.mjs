// The security headers and the trailing-slash redirect in Vercel's Build Output API configuration
// (.vercel/output/config.json), from the same rules the Node server applies (security-headers.mjs, trailing-slash.mjs).
import { productionResponseHeaders } from './security-headers.mjs';
import { trailingSlashRoute } from './trailing-slash.mjs';

/**
 * Returns the config with `route` in its routes exactly once (an identical route is taken out first, so running
 * it twice changes nothing), inserted at the index that `at` picks from the other routes.
 * @template {{ routes?: object[] }} Config
 * @param {Config} config
 * @param {object} route
 * @param {(others: object[]) => number} at
 * @returns {Config & { routes: object[] }}
 */
export function withRoute(config, route, at) {
  const others = (config.routes ?? []).filter((r) => JSON.stringify(r) !== JSON.stringify(route));
  const index = at(others);
  return { ...config, routes: [...others.slice(0, index), route, ...others.slice(index)] };
}

/** The route that sets every header of a production response (HSTS included: Vercel serves HTTPS only) on every path. */
export function securityHeaderRoute() {
  return { src: '/(.*)', headers: { ...productionResponseHeaders }, continue: true };
}

/**
 * The config with the header route first, so it applies before any route that answers, and the redirect right
 * after the leading header routes (those that `continue`), so it carries the headers and comes before any route
 * that answers. Running it twice changes nothing.
 * @template {{ routes?: object[] }} Config
 * @param {Config} config
 * @returns {Config & { routes: object[] }}
 */
export function withSiteRoutes(config) {
  const withHeaders = withRoute(config, securityHeaderRoute(), () => 0);
  return withRoute(withHeaders, trailingSlashRoute(), (others) => {
    const firstAnswering = others.findIndex((r) => !('continue' in r && r.continue === true));
    return firstAnswering === -1 ? others.length : firstAnswering;
  });
}
