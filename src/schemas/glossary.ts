import { z } from 'zod';
import { idField, textField, uniqueList } from './fields';

/** One term of the glossary in `content/begrippen.yaml`. */
export const glossaryTermSchema = z.strictObject({
  /** Fixed code; becomes the anchor /kennisbank/begrippen/#<id> that articles link to. */
  id: idField(),
  /** The term as the glossary page shows it, e.g. "Loonsanctie". */
  term: textField(2, 80),
  /** Word forms that link to this term in an article: whole words, case does not matter. */
  vormen: z
    .array(textField(2, 60), { error: 'moet een lijst zijn, bijvoorbeeld [loonsanctie, loonsancties]' })
    .min(1, 'moet minstens één woordvorm bevatten'),
  /** Two plain sentences of our own; a figure carries its year (the figure rule). */
  uitleg: textField(40, 600),
  /** Where the explanation can be checked. */
  bron: z.strictObject({
    /** Name of the source as shown on the page, e.g. "UWV – Loonsanctie". */
    titel: textField(3, 200),
    /** Full address of the source. */
    url: z.url({ protocol: /^https?$/, error: 'moet een volledig webadres zijn dat begint met https://' }),
    /** Date on which the version of the source that was read was current (for a stored copy: the date it shows). */
    geraadpleegd: z.iso.date({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-07' }),
  }),
});

/** Lowercase with single spaces: how word forms are compared. */
const normaliseForm = (form: string) => form.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** The glossary: unique ids, and no word form listed under two terms (a form may link to one term only). */
export const glossarySchema = uniqueList(glossaryTermSchema).superRefine((terms, ctx) => {
  const owner = new Map<string, string>();
  terms.forEach((entry, index) => {
    entry.vormen.forEach((form, formIndex) => {
      const key = normaliseForm(form);
      const first = owner.get(key);
      if (first !== undefined && first !== entry.id)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'vormen', formIndex],
          message: `"${form}" staat al bij het begrip "${first}"; een woordvorm mag bij één begrip staan`,
        });
      else if (first === entry.id)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'vormen', formIndex],
          message: `"${form}" staat twee keer in deze lijst`,
        });
      else owner.set(key, entry.id);
    });
  });
});

/** The whole file `content/begrippen.yaml`: one list under `begrippen:` (the editor saves a file as an object). */
export const glossaryFileSchema = z.strictObject({
  /** The terms, in alphabetical order of `term`. */
  begrippen: glossarySchema,
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
