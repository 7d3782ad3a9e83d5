import { z } from 'zod';
import { brandContrastProblems } from '../lib/site/brand-colours';

const dutchPostcode = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const email = () => z.email({ error: 'moet een geldig e-mailadres zijn, bijvoorbeeld info@bureau.nl' });
const httpsUrl = () =>
  z.url({ protocol: /^https?$/, error: 'moet een volledige webadres zijn dat begint met https://' });

/** A sender in the form `Name <address@domain>` or a bare address. */
const senderPattern = /^(?:[^<>\r\n]+ <[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A colour as a hex code, e.g. "#004d66" (the form a brand guide and the editor's colour pickers give). */
const hexColour = () =>
  z
    .string()
    .trim()
    .regex(HEX_COLOUR, 'moet een kleurcode zijn van # en zes tekens, bijvoorbeeld #004d66')
    .transform((value) => value.toLowerCase());

/** A picture in the content folder's afbeeldingen/ folder, with the text a screen reader reads instead. */
const picture = (what: string) =>
  z.strictObject({
    /** Path inside the content folder, e.g. "afbeeldingen/logo.svg" (the editor saves "afbeeldingen/logo/bestand.svg"). */
    bestand: z
      .string()
      .trim()
      .regex(
        /^afbeeldingen\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9._-]+\.(?:svg|png)$/,
        `moet een SVG- of PNG-bestand in de map afbeeldingen/ (of een map daarin) zijn, bijvoorbeeld afbeeldingen/${what}.svg`,
      ),
    /** Alternative text: what the picture says, usually the name in it. */
    alt: z
      .string({ error: 'is verplicht: beschrijf wat er op de afbeelding staat' })
      .trim()
      .min(2, 'is verplicht: beschrijf wat er op de afbeelding staat')
      .max(120, 'mag hoogstens 120 tekens lang zijn'),
  });

/** A date as YAML writes it (2027-06-30); the YAML parser may already have turned it into a Date. */
const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: 'moet een datum zijn als 2027-06-30' }),
  );

/** The days of the week as the bureau writes them, Monday first. */
export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const clockTime = () => z.string().regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, 'moet een tijd zijn als 08:30');

/** The bureau's own details, edited by the bureau in `content/bureau.yaml`. */
export const bureauSchema = z.strictObject({
  /** True for the shipped demo: every page says it is a demo and asks search engines not to index it. */
  demo: z.boolean({ error: 'moet true (demowebsite) of false (de echte website van het bureau) zijn' }),
  /** Legal or trading name shown in the header, footer, titles and e-mails. */
  naam: z.string().trim().min(2, 'moet minstens 2 tekens lang zijn').max(80, 'mag hoogstens 80 tekens lang zijn'),
  /** One or two sentences about the bureau, used on the home page and as the default meta description. */
  omschrijving: z
    .string()
    .trim()
    .min(20, 'moet minstens 20 tekens lang zijn')
    .max(160, 'mag hoogstens 160 tekens lang zijn (zoekmachines tonen niet meer)'),
  /** General e-mail address for questions, shown on the contact page and in the footer. */
  email: email(),
  /** Phone number as people should read it, e.g. "020 123 45 67". */
  telefoon: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{7,18}[0-9]$/, 'moet een telefoonnummer zijn, bijvoorbeeld 020 123 45 67'),
  /** Postal address of the office. */
  adres: z.strictObject({
    /** Street and house number. */
    straat: z.string().trim().min(3, 'moet een straat met huisnummer zijn'),
    /** Dutch postcode, e.g. "1234 AB". */
    postcode: z
      .string()
      .trim()
      .regex(dutchPostcode, 'moet een Nederlandse postcode zijn, bijvoorbeeld 1234 AB')
      .transform((value) => `${value.slice(0, 4)} ${value.slice(-2).toUpperCase()}`),
    /** Town or city. */
    plaats: z.string().trim().min(2, 'moet een plaatsnaam zijn'),
  }),
  /** Chamber of Commerce number: exactly 8 digits. */
  kvkNummer: z
    .string()
    .trim()
    .regex(/^[0-9]{8}$/, 'moet precies 8 cijfers zijn'),
  /** Address(es) that receive every offer submitted through the form. */
  aanbodOntvangers: z.array(email()).min(1, 'moet minstens één e-mailadres bevatten'),
  /** Address(es) that receive every employer's request submitted through the form at /aanvragen/. */
  aanvraagOntvangers: z.array(email()).min(1, 'moet minstens één e-mailadres bevatten'),
  /** Sender of outgoing e-mail, e.g. "Bureau <aanbod@bureau.nl>"; its domain must be verified at the mail provider. */
  afzender: z.string().trim().regex(senderPattern, 'moet een e-mailadres zijn, eventueel als "Naam <adres@domein.nl>"'),
  /** Links to the bureau's social media profiles (may be empty). */
  socialeMedia: z
    .array(
      z.strictObject({
        /** Name of the platform as shown to visitors, e.g. "LinkedIn". */
        naam: z.string().trim().min(2, 'moet de naam van het platform zijn'),
        /** Full URL of the profile. */
        url: httpsUrl(),
      }),
    )
    .default([]),
  /** The public address of this website, used for canonical URLs, the sitemap and feeds. */
  websiteUrl: httpsUrl().transform((value) => value.replace(/\/+$/, '')),
  /** The logo in the header, the favicon and the share image. */
  logo: picture('logo'),
  /** Brand colours, checked for WCAG 2.2 AA contrast wherever the site uses them. */
  huisstijl: z
    .strictObject({
      /** Links, buttons and the header line; darker shades of it for headings and the footer. */
      primair: hexColour(),
      /** Focus ring and highlights behind text: a light colour. */
      accent: hexColour(),
    })
    .superRefine((colours, ctx) => {
      // Only two valid codes can be checked; a wrong code has its own message already.
      if (![colours.primair, colours.accent].every((colour) => HEX_COLOUR.test(colour))) return;
      for (const problem of brandContrastProblems(colours)) {
        ctx.addIssue({
          code: 'custom',
          path: [problem.field],
          message: `${colours[problem.field]} ${problem.message}`,
        });
      }
    }),
  /** When the office is open, one line per group of days with the same hours. */
  openingstijden: z
    .array(
      z
        .strictObject({
          /** The days these hours apply to. */
          dagen: z
            .array(z.enum(WEEKDAYS, { error: `moet een dag zijn: ${WEEKDAYS.join(', ')}` }))
            .min(1, 'moet minstens één dag bevatten'),
          /** Opening time, e.g. "08:30". */
          van: clockTime(),
          /** Closing time, e.g. "17:00". */
          tot: clockTime(),
        })
        .refine((hours) => hours.van < hours.tot, {
          message: 'de sluitingstijd moet na de openingstijd liggen',
          path: ['tot'],
        }),
    )
    .min(1, 'moet minstens één regel bevatten'),
  /** The response-time promise in working days: "Wij reageren binnen 1 werkdag". */
  reactietijdWerkdagen: z
    .number({ error: 'moet een aantal werkdagen zijn, bijvoorbeeld 1' })
    .int('moet een heel aantal werkdagen zijn')
    .min(1, 'moet minstens 1 werkdag zijn')
    .max(10, 'mag hoogstens 10 werkdagen zijn'),
  /** The region the bureau works in, as a sentence part: "Noord-Holland, Utrecht en Flevoland". */
  werkgebied: z
    .string()
    .trim()
    .min(2, 'moet een regio zijn, bijvoorbeeld Utrecht en omgeving')
    .max(120, 'mag hoogstens 120 tekens lang zijn'),
  /** Quality marks (keurmerken); one past its date is not shown and the build warns. */
  keurmerken: z
    .array(
      z.strictObject({
        /** Name of the keurmerk, e.g. "Blik op Werk Keurmerk". */
        naam: z
          .string()
          .trim()
          .min(2, 'moet de naam van het keurmerk zijn')
          .max(80, 'mag hoogstens 80 tekens lang zijn'),
        /** Where a visitor can check it, e.g. the register of the keurmerk. */
        url: httpsUrl(),
        /** The keurmerk's logo (optional); the editor saves an empty one as a logo without a file. */
        logo: z.preprocess(
          (value) =>
            value && typeof value === 'object' && !(value as { bestand?: unknown }).bestand ? undefined : value,
          picture('keurmerk').optional(),
        ),
        /** Last day the certificate is valid. */
        geldigTot: isoDate(),
      }),
    )
    .default([]),
});

/** Bureau configuration as written in the YAML file. */
export type BureauInput = z.input<typeof bureauSchema>;
/** Bureau configuration after validation and normalisation. */
export type Bureau = z.output<typeof bureauSchema>;
