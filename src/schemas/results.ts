import { z } from 'zod';
import { idField, textField, uniqueList } from './fields';

const isoDate = (what: string) =>
  z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: `moet een datum zijn, bijvoorbeeld ${what}` }),
  );

/** One result figure, always shown with what it measures, its period, its number of trajectories and its source. */
export const resultSchema = z
  .strictObject({
    /** Fixed code, e.g. geplaatst-q4-2022. */
    id: idField(),
    /** The figure, e.g. 21 (for 21%). */
    waarde: z.number({ error: 'moet een getal zijn, bijvoorbeeld 21' }).min(0, 'mag niet negatief zijn'),
    /** Unit after the figure: "%" or a word such as "werkdagen". */
    eenheid: textField(1, 20),
    /** What the figure measures, e.g. "van de werknemers in een 2e-spoortraject had een nieuwe plek". */
    omschrijving: textField(10, 200),
    /** The period the figure covers. */
    periode: z.strictObject({
      /** As visitors read it, e.g. "4e kwartaal 2022". */
      label: textField(4, 40),
      /** First day of the period. */
      van: isoDate('2022-10-01'),
      /** Last day of the period. */
      tot: isoDate('2022-12-31'),
    }),
    /** How many trajectories the figure is based on. */
    aantalTrajecten: z
      .number({ error: 'moet een heel getal zijn, bijvoorbeeld 48' })
      .int('moet een heel getal zijn')
      .min(1, 'moet minstens 1 zijn'),
    /** Where the figure comes from, e.g. "eigen registratie Q4 2022". */
    bron: textField(5, 120),
  })
  .refine((result) => result.periode.van <= result.periode.tot, {
    path: ['periode', 'tot'],
    message: 'ligt vóór de begindatum "periode.van"',
  });

/** The whole file `resultaten.yaml`: one list under `resultaten:`, the first one is the home page's. */
export const resultsFileSchema = z.strictObject({
  /** The bureau's result figures. */
  resultaten: uniqueList(resultSchema),
});

export type Result = z.output<typeof resultSchema>;
