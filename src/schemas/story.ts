import { z } from 'zod';
import { idField, textField } from './fields';

const optionalText = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    textField(min, max).optional(),
  );

/** A client story: `verhalen/<id>.yaml` of the content folder. Shown only with consent, anonymised by default. */
export const storySchema = z
  .strictObject({
    /** Heading of the story. */
    titel: textField(5, 90),
    /** The story in a few plain sentences, without health details. */
    tekst: textField(40, 1500),
    /** The client agreed in writing to publication. Must be true: the build refuses a story without consent. */
    toestemming: z.literal(true, {
      error:
        'moet true zijn: een verhaal staat alleen op de site als de klant schriftelijk toestemming gaf. Zet toestemming: true als die er is, of verwijder het verhaal',
    }),
    /** Leave out name and organisation (default). Set false only when the client agreed to be named. */
    geanonimiseerd: z.boolean({ error: 'moet true of false zijn' }).default(true),
    /** Client's name, shown only when geanonimiseerd is false. */
    naam: optionalText(2, 80),
    /** Client's organisation, shown only when geanonimiseerd is false. */
    organisatie: optionalText(2, 80),
    /** The service this story is about (a file name in diensten/), optional. */
    dienst: z.preprocess((value) => (value === '' || value === null ? undefined : value), idField().optional()),
    /** When the trajectory ended (or the story was written). */
    datum: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.iso.date({ error: 'moet een datum zijn, bijvoorbeeld 2026-03-31' }),
    ),
  })
  .superRefine((story, ctx) => {
    if (!story.geanonimiseerd && !story.naam && !story.organisatie)
      ctx.addIssue({
        code: 'custom',
        path: ['naam'],
        message: 'vul een naam of organisatie in, of zet geanonimiseerd op true',
      });
  });

export type StoryData = z.output<typeof storySchema>;

/** A story with the id its file name gives. */
export interface Story extends StoryData {
  id: string;
}
