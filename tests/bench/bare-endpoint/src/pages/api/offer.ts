// On demand: parses the JSON body and answers {"ok":true}, nothing else.
import type { APIRoute } from 'astro';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  await request.json();
  return Response.json({ ok: true });
};
