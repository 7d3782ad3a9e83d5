// The bureau's service promises in words and structured data: opening hours, the response time, the region served,
// its keurmerken and the Organization JSON-LD. Pure: the caller passes the bureau and today's date.
import { WEEKDAYS, type Bureau } from '../../schemas/bureau';
import { workingDaysText } from '../format/working-days';

type Weekday = (typeof WEEKDAYS)[number];
type Certification = Bureau['keurmerken'][number];

/** "Wij reageren binnen 1 werkdag" / "Wij reageren binnen 2 werkdagen". */
export function responseTimePromise(bureau: Pick<Bureau, 'reactietijdWerkdagen'>): string {
  return `Wij reageren binnen ${workingDaysText(bureau.reactietijdWerkdagen)}`;
}

/** "maandag, dinsdag en donderdag" */
const listInDutch = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;

/** Days in week order, with a run of three or more consecutive days as "maandag tot en met vrijdag". */
function daysText(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(run.at(-1)!) + 1) run.push(day);
    else runs.push([day]);
  }
  return listInDutch(runs.flatMap((run) => (run.length >= 3 ? [`${run[0]} tot en met ${run.at(-1)}`] : run)));
}

/** One line per group of days: "maandag tot en met vrijdag: 08.30 tot 17.00 uur" (times as Dutch writes them). */
export function openingHoursText(bureau: Pick<Bureau, 'openingstijden'>): string[] {
  const time = (value: string) => value.replace(':', '.');
  return bureau.openingstijden.map(({ dagen, van, tot }) => {
    const days = daysText(dagen);
    return `${days.charAt(0).toUpperCase()}${days.slice(1)}: ${time(van)} tot ${time(tot)} uur`;
  });
}

const SCHEMA_DAYS: Record<Weekday, string> = {
  maandag: 'https://schema.org/Monday',
  dinsdag: 'https://schema.org/Tuesday',
  woensdag: 'https://schema.org/Wednesday',
  donderdag: 'https://schema.org/Thursday',
  vrijdag: 'https://schema.org/Friday',
  zaterdag: 'https://schema.org/Saturday',
  zondag: 'https://schema.org/Sunday',
};

/** The opening hours as schema.org OpeningHoursSpecification objects. */
export function openingHoursSpecification(bureau: Pick<Bureau, 'openingstijden'>) {
  return bureau.openingstijden.map(({ dagen, van, tot }) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: dagen.map((day) => SCHEMA_DAYS[day]),
    opens: van,
    closes: tot,
  }));
}

/** Keurmerken still valid on `today` (YYYY-MM-DD): valid through their `geldigTot` day. */
export function activeCertifications(bureau: Pick<Bureau, 'keurmerken'>, today: string): Certification[] {
  return bureau.keurmerken.filter((mark) => mark.geldigTot >= today);
}

/** Keurmerken past their `geldigTot` on `today`: not shown, and the build warns about each. */
export function expiredCertifications(bureau: Pick<Bureau, 'keurmerken'>, today: string): Certification[] {
  return bureau.keurmerken.filter((mark) => mark.geldigTot < today);
}

/** The build's warning for an expired keurmerk, in Dutch for the bureau. */
export const expiredCertificationWarning = (mark: Certification, fileName: string) =>
  `Het keurmerk "${mark.naam}" in ${fileName} was geldig tot ${mark.geldigTot} en staat daarom niet op de site. Verleng de datum (veld "geldigTot") als het keurmerk is vernieuwd, of haal het weg.`;

/** The bureau as a schema.org Organization, for the home page's JSON-LD. */
export function organizationJsonLd(bureau: Bureau) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: bureau.naam,
    description: bureau.omschrijving,
    url: `${bureau.websiteUrl}/`,
    logo: `${bureau.websiteUrl}/apple-touch-icon.png`,
    email: bureau.email,
    telephone: bureau.telefoon,
    address: {
      '@type': 'PostalAddress',
      streetAddress: bureau.adres.straat,
      postalCode: bureau.adres.postcode,
      addressLocality: bureau.adres.plaats,
      addressCountry: 'NL',
    },
    areaServed: bureau.werkgebied,
    openingHoursSpecification: openingHoursSpecification(bureau),
    sameAs: bureau.socialeMedia.map((link) => link.url),
  };
}
