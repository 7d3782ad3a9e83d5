// Every on-demand answer (the intake APIs, the re-rendered form pages, the thank-you pages) passes here on both
// platforms: a wrong method gets 405, a cross-site form post 403, on the Node server a request whose proxy headers
// Astro did not trust (a host that is not the site's own) 421 (M1), and every answer carries the full set of security
// headers, with the page's own Content-Security-Policy completed by the header-only directives; the editor's pages
// (/keystatic) get a policy of their own and are never indexed. Static files get the
// same headers from the Node server (src/server/serve.mjs) or from Vercel's config.json (src/integrations/).
import { defineMiddleware } from 'astro:middleware';
import { REQUEST_MESSAGES } from './lib/intake/messages';
import {
  METHOD_NOT_ALLOWED_MESSAGE,
  isCrossSiteSubmission,
  isUntrustedProxyRequest,
  methodNotAllowed,
} from './lib/http/request-rules.mjs';
import {
  EDITOR_PATH,
  contentSecurityPolicyFor,
  editorContentSecurityPolicy,
  productionResponseHeaders,
} from './lib/http/security-headers.mjs';
import { withHeaders } from './lib/http/with-headers';

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/** The client address Astro settled on, or '' where the platform gives none. */
function clientAddressOf(context: { clientAddress: string }): string {
  try {
    return context.clientAddress;
  } catch {
    return '';
  }
}

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const { method, headers } = context.request;
  const allow = methodNotAllowed(method, context.url.pathname);
  // Only the Node server sits behind a proxy of the bureau's own; a serverless platform sets these headers itself.
  const unknownHost =
    __DEPLOY_TARGET__ === 'node' && isUntrustedProxyRequest(headers.get('x-forwarded-for'), clientAddressOf(context));
  if (unknownHost)
    console.error(
      `[site] 421 niet vertrouwde host ${JSON.stringify((headers.get('x-forwarded-host') ?? headers.get('host') ?? '').slice(0, 100))}`,
    );
  const response = allow
    ? plain(405, METHOD_NOT_ALLOWED_MESSAGE, { allow })
    : unknownHost
      ? plain(421, REQUEST_MESSAGES.unknownHost, { connection: 'close' })
      : isCrossSiteSubmission(method, headers.get('content-type'), headers.get('origin'), context.url.origin)
        ? plain(403, REQUEST_MESSAGES.crossSite)
        : await next();
  const astroPolicy = response.headers.get('content-security-policy');
  if (EDITOR_PATH.test(context.url.pathname)) {
    return withHeaders(response, {
      ...productionResponseHeaders,
      'Content-Security-Policy': editorContentSecurityPolicy(astroPolicy),
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'no-store',
    });
  }
  return withHeaders(response, {
    ...productionResponseHeaders,
    'Content-Security-Policy': contentSecurityPolicyFor(astroPolicy),
  });
});
