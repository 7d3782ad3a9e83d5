// The people's photos as astro:assets images, so pages show them resized, as WebP, with width and height.
import type { ImageMetadata } from 'astro';
import { ConfigError } from '../lib/friendly-errors';
import type { Person } from '../schemas/person';
import { personFile } from './people';

const images = import.meta.glob<ImageMetadata>(
  '@content/afbeeldingen/mensen/**/*.{png,jpg,jpeg,webp,PNG,JPG,JPEG,WEBP}',
  {
    eager: true,
    import: 'default',
  },
);

/** The photo of a person; a missing file stops the build with a message naming the person's file and field. */
export function photoOf(person: Person): ImageMetadata {
  const wanted = `/${person.foto.bestand}`;
  const found = Object.entries(images).find(([path]) => path.endsWith(wanted))?.[1];
  if (!found)
    throw new ConfigError(
      `Fout in ${personFile(`${person.id}.yaml`)}:\n  - veld "foto.bestand": het bestand ${person.foto.bestand} staat niet in ${__CONTENT_DIR__}/afbeeldingen/mensen/`,
    );
  return found;
}
