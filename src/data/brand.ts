// The bureau's pictures (logo, keurmerk logos) as optimisable images, and its palette, for the layout and components.
// The pictures live in the content folder's afbeeldingen/; src/integrations/bureau-identity.mjs imports exactly those
// bureau.yaml names (and has checked that they exist).
import type { ImageMetadata } from 'astro';
import { pictures } from 'virtual:bureau-pictures';
import { brandPalette } from '../lib/site/brand-colours';
import { bureau } from './bureau';

/** The image a bureau.yaml path (e.g. "afbeeldingen/logo.svg") names. */
export function contentPicture(file: string): ImageMetadata {
  const picture = pictures[file];
  if (!picture) throw new Error(`Het bestand ${file} staat niet in ${__CONTENT_DIR__}/`);
  return picture;
}

/** The bureau's logo. */
export const logo = { image: contentPicture(bureau.logo.bestand), alt: bureau.logo.alt };

/** The bureau's colours as the stylesheet uses them. */
export const palette = brandPalette(bureau.huisstijl);
