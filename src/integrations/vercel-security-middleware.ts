// Added only to the Vercel build (by ./vercel-deploy.mjs): puts the security headers on every on-demand
// response of the function too, so they hold even where the platform's route headers would not apply.
import { defineMiddleware } from 'astro:middleware';
import { withHeaders } from '../lib/deploy/response-headers';
import { vercelResponseHeaders } from '../lib/deploy/vercel-headers.mjs';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  return withHeaders(response, vercelResponseHeaders());
});
