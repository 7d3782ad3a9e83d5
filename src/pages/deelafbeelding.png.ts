import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { palette } from '../data/brand';
import { fittedLogoPng } from '../data/logo-file';
import { LOGO_BOX, shareImageSvg } from '../lib/site/share-image';

// Rendered once at build time into a static PNG: link previews do not reliably show SVG or WebP.
export const GET: APIRoute = async () => {
  const logo = await fittedLogoPng(LOGO_BOX.width, LOGO_BOX.height);
  const png = await sharp(Buffer.from(shareImageSvg(palette)))
    .composite([{ input: logo, left: LOGO_BOX.left, top: LOGO_BOX.top }])
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
