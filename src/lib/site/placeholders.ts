// The demo's made-up details, which a live site (bureau.yaml `demo: false`) must not show: the build lists every one
// that is left in one message, so the bureau can replace them all in one go.
import type { Bureau } from '../../schemas/bureau';

/** The ids of the demo's people (content/mensen/); a live site that still has one of them is refused. */
export const DEMO_PERSON_IDS: readonly string[] = ['sanne-visser', 'ruben-haddou', 'els-van-dijk', 'mark-de-boer'];

/** SHA-256 of the demo's logo (content/afbeeldingen/logo/bestand.svg); a unit test keeps it in step with the file. */
export const DEMO_LOGO_SHA256 = '4169aa11a958e1dabf2a6ba559e3a763b39824515f64f73c866cdac8b3eb7ec8';

/** The demo's KvK number and phone number (digits only). */
const DEMO_KVK = '00000000';
const DEMO_PHONE_DIGITS = '0200000000';

/** A domain under .example (reserved for examples, RFC 2606), in an address, URL or text. */
const EXAMPLE_DOMAIN = /[a-z0-9-]\.example(?![a-z0-9-])/i;

/** A person of the site, as far as the check needs one. */
export interface PersonRef {
  id: string;
  naam: string;
}

export interface PlaceholderInput {
  bureau: Bureau;
  /** SHA-256 (hex) of the logo file that bureau.yaml names. */
  logoSha256: string;
  /** The site's people (mensen/), when the site has them. */
  people?: readonly PersonRef[];
  /** The ids that belong to the demo's people; defaults to DEMO_PERSON_IDS. */
  demoPersonIds?: readonly string[];
}

/** Every string in a value, with its field path as bureau.yaml writes it ("adres.straat", "keurmerken.0.url"). */
function stringsWithPaths(value: unknown, path: string[] = []): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsWithPaths(item, [...path, String(index)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsWithPaths(item, [...path, key]));
  return [];
}

/**
 * The demo placeholders a site still has, one Dutch line each (empty when there are none): the demo KvK number and
 * phone number, every .example address or domain anywhere in bureau.yaml, the demo logo and the demo people.
 */
export function placeholderProblems({
  bureau,
  logoSha256,
  people = [],
  demoPersonIds = DEMO_PERSON_IDS,
}: PlaceholderInput): string[] {
  const problems: string[] = [];
  if (bureau.kvkNummer === DEMO_KVK) problems.push(`veld "kvkNummer": ${DEMO_KVK} is het KvK-nummer van de demo`);
  if (bureau.telefoon.replace(/\D/g, '') === DEMO_PHONE_DIGITS)
    problems.push(`veld "telefoon": ${bureau.telefoon} is het telefoonnummer van de demo`);
  for (const { field, text } of stringsWithPaths(bureau)) {
    if (EXAMPLE_DOMAIN.test(text))
      problems.push(`veld "${field}": ${text} is een voorbeeldadres (.example), geen echt adres of domein`);
  }
  if (logoSha256 === DEMO_LOGO_SHA256)
    problems.push(`veld "logo.bestand": ${bureau.logo.bestand} is het logo van de demo`);
  const demoIds = new Set(demoPersonIds);
  for (const person of people) {
    if (demoIds.has(person.id)) problems.push(`mensen/${person.id}: ${person.naam} is een persoon uit de demo`);
  }
  return problems;
}

/** The one message that refuses a live build with placeholders, listing every one of them. */
export function placeholderMessage(problems: readonly string[], fileName: string): string {
  return [
    `De site staat op live (demo: false in ${fileName}), maar bevat nog gegevens uit de demo. Vervang deze eerst:`,
    ...problems.map((problem) => `  - ${problem}`),
    'Of zet demo: true zolang de site nog een demo is; dan vragen alle pagina’s zoekmachines om ze niet op te nemen.',
  ].join('\n');
}
