import { z } from 'zod';
import { textField } from './fields';

/** Empty text (the editor saves an emptied optional field as '') counts as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** A photo or image file in the content folder, with the text that describes it for who cannot see it. */
export const imageSchema = z.strictObject({
  /** Path inside the content folder, e.g. afbeeldingen/mensen/sanne/foto/bestand.webp (PNG, JPG or WebP). */
  bestand: z
    .string({ error: 'ontbreekt: kies een foto (PNG, JPG of WebP)' })
    .regex(/^[a-z0-9][a-z0-9/_.-]*\.(png|jpe?g|webp)$/i, 'moet een PNG-, JPG- of WebP-bestand in de inhoudsmap zijn'),
  /** Alt text: what the photo shows, for who cannot see it. Required. */
  alt: textField(5, 200),
});

/** One of the bureau's people: `mensen/<id>.yaml` of the content folder (the file name is the id). */
export const personSchema = z.strictObject({
  /** Full name as shown on the site. */
  naam: textField(2, 80),
  /** Role, e.g. "Arbeidsdeskundige" or "Re-integratieadviseur". */
  functie: textField(2, 80),
  /** Portrait photo with required alt text. */
  foto: imageSchema,
  /** Professional registrations, e.g. "Register Arbeidsdeskundige"; may be empty. */
  registraties: z.array(textField(2, 120), { error: 'moet een lijst zijn' }).default([]),
  /** A few sentences about the person, shown on /over-ons/. */
  bio: textField(20, 700),
  /** Optional direct phone number, as visitors read it. */
  telefoon: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{7,18}[0-9]$/, 'moet een telefoonnummer zijn, bijvoorbeeld 020 123 45 67'),
  ),
  /** Optional direct e-mail address. */
  email: optional(z.email({ error: 'moet een e-mailadres zijn, bijvoorbeeld naam@bureau.nl' })),
  /** Optional LinkedIn profile (https://www.linkedin.com/in/...). */
  linkedin: optional(
    z
      .url({ protocol: /^https$/, error: 'moet een webadres zijn dat begint met https://' })
      .regex(
        /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\//,
        'moet een LinkedIn-adres zijn (https://www.linkedin.com/in/...)',
      ),
  ),
  /** Position on /over-ons/: lower numbers first. */
  volgorde: z
    .number({ error: 'moet een getal zijn, bijvoorbeeld 1' })
    .int('moet een heel getal zijn')
    .min(0, 'moet 0 of hoger zijn')
    .default(100),
});

export type PersonData = z.output<typeof personSchema>;

/** A person with the id their file name gives. */
export interface Person extends PersonData {
  /** The file name without .yaml: the anchor on /over-ons/ and the value of `auteur:` in articles. */
  id: string;
}
