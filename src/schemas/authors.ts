import { z } from 'zod';
import { idField, textField, uniqueList } from './fields';

/** One author in `content/auteurs.yaml`. */
export const authorSchema = z.strictObject({
  /** Fixed code used in article frontmatter (`auteur:`). */
  id: idField(),
  /** Name shown with the article. */
  naam: textField(2, 80),
  /** Short job title, e.g. "Re-integratieadviseur". */
  functie: textField(2, 80),
  /** One or two sentences about the author. */
  bio: textField(10, 400),
});

/** The author list: at least one, every id unique. */
export const authorListSchema = uniqueList(authorSchema);

/** The whole file `content/auteurs.yaml`: one list under `auteurs:` (the editor saves a file as an object). */
export const authorsFileSchema = z.strictObject({
  /** The authors of the kennisbank. */
  auteurs: authorListSchema,
});

export type Author = z.output<typeof authorSchema>;
