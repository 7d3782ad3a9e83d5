// The logic of POST /api/aanbod, free of Astro so unit tests can call it with a plain Request.
import type { Bureau } from '../config/bureau-schema';
import type { MailTransport } from '../mail/bericht';
import { bevestigingMail } from './mail/bevestiging-mail';
import { bureauMail } from './mail/bureau-mail';
import { leesBody } from './lees-body';
import type { RateLimiter } from './rate-limiter';
import { bepaalReferentie, idempotencySleutel } from './referentie';
import { valideerAanbod, type Fouten } from './schema';
import type { Sector } from './sector-schema';
import { leesInvoer, type AanbodInvoer } from './velden';

export const BEDANKT_PAD = '/aanbieden/bedankt/';

export const MELDINGEN = {
  teVaak: 'U heeft in korte tijd te vaak een aanbod verstuurd. Wacht een paar minuten en probeer het dan opnieuw.',
  nietVerstuurd:
    'Uw aanbod is NIET verstuurd: er ging iets mis bij het versturen. Uw antwoorden staan er nog. Probeer het over een paar minuten opnieuw, of stuur uw aanbod per e-mail of telefoon.',
  teGroot: 'Uw aanbod is te groot om te versturen. Maak de teksten korter en probeer het opnieuw.',
  verkeerdFormaat: 'Dit formaat kunnen wij niet verwerken. Gebruik het formulier op de website.',
  onleesbaar: 'Wij konden uw aanbod niet lezen. Gebruik het formulier op de website.',
} as const;

export interface AanbodAfhankelijkheden {
  transport: MailTransport;
  rateLimiter: RateLimiter;
  bureau: Bureau;
  sectoren: Sector[];
  ontvangers: string[];
  afzender: string;
  /** Today as YYYY-MM-DD in the Netherlands. */
  vandaag: () => string;
  log?: (melding: string) => void;
}

/** What the form page must show again (a browser without JavaScript). */
export interface FormulierHerhaling {
  status: 422 | 429 | 503;
  invoer: AanbodInvoer;
  fouten: Fouten;
  melding?: string;
}

/** Either a finished response, or a request to render the form page again with this state. */
export type AanbodUitkomst = { response: Response } | { formulier: FormulierHerhaling };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function tekst(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

function naarBedankt(): Response {
  return new Response(null, { status: 303, headers: { location: BEDANKT_PAD, 'cache-control': 'no-store' } });
}

/** Decodes the body; null when it is not a JSON object. */
function decodeer(soort: 'form' | 'json', body: string): Record<string, unknown> | null {
  if (soort === 'form') {
    const velden: Record<string, string> = {};
    // The first value wins when a name is repeated.
    for (const [naam, waarde] of new URLSearchParams(body)) if (!Object.hasOwn(velden, naam)) velden[naam] = waarde;
    return velden;
  }
  try {
    const data: unknown = JSON.parse(body);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function verwerkAanbod(request: Request, clientIp: string, deps: AanbodAfhankelijkheden): Promise<AanbodUitkomst> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const soort = mediaType === 'application/json' ? 'json' : mediaType === 'application/x-www-form-urlencoded' ? 'form' : null;
  if (!soort) return { response: tekst(415, MELDINGEN.verkeerdFormaat) };

  const wachten = deps.rateLimiter.probeer(clientIp);
  const body = await leesBody(request);
  if (body === null) {
    return { response: soort === 'json' ? json(413, { ok: false, melding: MELDINGEN.teGroot }) : tekst(413, MELDINGEN.teGroot) };
  }
  const velden = decodeer(soort, body);
  if (!velden) return { response: json(400, { ok: false, melding: MELDINGEN.onleesbaar }) };
  const invoer = leesInvoer(velden);

  if (wachten > 0) {
    if (soort === 'json') return { response: json(429, { ok: false, melding: MELDINGEN.teVaak }, { 'retry-after': String(wachten) }) };
    return { formulier: { status: 429, invoer, fouten: {}, melding: MELDINGEN.teVaak } };
  }

  const validatie = valideerAanbod(invoer, { sectorIds: deps.sectoren.map((s) => s.id), vandaag: deps.vandaag() });
  if (!validatie.geldig) {
    if (soort === 'json') return { response: json(422, { ok: false, fouten: validatie.fouten }) };
    return { formulier: { status: 422, invoer, fouten: validatie.fouten } };
  }

  const aanbod = validatie.aanbod;
  const referentie = bepaalReferentie(invoer.referentie, aanbod);
  const succes = (): AanbodUitkomst => ({ response: soort === 'json' ? json(200, { ok: true, referentie }) : naarBedankt() });

  // Honeypot: a bot gets the normal answer, but nothing is sent.
  if (invoer.website.trim() !== '') {
    deps.log?.(`aanbod ${referentie}: honeypot ingevuld, niets verstuurd`);
    return succes();
  }

  const sectorNaam = (id: string) => deps.sectoren.find((s) => s.id === id)?.naam ?? id;
  const melding = await deps.transport.verstuur(
    bureauMail(aanbod, { afzender: deps.afzender, ontvangers: deps.ontvangers, referentie, sectorNaam }),
    idempotencySleutel(referentie, 'bureau'),
  );
  if (!melding.geaccepteerd) {
    deps.log?.(`aanbod ${referentie}: melding aan bureau mislukt via ${deps.transport.naam}: ${melding.reden}`);
    if (soort === 'json') return { response: json(503, { ok: false, melding: MELDINGEN.nietVerstuurd }) };
    // Keep the reference in the form: if the provider did accept before the connection broke, the retry is deduplicated.
    const metReferentie = { ...invoer, referentie: referentie.startsWith('inhoud-') ? '' : referentie };
    return { formulier: { status: 503, invoer: metReferentie, fouten: {}, melding: MELDINGEN.nietVerstuurd } };
  }

  // The offer is safe with the bureau; a failed confirmation is logged but does not undo the success.
  const bevestiging = await deps.transport.verstuur(
    bevestigingMail(aanbod, { afzender: deps.afzender, bureau: deps.bureau, sectorNaam }),
    idempotencySleutel(referentie, 'bevestiging'),
  );
  if (!bevestiging.geaccepteerd) deps.log?.(`aanbod ${referentie}: bevestiging mislukt: ${bevestiging.reden}`);
  return succes();
}
