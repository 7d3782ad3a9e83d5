import { z } from 'zod';

/** Frontmatter of a fixed page in `content/paginas/`. */
export const pageSchema = z.strictObject({
  /** Page title, shown as the h1 and in the browser tab. */
  titel: z.string().trim().min(3, 'moet minstens 3 tekens lang zijn').max(80, 'mag hoogstens 80 tekens lang zijn'),
  /** Summary for search engines, at most about 160 characters. */
  omschrijving: z
    .string()
    .trim()
    .min(20, 'moet minstens 20 tekens lang zijn')
    .max(170, 'mag hoogstens 170 tekens lang zijn'),
  /** Date of the last change to the content (not the build date). */
  bijgewerkt: z.coerce.date({ error: 'moet een datum zijn, bijvoorbeeld 2026-01-15' }),
});
