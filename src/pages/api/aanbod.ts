// POST /api/aanbod: on demand (a serverless function on a serverless host, the Node server locally).
// The logic lives in src/lib/aanbod/handler.ts. When a browser without JavaScript must see the form again,
// this route rewrites to the on-demand page /aanbieden/controleren/, which renders the same components as the
// static /aanbieden/ page with the submitted values, errors and status handed over in locals. The handler reads
// a clone of the request, because Astro refuses to rewrite a request whose body was read.
import type { APIRoute } from 'astro';
import { aanbodDiensten } from '../../lib/aanbod/diensten';
import { zetFormulierStatus } from '../../lib/aanbod/formulier-status';
import { verwerkAanbod } from '../../lib/aanbod/handler';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  let clientIp = 'onbekend';
  try {
    clientIp = context.clientAddress;
  } catch {
    // Some hosts do not expose the address; all such clients then share one limit.
  }
  // Only a form post can end in a rewrite; a JSON request is read directly (cloning tees the body stream).
  const json = (context.request.headers.get('content-type') ?? '').trim().toLowerCase().startsWith('application/json');
  const uitkomst = await verwerkAanbod(json ? context.request : context.request.clone(), clientIp, aanbodDiensten());
  if ('response' in uitkomst) return uitkomst.response;
  zetFormulierStatus(context.locals, uitkomst.formulier);
  return context.rewrite('/aanbieden/controleren/');
};
