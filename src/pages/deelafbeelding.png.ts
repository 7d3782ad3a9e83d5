import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { shareImageSvg } from '../lib/site/share-image';

// Rendered once at build time into a static PNG: link previews do not reliably show SVG or WebP.
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(shareImageSvg())).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
