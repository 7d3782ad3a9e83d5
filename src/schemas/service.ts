import { z } from 'zod';
import { ConfigError, formatConfigError } from '../lib/friendly-errors';
import { idField, textField } from './fields';

/** How a service is priced: a fixed amount, a starting amount, or on request (no amount shown). */
export const PRICE_KINDS = ['vast', 'vanaf', 'op-aanvraag'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'moet een lijst zijn' });

/** The price of a service; amounts are in euros excluding btw, for the year they apply to. */
export const priceSchema = z
  .strictObject({
    /** vast (fixed amount), vanaf (starting amount) or op-aanvraag (no amount). */
    soort: z.enum(PRICE_KINDS, { error: `moet een van deze waarden zijn: ${PRICE_KINDS.join(', ')}` }),
    /** One line per variant, e.g. "Traject van 3 maanden" € 1.775; empty when soort is op-aanvraag. */
    regels: list(
      z.strictObject({
        /** What this amount buys, e.g. "Traject van 3 maanden". */
        omschrijving: textField(3, 80),
        /** Amount in euros excluding btw, e.g. 1775. */
        bedrag: z
          .number({ error: 'moet een bedrag in euro zijn, bijvoorbeeld 1775' })
          .positive('moet groter dan 0 zijn')
          .max(100_000, 'mag hoogstens 100000 zijn'),
      }),
    ).default([]),
    /** The year the amounts apply to, e.g. 2026; required with amounts. */
    jaar: z.preprocess(
      (value) => (value === null ? undefined : value),
      z
        .number({ error: 'moet een jaartal zijn, bijvoorbeeld 2026' })
        .int('moet een jaartal zijn, bijvoorbeeld 2026')
        .min(2000, 'moet een jaartal zijn, bijvoorbeeld 2026')
        .max(2100, 'moet een jaartal zijn, bijvoorbeeld 2026')
        .optional(),
    ),
    /** Optional remark under the price, e.g. what is included. */
    toelichting: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      textField(5, 200).optional(),
    ),
  })
  .superRefine((price, ctx) => {
    if (price.soort === 'op-aanvraag') {
      if (price.regels.length > 0)
        ctx.addIssue({ code: 'custom', path: ['regels'], message: 'moet leeg zijn bij soort op-aanvraag' });
      return;
    }
    if (price.regels.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['regels'],
        message: `moet minstens één bedrag bevatten bij soort ${price.soort}`,
      });
    if (price.jaar === undefined)
      ctx.addIssue({ code: 'custom', path: ['jaar'], message: 'ontbreekt: noem het jaar waarvoor de bedragen gelden' });
  });

/** Frontmatter of a service: `diensten/<slug>.mdx` of the content folder; the body is the detail text. */
export const serviceSchema = z.strictObject({
  /** Name of the service, the h1 of its page, e.g. "2e-spoortraject". */
  titel: textField(3, 80),
  /** One or two sentences for the list of services and search engines. */
  samenvatting: textField(30, 170),
  /** For whom the service is: the employer's situation in one or two sentences. */
  voorWie: textField(20, 400),
  /** What the employer gets, one item per line. */
  watUKrijgt: list(textField(3, 200)).min(1, 'moet minstens één punt bevatten'),
  /** The steps of the service, in order (as the bureau words them). */
  stappen: list(
    z.strictObject({
      /** Short name of the step, e.g. "Intake". */
      titel: textField(2, 60),
      /** What happens in this step. */
      tekst: textField(10, 400),
    }),
  ).min(1, 'moet minstens één stap bevatten'),
  /** The usual duration, e.g. "3 of 6 maanden". */
  duur: textField(3, 80),
  /** How fast it starts, e.g. "binnen 5 werkdagen na uw akkoord". */
  start: textField(3, 80),
  /** The price: amounts excl. btw with their year, "vanaf", or on request. */
  prijs: priceSchema,
  /** What the employer prepares, one item per line (documents are sent after the request, never in the form). */
  voorbereiden: list(textField(3, 200)).default([]),
  /** Kennisbank articles that explain this service (their file names in kennisbank/). */
  artikelen: list(idField()).default([]),
  /** Tools that help with it (their names in rekenhulpen/, e.g. verzuimkosten). */
  rekenhulpen: list(idField()).default([]),
  /** Position on /diensten/ and in the request form: lower numbers first. */
  volgorde: z
    .number({ error: 'moet een getal zijn, bijvoorbeeld 1' })
    .int('moet een heel getal zijn')
    .min(0, 'moet 0 of hoger zijn')
    .default(100),
});

export type ServiceData = z.output<typeof serviceSchema>;
export type Price = z.output<typeof priceSchema>;

/** Validates a service's frontmatter; throws one readable ConfigError that names the file and every bad field. */
export function parseServiceFrontmatter(data: unknown, fileName: string): ServiceData {
  const result = serviceSchema.safeParse(data ?? {});
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
