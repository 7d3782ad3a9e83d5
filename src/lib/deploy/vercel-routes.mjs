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
