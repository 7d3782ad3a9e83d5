// Field builders shared by the schemas of files a bureau edits, so every file reports mistakes in the same words.
import { z } from 'zod';

/** A stable code: lowercase letters, digits and dashes (used in URLs and references). */
export const idField = () =>
  z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'moet bestaan uit kleine letters, cijfers en streepjes, bijvoorbeeld tweede-spoor',
    );

/** Trimmed text of `min`–`max` characters. */
export const textField = (min: number, max: number) =>
  z.string().trim().min(min, `moet minstens ${min} tekens lang zijn`).max(max, `mag hoogstens ${max} tekens lang zijn`);

/** A list of entries whose ids must be unique. */
export function uniqueList<T extends z.ZodType<{ id: string }>>(item: T) {
  return z
    .array(item, { error: 'moet een lijst zijn (elke regel begint met "- id: ...")' })
    .min(1, 'moet minstens één item bevatten')
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id))
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${entry.id}" komt twee keer voor` });
        seen.add(entry.id);
      });
    });
}
