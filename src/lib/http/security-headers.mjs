// Security headers sent with every response, by the Node server (src/server/serve.mjs) and the serverless
// platform configuration alike. Plain JavaScript so the production server can import it without a build step.
//
// Script and style sources are NOT here: Astro computes per-page hashes for them (security.csp in
// astro.config.mjs) and puts them in a <meta> policy. A second policy in a header can only tighten, so
// this one holds just what a <meta> policy cannot express (frame-ancestors) and a few safe defaults.

/** Content-Security-Policy header value; combined by the browser with each page's <meta> policy. */
export const headerContentSecurityPolicy = [
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Headers for every response. */
export const securityHeaders = {
  'Content-Security-Policy': headerContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Strict-Transport-Security for production: HTTPS only for two years, subdomains included. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/** Everything a production response carries: the security headers plus HSTS. */
export const productionResponseHeaders = { ...securityHeaders, 'Strict-Transport-Security': strictTransportSecurity };

/** Directives that Astro adds to every page's <meta> Content-Security-Policy, next to its script and style hashes. */
export const metaCspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
]);

/**
 * The Content-Security-Policy header of an on-demand response. Astro sends such pages' script and style hashes in
 * a header of its own instead of a <meta> tag; that header would replace ours, so the header-only directives are
 * added to it (a policy may not be split over two headers of the same name by a proxy that keeps only one).
 * @param {string | null} astroPolicy the policy Astro set on the response, if any
 * @returns {string}
 */
export function contentSecurityPolicyFor(astroPolicy) {
  if (!astroPolicy) return headerContentSecurityPolicy;
  const present = new Set(astroPolicy.split(';').map((directive) => directive.trim().split(/\s+/)[0]));
  const missing = headerContentSecurityPolicy.split('; ').filter((directive) => !present.has(directive.split(' ')[0]));
  return [astroPolicy.trim().replace(/;$/, ''), ...missing].join('; ');
}

/** Pages and API of the bureau's editor (src/cms/), which get the editor's own policy and are never indexed. */
export const EDITOR_PATH = /^\/(?:api\/)?keystatic(?:\/|$)/;

/**
 * The Content-Security-Policy of the editor's pages. The editor styles itself with <style> elements it creates while
 * running, which no hash can cover, and in GitHub mode it talks to GitHub from the browser; so only these pages allow
 * inline styles and GitHub's API, avatars and raw files. Scripts keep Astro's hashes: no inline script is allowed.
 * Without a policy from Astro (`astro dev`, where Vite adds inline scripts of its own) only the header-only rules apply.
 * @param {string | null} astroPolicy the policy Astro set on the response, if any
 * @returns {string}
 */
export function editorContentSecurityPolicy(astroPolicy) {
  if (!astroPolicy) return headerContentSecurityPolicy;
  const astroScripts = astroPolicy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '));
  return [
    "default-src 'self'",
    astroScripts ?? "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "font-src 'self'",
    "connect-src 'self' https://api.github.com https://raw.githubusercontent.com",
    "worker-src 'self' blob:",
    headerContentSecurityPolicy,
  ].join('; ');
}
