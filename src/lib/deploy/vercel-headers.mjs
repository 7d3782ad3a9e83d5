// Security headers in Vercel's Build Output API configuration (.vercel/output/config.json), so the platform
// adds them to every response: static files from the CDN and the function's answers alike.
import { productionResponseHeaders } from '../security/headers.mjs';
import { withRoute } from './vercel-routes.mjs';

/** Every header a response on Vercel must carry (Vercel serves HTTPS only, so HSTS always applies). */
export function vercelResponseHeaders() {
  return { ...productionResponseHeaders };
}

/** The route that sets those headers on every path and then lets routing continue. */
export function securityHeaderRoute() {
  return { src: '/(.*)', headers: vercelResponseHeaders(), continue: true };
}

/**
 * Returns the config with the header route first, so it applies before any route that answers.
 * Running it twice leaves one header route.
 * @template {{ routes?: object[] }} Config
 * @param {Config} config
 * @returns {Config & { routes: object[] }}
 */
export function withSecurityHeaderRoute(config) {
  return withRoute(config, securityHeaderRoute(), () => 0);
}
