import { z } from 'zod';
import { idField, textField, uniqueList } from './fields';

/** One topic in `content/onderwerpen.yaml`. */
export const topicSchema = z.strictObject({
  /** Fixed code used in article frontmatter and in the URL /kennisbank/onderwerp/<id>/. */
  id: idField(),
  /** Name shown to visitors. */
  naam: textField(2, 60),
  /** One sentence about the topic, shown on its page. */
  omschrijving: textField(10, 200),
});

/** The topic list: at least one, every id unique. */
export const topicListSchema = uniqueList(topicSchema);

/** The whole file `content/onderwerpen.yaml`: one list under `onderwerpen:` (the editor saves a file as an object). */
export const topicsFileSchema = z.strictObject({
  /** The topics, in the order the site shows them. */
  onderwerpen: topicListSchema,
});

export type Topic = z.output<typeof topicSchema>;
