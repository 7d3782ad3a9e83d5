import { z } from 'zod';

const dutchPostcode = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const email = () => z.email({ error: 'moet een geldig e-mailadres zijn, bijvoorbeeld info@bureau.nl' });
const httpsUrl = () =>
  z.url({ protocol: /^https?$/, error: 'moet een volledige webadres zijn dat begint met https://' });

/** A sender in the form `Name <address@domain>` or a bare address. */
const senderPattern = /^(?:[^<>\r\n]+ <[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/** The bureau's own details, edited by the bureau in `content/bureau.yaml`. */
export const bureauSchema = z.strictObject({
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
});

/** Bureau configuration as written in the YAML file. */
export type BureauInput = z.input<typeof bureauSchema>;
/** Bureau configuration after validation and normalisation. */
export type Bureau = z.output<typeof bureauSchema>;
