// The yearly file of calculator parameters (content/rekenhulpen/parameters/<year>.yaml). Which parameters exist, their
// kind and their one-line description are in src/lib/calculators/parameter-registry.ts: the fields of `wettelijk` and
// `schattingen` are made from that list, so a new parameter is a line there, not a change here.
import { z } from 'zod';
import {
  ESTIMATE_PARAMETERS,
  STATUTORY_PARAMETERS,
  type EstimateParameter,
  type StatutoryParameter,
} from '../lib/calculators/parameter-registry';

const isoDate = () => z.iso.date({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, tussen aanhalingstekens' });
const sourceUrl = () => z.url({ protocol: /^https?$/, error: 'moet een volledig webadres zijn (https://…)' });
const amount = () =>
  z.number({ error: 'moet een getal zijn (met een punt als decimaalteken)' }).nonnegative('mag niet negatief zijn');
const note = () => z.string().trim().min(1);
/** The date on which the version of the source that was read was current (for a stored copy: the date it shows). */
const consulted = () =>
  z.iso.date({ error: 'moet de datum zijn van de versie van de bron die u las, in de vorm JJJJ-MM-DD' });

/** A statutory amount: the value, the date it applies from and where it comes from. */
const statutoryValue = z.strictObject({
  /** The amount or percentage itself. */
  waarde: amount(),
  /** First day this value applies, e.g. '2026-01-01'. */
  geldigVanaf: isoDate(),
  /** Web page where the value can be checked. */
  bron: sourceUrl(),
  /** Date of the version of that page that was read. */
  geraadpleegd: consulted(),
  /** Optional short note shown next to the value (own words, plain Dutch). */
  toelichting: note().optional(),
});

/** One period of a statutory amount that can change within the year; a period not yet published has no value. */
const statutoryPeriod = z
  .strictObject({
    /** First day of this period, e.g. '2026-07-01'; the period runs until the next one starts. */
    geldigVanaf: isoDate(),
    /** The amount in this period; leave it out (with `nogNietBekend: true`) while it has not been published. */
    waarde: amount().optional(),
    /** Web page where the value can be checked; required with a `waarde`. */
    bron: sourceUrl().optional(),
    /** Date of the version of that page that was read; required with a `bron`. */
    geraadpleegd: consulted().optional(),
    /** `true` when the amount of this period has not been published yet: the site says so and keeps using the amount before it (`false` or absent: published). */
    nogNietBekend: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** Optional short note shown next to the value (own words, plain Dutch). */
    toelichting: note().optional(),
  })
  .check((ctx) => {
    const period = ctx.value;
    if (period.nogNietBekend) {
      if (period.waarde !== undefined)
        ctx.issues.push({
          code: 'custom',
          input: period.waarde,
          path: ['waarde'],
          message: 'laat weg zolang het bedrag nog niet bekend is (nogNietBekend: true)',
        });
      return;
    }
    if (period.waarde === undefined)
      ctx.issues.push({
        code: 'custom',
        input: period,
        path: ['waarde'],
        message: 'ontbreekt: vul het bedrag in, of zet nogNietBekend: true als het nog niet bekend is',
      });
    if (period.bron === undefined)
      ctx.issues.push({
        code: 'custom',
        input: period,
        path: ['bron'],
        message: 'ontbreekt: het webadres van de bron',
      });
    if (period.geraadpleegd === undefined)
      ctx.issues.push({
        code: 'custom',
        input: period,
        path: ['geraadpleegd'],
        message: 'ontbreekt: de datum van de versie van de bron die u las',
      });
  });

/** A statutory amount that can change within the year (e.g. the minimum wage on 1 January and 1 July). */
const statutoryPeriods = z
  .strictObject({
    /** The periods in date order; the first starts on 1 January of the year and has a known value. */
    perioden: z.array(statutoryPeriod).min(1, 'moet minstens één periode hebben'),
  })
  .check((ctx) => {
    const periods = ctx.value.perioden;
    if (periods[0]?.nogNietBekend)
      ctx.issues.push({
        code: 'custom',
        input: periods[0],
        path: ['perioden', 0, 'nogNietBekend'],
        message: 'de eerste periode moet een bekend bedrag hebben',
      });
    periods.forEach((period, index) => {
      const previous = periods[index - 1];
      if (previous && period.geldigVanaf <= previous.geldigVanaf)
        ctx.issues.push({
          code: 'custom',
          input: period.geldigVanaf,
          path: ['perioden', index, 'geldigVanaf'],
          message: `moet later zijn dan de periode ervoor (${previous.geldigVanaf})`,
        });
    });
  });

/** An estimate (not law): the value, the year it was measured in and where it comes from. */
const estimateValue = z.strictObject({
  /** The estimated amount or percentage. */
  waarde: amount(),
  /** Year the estimate refers to, e.g. 2019. */
  peiljaar: z.int({ error: 'moet een jaartal zijn' }).min(2000).max(2100),
  /** Web page where the estimate can be checked. */
  bron: sourceUrl(),
  /** Date of the version of that page that was read. */
  geraadpleegd: consulted(),
  /** Optional short note shown next to the value (own words, plain Dutch). */
  toelichting: note().optional(),
});

/** The `wettelijk` fields: one per statutory parameter of the registry (its description is the field comment). */
type StatutoryShape = {
  [P in StatutoryParameter as P['dutchKey']]: P['kind'] extends 'statutoryPeriods'
    ? typeof statutoryPeriods
    : typeof statutoryValue;
};
const statutoryShape = Object.fromEntries(
  STATUTORY_PARAMETERS.map((p) => [p.dutchKey, p.kind === 'statutoryPeriods' ? statutoryPeriods : statutoryValue]),
) as StatutoryShape;

/** The `schattingen` fields: one per estimate of the registry. */
type EstimateShape = { [P in EstimateParameter as P['dutchKey']]: typeof estimateValue };
const estimateShape = Object.fromEntries(ESTIMATE_PARAMETERS.map((p) => [p.dutchKey, estimateValue])) as EstimateShape;

/** Keys of the statutory parameters whose amount changes within the year. */
const PERIOD_KEYS = STATUTORY_PARAMETERS.filter(
  (p): p is Extract<StatutoryParameter, { kind: 'statutoryPeriods' }> => p.kind === 'statutoryPeriods',
).map((p) => p.dutchKey);

/** One year of calculator parameters, edited in `content/rekenhulpen/parameters/JJJJ.yaml`. */
export const parametersFileSchema = z
  .strictObject({
    /** Calendar year these parameters belong to: the file's name (src/lib/content-files.ts fills it in from there). */
    jaar: z.int({ error: 'moet een jaartal zijn' }).min(2000).max(2100),
    /** Amounts fixed by law or by the government (the fields: the registry's statutory parameters). */
    wettelijk: z.strictObject(statutoryShape),
    /** Estimates and survey figures from studies or vendors; the site labels them as estimates (the registry's estimates). */
    schattingen: z.strictObject(estimateShape),
  })
  .check((ctx) => {
    const { jaar, wettelijk } = ctx.value;
    for (const key of PERIOD_KEYS) {
      wettelijk[key].perioden.forEach((period, index) => {
        const first = index === 0;
        const wrong = first ? period.geldigVanaf !== `${jaar}-01-01` : !period.geldigVanaf.startsWith(`${jaar}-`);
        if (wrong)
          ctx.issues.push({
            code: 'custom',
            input: period.geldigVanaf,
            path: ['wettelijk', key, 'perioden', index, 'geldigVanaf'],
            message: first ? `de eerste periode moet beginnen op '${jaar}-01-01'` : `moet in ${jaar} liggen`,
          });
      });
    }
  });

export type ParametersFile = z.infer<typeof parametersFileSchema>;
export type { EstimateKey, StatutoryKey } from '../lib/calculators/parameter-registry';
/** One period of a statutory amount, as validated. */
export type StatutoryPeriod = z.infer<typeof statutoryPeriod>;
