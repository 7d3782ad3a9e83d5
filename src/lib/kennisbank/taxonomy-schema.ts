import { z } from 'astro/zod';
import { parseYamlFile } from '../config/parse-yaml-file';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = () => z.string().regex(idPattern, 'moet bestaan uit kleine letters, cijfers en streepjes, bijvoorbeeld tweede-spoor');
const text = (min: number, max: number) =>
  z.string().trim().min(min, `moet minstens ${min} tekens lang zijn`).max(max, `mag hoogstens ${max} tekens lang zijn`);

/** One topic in `content/onderwerpen.yaml`. */
export const onderwerpSchema = z.strictObject({
  /** Fixed code used in article frontmatter and in the URL /kennisbank/onderwerp/<id>/. */
  id: id(),
  /** Name shown to visitors. */
  naam: text(2, 60),
  /** One sentence about the topic, shown on its page. */
  omschrijving: text(10, 200),
});

/** One author in `content/auteurs.yaml`. */
export const auteurSchema = z.strictObject({
  /** Fixed code used in article frontmatter (`auteur:`). */
  id: id(),
  /** Name shown with the article. */
  naam: text(2, 80),
  /** Short job title, e.g. "Re-integratieadviseur". */
  functie: text(2, 80),
  /** One or two sentences about the author. */
  bio: text(10, 400),
});

export type Onderwerp = z.output<typeof onderwerpSchema>;
export type Auteur = z.output<typeof auteurSchema>;

/** A list of entries whose ids must be unique. */
function uniqueList<T extends z.ZodType<{ id: string }>>(item: T) {
  return z
    .array(item, { error: 'moet een lijst zijn (elke regel begint met "- id: ...")' })
    .min(1, 'moet minstens één item bevatten')
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${entry.id}" komt twee keer voor` });
        seen.add(entry.id);
      });
    });
}

function parseList<T extends z.ZodType<{ id: string }>>(item: T, yamlText: string, fileName: string): z.output<T>[] {
  return parseYamlFile(uniqueList(item), yamlText, fileName, []) as z.output<T>[];
}

/** Parses `content/onderwerpen.yaml`; throws one readable ConfigError naming file and field. */
export function parseOnderwerpen(yamlText: string, fileName = 'content/onderwerpen.yaml'): Onderwerp[] {
  return parseList(onderwerpSchema, yamlText, fileName);
}

/** Parses `content/auteurs.yaml`; throws one readable ConfigError naming file and field. */
export function parseAuteurs(yamlText: string, fileName = 'content/auteurs.yaml'): Auteur[] {
  return parseList(auteurSchema, yamlText, fileName);
}
