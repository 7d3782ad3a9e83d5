import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { logoBytes, logoType } from '../data/logo-file';
import { pngInSvg } from '../lib/site/icons';

// The bureau's logo as the SVG favicon: an SVG logo as it is, a PNG one wrapped (rendered once at build time).
export const GET: APIRoute = async () => {
  let svg = logoBytes.toString('utf8');
  if (logoType === 'png') {
    const { width = 32, height = 32 } = await sharp(logoBytes).metadata();
    svg = pngInSvg(logoBytes.toString('base64'), width, height);
  }
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
