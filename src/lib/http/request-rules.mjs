// Which methods an address accepts, and which form posts come from another site. Used by the Node server
// (src/server/serve.mjs) for every request and by the middleware (src/middleware.ts) for on-demand routes on
// every platform, so both answer the same.

/** The text of a 405 answer. */
export const METHOD_NOT_ALLOWED_MESSAGE =
  'Deze vraag kan dit adres niet beantwoorden. Een aanbod of aanvraag verstuurt u met het formulier op de website.';

/** API routes and the one method each accepts; other API routes (an editor's own API) decide for themselves. */
const API_METHODS = { '/api/aanbod': ['POST'], '/api/aanvraag': ['POST'] };

/**
 * The methods a path accepts, or null when its route decides. Pages and files are read-only: GET and HEAD.
 * @param {string} pathname
 * @returns {string[] | null}
 */
export function allowedMethods(pathname) {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (Object.hasOwn(API_METHODS, path)) return API_METHODS[/** @type {keyof typeof API_METHODS} */ (path)];
  if (path === '/api' || path.startsWith('/api/')) return null;
  return ['GET', 'HEAD'];
}

/**
 * The `Allow` header of a 405 answer when `method` is not accepted at `pathname`, or null when it is.
 * @param {string} method
 * @param {string} pathname
 * @returns {string | null}
 */
export function methodNotAllowed(method, pathname) {
  const allowed = allowedMethods(pathname);
  return allowed && !allowed.includes(method.toUpperCase()) ? allowed.join(', ') : null;
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A request another site's page could have sent without the visitor knowing (a cross-site form post): an unsafe
 * method with a form-like or missing content type whose Origin is not the site's own. Other content types (JSON)
 * cannot be sent cross-site without the browser asking first. The same rule as Astro's `checkOrigin`, which is off
 * so that a wrong method gets its 405 before anything else.
 * @param {string} method
 * @param {string | null} contentType
 * @param {string | null} origin the request's Origin header
 * @param {string} siteOrigin the origin of the request URL as the site sees it (forwarded headers applied)
 */
export function isCrossSiteSubmission(method, contentType, origin, siteOrigin) {
  if (SAFE_METHODS.includes(method.toUpperCase())) return false;
  if (origin === siteOrigin) return false;
  if (contentType === null) return true;
  const type = contentType.toLowerCase();
  return FORM_CONTENT_TYPES.some((formType) => type.includes(formType));
}

/**
 * True when a request came through a reverse proxy (it carries X-Forwarded-For) but Astro did not take the proxy's
 * word for the visitor's address: Astro trusts X-Forwarded-For only when the request names one of the site's own host
 * names (`security.allowedDomains`), and otherwise counts the visitor under the proxy's own address and logs that
 * address (M1: one shared rate-limit bucket for everyone). Such a request is refused instead.
 * @param {string | null} forwardedFor the request's X-Forwarded-For header
 * @param {string} clientAddress the client address Astro settled on
 */
export function isUntrustedProxyRequest(forwardedFor, clientAddress) {
  const visitor = forwardedFor?.split(',')[0]?.trim();
  return Boolean(visitor) && visitor !== clientAddress;
}
