import { z } from 'zod';

const isoDate = () => z.iso.date({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, tussen aanhalingstekens' });
const sourceUrl = () => z.url({ protocol: /^https?$/, error: 'moet een volledig webadres zijn (https://…)' });
const amount = () =>
  z.number({ error: 'moet een getal zijn (met een punt als decimaalteken)' }).nonnegative('mag niet negatief zijn');

/** A statutory amount: the value, the date it applies from and where it comes from. */
const statutoryValue = z.strictObject({
  /** The amount or percentage itself. */
  waarde: amount(),
  /** First day this value applies, e.g. '2026-01-01'. */
  geldigVanaf: isoDate(),
  /** Web page where the value can be checked. */
  bron: sourceUrl(),
  /** Optional short note shown next to the value (own words, plain Dutch). */
  toelichting: z.string().trim().min(1).optional(),
});

/** An estimate (not law): the value, the year it was measured in and where it comes from. */
const estimateValue = z.strictObject({
  /** The estimated amount or percentage. */
  waarde: amount(),
  /** Year the estimate refers to, e.g. 2019. */
  peiljaar: z.int({ error: 'moet een jaartal zijn' }).min(2000).max(2100),
  /** Web page where the estimate can be checked. */
  bron: sourceUrl(),
  /** Optional short note shown next to the value (own words, plain Dutch). */
  toelichting: z.string().trim().min(1).optional(),
});

/** One year of calculator parameters, edited in `content/rekenhulpen/parameters-JJJJ.yaml`. */
export const parametersFileSchema = z.strictObject({
  /** Calendar year these parameters belong to; must match the year in the file name. */
  jaar: z.int({ error: 'moet een jaartal zijn' }).min(2000).max(2100),
  /** Amounts fixed by law or by the government. */
  wettelijk: z.strictObject({
    /** Statutory minimum hourly wage (21 years and older), in euros. */
    minimumUurloon: statutoryValue,
    /** Maximum dagloon for Ziektewet benefits, in euros per day. */
    maximumDagloon: statutoryValue,
    /** Minimum Ziektewet benefit as a percentage of the dagloon (70). */
    ziektewetPercentage: statutoryValue,
    /** LKV arbeidsgehandicapte werknemer: euros per paid hour. */
    lkvUurbedrag: statutoryValue,
    /** LKV arbeidsgehandicapte werknemer: maximum in euros per year. */
    lkvJaarMaximum: statutoryValue,
    /** LKV arbeidsgehandicapte werknemer: maximum number of years. */
    lkvJaren: statutoryValue,
    /** Tax-free travel allowance for own transport, in euros per km. */
    reiskostenPerKm: statutoryValue,
  }),
  /** Estimates from surveys or vendors; the site labels them as estimates. */
  schattingen: z.strictObject({
    /** Employer charges on top of gross salary, as a percentage. */
    werkgeverslastenPercentage: estimateValue,
    /** Cost of recruiting one new employee, in euros. */
    kostenPerAanname: estimateValue,
    /** Total cost of one sick day (wage, replacement, lost output), in euros. */
    kostenPerVerzuimdag: estimateValue,
    /** Price of a 2e spoor trajectory, in euros. */
    kosten2eSpoorTraject: estimateValue,
  }),
});

export type ParametersFile = z.infer<typeof parametersFileSchema>;
export type StatutoryKey = keyof ParametersFile['wettelijk'];
export type EstimateKey = keyof ParametersFile['schattingen'];
