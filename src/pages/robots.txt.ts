import type { APIRoute } from 'astro';
import { bureau } from '../data/bureau';

// The editor (/keystatic) only exists where it is configured, but is never for search engines. The demo
// (bureau.yaml `demo: true`) keeps every page out of them, so a demo deployed by accident is never found.
export const GET: APIRoute = ({ site }) => {
  const body = bureau.demo
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\nDisallow: /keystatic\nDisallow: /api/keystatic\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
