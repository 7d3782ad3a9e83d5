// POST /api/aanbod: on demand (a serverless function on a serverless host, the Node server locally); every other
// method gets 405 from src/middleware.ts. The logic lives in src/server/offer/. A browser without JavaScript gets a page back: the form
// again (errors, a failure) or the thank-you page with a copy of the answers, rendered by the on-demand pages
// /aanbieden/controleren/ and /aanbieden/bedankt/ with the state handed over in locals.
import type { APIRoute } from 'astro';
import { handleOfferRequest } from '../../server/offer/handle-offer';
import { setOfferPageState } from '../../server/offer/page-state';
import { offerServices } from '../../server/offer/services';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  let clientAddress = 'onbekend';
  try {
    clientAddress = context.clientAddress;
  } catch {
    // Some hosts do not expose the address; all such clients then share one limit.
  }
  const outcome = await handleOfferRequest(context.request, clientAddress, offerServices());
  if ('response' in outcome) return outcome.response;
  setOfferPageState(context.locals, outcome.page);
  const page = outcome.page.kind === 'received' ? '/aanbieden/bedankt/' : '/aanbieden/controleren/';
  // The body has been read, so the page is rendered for a fresh GET request of its own.
  return context.rewrite(new Request(new URL(page, context.url), { method: 'GET' }));
};
