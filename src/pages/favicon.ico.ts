import type { APIRoute } from 'astro';
import { squareLogoPng } from '../data/logo-file';
import { icoFromPng } from '../lib/site/icons';

// The favicon for browsers and tools that do not take the SVG one: the logo at 32 × 32 (rendered once at build time).
export const GET: APIRoute = async () => {
  const ico = icoFromPng(await squareLogoPng(32), 32);
  return new Response(new Uint8Array(ico), { headers: { 'Content-Type': 'image/x-icon' } });
};
