import { z } from 'zod';
import { ConfigError, formatConfigError } from '../lib/friendly-errors';
import { idField, textField } from './fields';

/**
 * Frontmatter of a calculator's page text, `content/rekenhulpen/<slug>.mdx`: the editorial side of one calculator.
 * The body explains how it calculates ("Hoe rekenen we dit?"); the rules themselves are in src/lib/calculators/.
 */
export const calculatorPageSchema = z.strictObject({
  /** Page title and h1, also the link text on /rekenhulpen/. */
  titel: textField(10, 90),
  /** Summary for search engines. */
  omschrijving: textField(50, 170),
  /** Introduction under the heading: for whom the calculator is and what it shows. */
  inleiding: textField(20, 300),
  /** Text under the link on the list of calculators. */
  lijsttekst: textField(20, 300),
  /** Position on the list of calculators; lower numbers first. */
  volgorde: z
    .number({ error: 'moet een getal zijn, bijvoorbeeld 1' })
    .int('moet een heel getal zijn')
    .min(1, 'moet 1 of hoger zijn'),
  /** The call to action at the end of an article that points here. */
  oproep: z.strictObject({
    /** Heading of the block. */
    titel: textField(5, 90),
    /** One sentence about what the calculator does for the reader. */
    tekst: textField(10, 200),
  }),
  /** Topic ids: articles on these topics end with a call to this calculator (the first match in `volgorde` wins). */
  onderwerpen: z.array(idField()).default([]),
});

export type CalculatorPageData = z.output<typeof calculatorPageSchema>;

/** Validates a calculator text's frontmatter; throws one readable ConfigError that names the file and every bad field. */
export function parseCalculatorPageFrontmatter(data: unknown, fileName: string): CalculatorPageData {
  const result = calculatorPageSchema.safeParse(data ?? {});
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
