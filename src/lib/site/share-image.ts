// The picture that link previews (LinkedIn, WhatsApp, e-mail clients) show next to a shared page: the bureau's logo
// on a white card, on its primary colour, with the accent as a stripe. Shapes only, no text: the build machine may have
// no fonts, and the preview prints the page title anyway. The endpoint (src/pages/deelafbeelding.png.ts) renders this
// background and places the logo in LOGO_BOX.
import type { Palette } from './brand-colours';

/** Size that the common link previews expect (1.91 : 1). */
export const SHARE_IMAGE = { path: '/deelafbeelding.png', width: 1200, height: 630 } as const;

const CARD = { x: 300, y: 135, width: 600, height: 330, radius: 36 } as const;
const PADDING = 48;

/** Where the logo goes: inside the white card, fitted and centred. */
export const LOGO_BOX = {
  left: CARD.x + PADDING,
  top: CARD.y + PADDING,
  width: CARD.width - 2 * PADDING,
  height: CARD.height - 2 * PADDING,
} as const;

/** The share image's background as SVG, in the bureau's colours. */
export function shareImageSvg(palette: Palette): string {
  const { width, height } = SHARE_IMAGE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${palette['brand-700']}"/>
  <circle cx="1080" cy="40" r="300" fill="${palette['brand-800']}"/>
  <circle cx="120" cy="600" r="200" fill="${palette['brand-900']}"/>
  <rect x="${CARD.x}" y="${CARD.y}" width="${CARD.width}" height="${CARD.height}" rx="${CARD.radius}" fill="#fff"/>
  <rect x="0" y="${height - 24}" width="${width}" height="24" fill="${palette['accent-400']}"/>
</svg>`;
}
