// /api/voorbeeld (GitHub mode only): the editor's "Preview" button (src/cms/preview-url.ts) lands here and is sent on
// to the page on the preview deployment of the branch being edited (src/lib/preview-address.ts).
import type { APIRoute } from 'astro';
import { getSecret } from 'astro:env/server';
import { bureau } from '../data/bureau';
import { previewTarget } from '../lib/preview-address';

export const GET: APIRoute = ({ url }) => {
  const target = previewTarget({
    search: url.search,
    pattern: getSecret('PREVIEW_URL_PATTERN')?.trim() ?? '',
    productionBranch: getSecret('PRODUCTION_BRANCH')?.trim() || 'main',
    websiteUrl: bureau.websiteUrl,
  });
  if ('url' in target) return Response.redirect(target.url, 302);
  return new Response(target.problem, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
