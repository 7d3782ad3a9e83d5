// The picture that link previews (LinkedIn, WhatsApp, e-mail clients) show next to a shared page.
// Shapes only, no text: the build machine may have no fonts, and the preview prints the page title anyway.

/** Size that the common link previews expect (1.91 : 1). */
export const SHARE_IMAGE = { path: '/deelafbeelding.png', width: 1200, height: 630 } as const;

/** The site mark (as in favicon.svg) on its 32 × 32 grid. */
const MARK_PATH = 'M7 22V10h4l5 7 5-7h4v12h-4v-6l-5 6-5-6v6z';

interface Colours {
  background: string;
  dark: string;
  light: string;
  accent: string;
}

/** The site's brand-700, brand-800, brand-100 and accent-400 from src/styles/global.css. */
const SITE_COLOURS: Colours = { background: '#0b5563', dark: '#08414c', light: '#d5e9ec', accent: '#ffd23f' };

/**
 * The share image as SVG: the site mark above a route of three steps (sick, a work-experience placement, work),
 * the middle one highlighted.
 */
export function shareImageSvg({ background, dark, light, accent }: Colours = SITE_COLOURS): string {
  const { width, height } = SHARE_IMAGE;
  const markSize = 192;
  const routeY = 440;
  const stops = [180, 600, 1020];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${background}"/>
  <circle cx="1080" cy="40" r="300" fill="${dark}"/>
  <rect x="${stops[0]! - markSize / 2}" y="96" width="${markSize}" height="${markSize}" rx="36" fill="#fff"/>
  <path d="${MARK_PATH}" fill="${background}" transform="translate(${stops[0]! - markSize / 2} 96) scale(${markSize / 32})"/>
  <line x1="${stops[0]}" y1="${routeY}" x2="${stops[2]}" y2="${routeY}" stroke="${light}" stroke-width="12" stroke-linecap="round" stroke-dasharray="1 28"/>
  <circle cx="${stops[0]}" cy="${routeY}" r="34" fill="${background}" stroke="${light}" stroke-width="12"/>
  <circle cx="${stops[1]}" cy="${routeY}" r="52" fill="${accent}"/>
  <circle cx="${stops[2]}" cy="${routeY}" r="34" fill="#fff"/>
  <rect x="0" y="${height - 24}" width="${width}" height="24" fill="${accent}"/>
</svg>`;
}
