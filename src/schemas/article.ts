import { z } from 'zod';
import { ConfigError, formatConfigError } from '../lib/friendly-errors';
import { isoDate } from '../lib/format/dates';
import { AUDIENCE_IDS } from '../lib/knowledge-base/audiences';
import { newestConsulted } from '../lib/knowledge-base/freshness';

/** The ids an article may refer to: topics from `onderwerpen.yaml`, authors from `mensen/` (and the editorial team). */
export interface ArticleReferences {
  /** Allowed topic ids. */
  topicIds: readonly string[];
  /** Allowed author ids. */
  authorIds: readonly string[];
}

const missingOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'ontbreekt (dit veld is verplicht)' : message;
const text = (min: number, max: number) =>
  z
    .string({ error: missingOr('moet tekst zijn') })
    .trim()
    .min(min, `moet minstens ${min} tekens lang zijn`)
    .max(max, `mag hoogstens ${max} tekens lang zijn`);
// Not z.coerce.date(): that turns a missing value into an invalid date, and the message could no longer say it is missing.
const date = () =>
  z.preprocess(
    (value) => (value === undefined || value === null || value instanceof Date ? value : new Date(String(value))),
    z.date({ error: missingOr('moet een datum zijn, bijvoorbeeld 2026-11-20') }),
  );
const oneOf = (ids: readonly string[]) =>
  z.enum(ids as [string, ...string[]], { error: missingOr(`moet een van deze waarden zijn: ${ids.join(', ')}`) });
const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { error: missingOr(`moet een lijst zijn, bijvoorbeeld [${what}]`) })
    .min(1, 'moet minstens één waarde bevatten');
const url = () =>
  z.url({ protocol: /^https?$/, error: missingOr('moet een volledig webadres zijn dat begint met https://') });
const unknownKeys = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys?.join(', ')} (controleer de spelling)` : undefined;

/** Builds the frontmatter schema of a kennisbank article, with topic and author ids checked against the lists. */
export function createArticleSchema({ topicIds, authorIds }: ArticleReferences) {
  return z
    .strictObject(
      {
        /** Title, shown as the h1, in lists and in the browser tab. */
        titel: text(10, 90),
        /** Summary for lists, search results and search engines. */
        omschrijving: text(50, 160),
        /** Date of first publication. */
        gepubliceerd: date(),
        /** Date of the last change to the content (never the build date). */
        bijgewerkt: date(),
        /** Date on which the figures and facts were last checked against their sources. */
        feitenGecontroleerd: date(),
        /** Audiences the article is written for: inlener, werkgever and/or werknemer. */
        doelgroep: list(oneOf(AUDIENCE_IDS), 'inlener, werkgever'),
        /** Topic ids from content/onderwerpen.yaml. */
        onderwerpen: list(oneOf(topicIds), topicIds.slice(0, 2).join(', ')),
        /** Author: `redactie` (the editorial team) or a person's file name in mensen/. */
        auteur: oneOf(authorIds),
        /** Draft: true keeps the article out of the published site (still visible in `npm run dev`). */
        concept: z.boolean({ error: 'moet true of false zijn' }).default(false),
        /** Optional position on /kennisbank/: lower numbers are shown first. */
        uitgelicht: z
          .number({ error: 'moet een getal zijn, bijvoorbeeld 1' })
          .int('moet een heel getal zijn')
          .min(1, 'moet 1 of hoger zijn')
          .optional(),
        /** Optional questions and answers, shown by <VeelgesteldeVragen /> and as FAQPage structured data. */
        veelgesteldeVragen: z
          .array(
            z.strictObject(
              {
                /** The question, as a visitor would ask it. */
                vraag: text(5, 200),
                /** The answer in one paragraph of plain text. */
                antwoord: text(10, 1200),
              },
              { error: unknownKeys },
            ),
            { error: 'moet een lijst zijn met items "- vraag: ..." en "antwoord: ..."' },
          )
          .default([]),
        /** Sources the article relies on; at least one. */
        bronnen: list(
          z.strictObject(
            {
              /** Name of the source as shown in the sources list, e.g. "UWV – Proefplaatsing". */
              titel: text(3, 200),
              /** Full address of the source. */
              url: url(),
              /** Date on which the version of this source that was read was current: for a stored or printed copy, the
               * date that copy shows or was taken, never the day it was read. */
              geraadpleegd: date(),
            },
            { error: unknownKeys },
          ),
          '{ titel: ..., url: https://..., geraadpleegd: 2026-02-01 }',
        ),
      },
      { error: unknownKeys },
    )
    .superRefine((data, ctx) => {
      if (data.bijgewerkt < data.gepubliceerd) {
        ctx.addIssue({
          code: 'custom',
          path: ['bijgewerkt'],
          message: 'mag niet vóór de datum van "gepubliceerd" liggen',
        });
      }
      const newestSource = newestConsulted(data.bronnen);
      if (newestSource && data.feitenGecontroleerd > newestSource) {
        ctx.addIssue({
          code: 'custom',
          path: ['feitenGecontroleerd'],
          message: `mag niet later liggen dan de nieuwste bron (geraadpleegd ${isoDate(newestSource)}): de feiten zijn gecontroleerd op basis van bronnen tot die datum`,
        });
      }
    });
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
/** Validated frontmatter of a kennisbank article. */
export type ArticleData = z.output<ArticleSchema>;

// One schema per set of references: building a zod schema costs far more than using it, and the loader validates
// every article with the same references.
const schemas = new WeakMap<ArticleReferences, ArticleSchema>();

/** Validates article frontmatter; throws one readable ConfigError that names the file and every bad field. */
export function parseArticleFrontmatter(data: unknown, fileName: string, references: ArticleReferences): ArticleData {
  let schema = schemas.get(references);
  if (!schema) {
    schema = createArticleSchema(references);
    schemas.set(references, schema);
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
