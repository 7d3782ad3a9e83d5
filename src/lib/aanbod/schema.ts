// The single source of truth for the offer form rules, used by the enhanced form in the browser and by
// POST /api/aanbod on the server. Messages are Dutch, specific and polite (GOV.UK / NL Design System style).
// zod/mini: the same zod 4 as astro/zod, but tree-shakable, so the browser bundle holds only the checks used
// here (a few KB instead of ~25 KB gzip), which keeps the form page within its JavaScript budget.
import * as z from 'zod/mini';
import { isIsoDatum, normaliseerKvk, normaliseerPostcode, normaliseerTelefoon } from './normaliseer';
import { AANBOD_VELDEN, type AanbodInvoer, type AanbodVeld } from './velden';

// zod probes `new Function` to speed up object parsing; the site's Content-Security-Policy forbids eval,
// so the probe would log a violation in the browser. Parsing without it is fast enough for one form.
z.config({ jitless: true });

interface SchemaOpties {
  /** Ids of the sectors from `content/sectoren.yaml`. */
  sectorIds: readonly string[];
  /** Today as `YYYY-MM-DD`; a start date before it is refused. */
  vandaag: string;
}

/** Trimmed text. */
const getrimd = () => z.string().check(z.trim());

/** Required free text of `min`–`max` characters after trimming. */
function tekst(min: number, max: number, leeg: string, onderwerp: string) {
  return getrimd().check(
    z.minLength(1, leeg),
    z.minLength(min, `${onderwerp} moet minstens ${min} tekens lang zijn`),
    z.maxLength(max, `${onderwerp} mag hoogstens ${max} tekens lang zijn`),
  );
}

/** Optional free text of at most `max` characters; empty becomes undefined. */
function optioneleTekst(max: number, onderwerp: string) {
  return z.pipe(
    getrimd().check(z.maxLength(max, `${onderwerp} mag hoogstens ${max} tekens lang zijn`)),
    z.transform((waarde: string) => (waarde === '' ? undefined : waarde)),
  );
}

/** A whole number between `min` and `max`, typed as text. */
function heelGetal(min: number, max: number, onderwerp: string) {
  const melding = `Vul voor ${onderwerp} een heel getal in van ${min} tot en met ${max}`;
  return z.pipe(
    getrimd().check(
      z.regex(/^[0-9]{1,3}$/, melding),
      z.refine((waarde) => Number(waarde) >= min && Number(waarde) <= max, melding),
    ),
    z.transform(Number),
  );
}

/** Text that is turned into a canonical form by `normaliseer`, or refused with `ongeldig`. */
function genormaliseerd(normaliseer: (invoer: string) => string | null, leeg: string, ongeldig: string) {
  return z.pipe(
    getrimd().check(z.minLength(1, leeg)),
    z.transform((waarde: string, ctx) => {
      const resultaat = normaliseer(waarde);
      if (resultaat === null) {
        ctx.issues.push({ code: 'custom', message: ongeldig, input: waarde });
        return z.NEVER;
      }
      return resultaat;
    }),
  );
}

/** Builds the schema; the sector list and today's date are inputs so browser and server agree and tests are stable. */
export function maakAanbodSchema({ sectorIds, vandaag }: SchemaOpties) {
  return z.object({
    /** Name of the host organisation, 2–200 characters. */
    organisatie: tekst(2, 200, 'Vul de naam van uw organisatie in', 'De naam van uw organisatie'),
    /** KvK-nummer: 8 digits; spaces and dots are removed. */
    kvk: genormaliseerd(
      normaliseerKvk,
      'Vul het KvK-nummer van uw organisatie in',
      'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678',
    ),
    /** Sector id from `content/sectoren.yaml`. */
    sector: z.string().check(z.refine((id) => sectorIds.includes(id), 'Kies de sector waarin uw organisatie werkt')),
    /** Dutch postcode of the workplace, normalised to `1234 AB`. */
    postcode: genormaliseerd(
      normaliseerPostcode,
      'Vul de postcode van de werkplek in',
      'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB',
    ),
    /** Town of the workplace, 2–100 characters. */
    plaats: tekst(2, 100, 'Vul de plaats van de werkplek in', 'De plaats'),
    /** Name of the contact person, 2–120 characters. */
    contactpersoon: tekst(2, 120, 'Vul de naam van de contactpersoon in', 'De naam van de contactpersoon'),
    /** E-mail address of the contact person; replies go here. */
    email: z.pipe(
      getrimd().check(
        z.minLength(1, 'Vul uw e-mailadres in'),
        z.maxLength(254, 'Het e-mailadres mag hoogstens 254 tekens lang zijn'),
      ),
      // zod's own e-mail pattern, applied as a plain check to keep the browser bundle small.
      z.string().check(z.regex(z.regexes.email, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl')),
    ),
    /** Dutch or international phone number, normalised to E.164 (`+31612345678`). */
    telefoon: genormaliseerd(
      normaliseerTelefoon,
      'Vul uw telefoonnummer in',
      'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567',
    ),
    /** Title of the placement role, 2–120 characters. */
    functie: tekst(2, 120, 'Vul de functie of rol in', 'De functie'),
    /** What the candidate would do, 20–4000 characters. */
    werkzaamheden: tekst(20, 4000, 'Beschrijf de werkzaamheden', 'De beschrijving van de werkzaamheden'),
    /** Hours per week, whole number 4–40. */
    uren_per_week: z.pipe(
      getrimd().check(z.minLength(1, 'Vul het aantal uren per week in')),
      heelGetal(4, 40, 'de uren per week'),
    ),
    /** Optional start date `YYYY-MM-DD`, today or later. */
    startdatum: z.pipe(
      getrimd().check(
        z.refine((datum) => datum === '' || isIsoDatum(datum), 'Vul een geldige datum in, bijvoorbeeld 2026-09-01'),
        z.refine(
          (datum) => datum === '' || !isIsoDatum(datum) || datum >= vandaag,
          'De startdatum mag niet in het verleden liggen',
        ),
      ),
      z.transform((datum: string) => (datum === '' ? undefined : datum)),
    ),
    /** Optional duration in weeks, whole number 4–52. */
    duur_weken: z.pipe(
      z.pipe(getrimd(), z.transform((waarde: string) => (waarde === '' ? undefined : waarde))),
      z.optional(heelGetal(4, 52, 'de duur')),
    ),
    /** Is there a workplace mentor: `ja` or `nee`. */
    begeleider: z.enum(['ja', 'nee'], 'Kies of er een begeleider op de werkplek is'),
    /** Does the host pay travel costs: `ja`, `nee` or `in_overleg`. */
    reiskosten: z.enum(['ja', 'nee', 'in_overleg'], 'Kies of u de reiskosten vergoedt'),
    /** Chance of detachering or a contract afterwards: `ja`, `misschien` or `nee`. */
    doorstroom: z.enum(['ja', 'misschien', 'nee'], 'Kies of er kans is op detachering of een contract'),
    /** Optional workplace adjustments, up to 2000 characters. */
    aanpassingen: optioneleTekst(2000, 'De beschrijving van de aanpassingen'),
    /** Optional remarks, up to 2000 characters. */
    opmerkingen: optioneleTekst(2000, 'De opmerkingen'),
    /** Consent to the privacy statement: must be `ja`. */
    privacy: z.literal('ja', 'Geef toestemming om uw gegevens te gebruiken voor dit aanbod'),
  });
}

/** A valid, normalised offer. */
export type Aanbod = z.output<ReturnType<typeof maakAanbodSchema>>;

/** Field name → the first message for that field. */
export type Fouten = Partial<Record<AanbodVeld, string>>;

export type Validatie = { geldig: true; aanbod: Aanbod } | { geldig: false; fouten: Fouten };

// Building a zod schema is far more expensive than using it, so one is kept per sector list and day.
let cache: { sleutel: string; schema: ReturnType<typeof maakAanbodSchema> } | undefined;

function schemaVoor(opties: SchemaOpties) {
  const sleutel = `${opties.vandaag}|${opties.sectorIds.join(',')}`;
  if (cache?.sleutel !== sleutel) cache = { sleutel, schema: maakAanbodSchema(opties) };
  return cache.schema;
}

/** Validates typed input; returns the normalised offer or one message per field, in form order. */
export function valideerAanbod(invoer: AanbodInvoer, opties: SchemaOpties): Validatie {
  const resultaat = schemaVoor(opties).safeParse(invoer);
  if (resultaat.success) return { geldig: true, aanbod: resultaat.data };
  const perVeld: Fouten = {};
  for (const issue of resultaat.error.issues) {
    const veld = issue.path[0] as AanbodVeld;
    perVeld[veld] ??= issue.message;
  }
  const fouten: Fouten = {};
  for (const veld of AANBOD_VELDEN) if (perVeld[veld]) fouten[veld] = perVeld[veld];
  return { geldig: false, fouten };
}
