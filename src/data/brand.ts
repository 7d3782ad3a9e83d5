// The bureau's pictures (logo, keurmerk logos) as optimisable images, and its palette, for the layout and components.
// The pictures live in the content folder's afbeeldingen/ (bureau.yaml names them; the build checks they exist).
import type { ImageMetadata } from 'astro';
import { brandPalette } from '../lib/site/brand-colours';
import { bureau } from './bureau';

const pictures = import.meta.glob<ImageMetadata>('@content/afbeeldingen/*.{svg,png}', {
  eager: true,
  import: 'default',
});

/** The image a bureau.yaml path (e.g. "afbeeldingen/logo.svg") names. */
export function contentPicture(file: string): ImageMetadata {
  const key = Object.keys(pictures).find((path) => path.endsWith(`/${file}`));
  if (!key) throw new Error(`Het bestand ${file} staat niet in ${__CONTENT_DIR__}/`);
  return pictures[key]!;
}

/** The bureau's logo. */
export const logo = { image: contentPicture(bureau.logo.bestand), alt: bureau.logo.alt };

/** The bureau's colours as the stylesheet uses them. */
export const palette = brandPalette(bureau.huisstijl);
