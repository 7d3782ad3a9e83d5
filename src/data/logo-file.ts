// The logo's bytes and sharp-rendered sizes, for the endpoints that make the favicon, touch icon and share image at
// build time (never for a page: the header uses the optimised image from src/data/brand.ts).
import sharp from 'sharp';
import { logo } from 'virtual:bureau-logo';

/** The logo file as bureau.yaml names it. */
export const logoBytes = Buffer.from(logo.base64, 'base64');
export const logoType = logo.type;

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** The logo fitted into a square of `size` px with `padding` px around it, on `background` (default transparent). */
export async function squareLogoPng(size: number, { padding = 0, background = TRANSPARENT } = {}) {
  const inner = size - 2 * padding;
  const fitted = sharp(logoBytes, { density: 300 })
    .resize(inner, inner, { fit: 'contain', background: TRANSPARENT })
    .extend({ top: padding, bottom: padding, left: padding, right: padding, background });
  const opaque = background.alpha !== 0 ? sharp(await fitted.png().toBuffer()).flatten({ background }) : fitted;
  return opaque.png({ compressionLevel: 9 }).toBuffer();
}

/** The logo fitted into a `width` × `height` box (transparent around it), as PNG. */
export function fittedLogoPng(width: number, height: number) {
  return sharp(logoBytes, { density: 300 })
    .resize(width, height, { fit: 'contain', background: TRANSPARENT })
    .png()
    .toBuffer();
}
