// The enhanced form's call to POST /api/aanbod, turned into one of four outcomes the form can show.
import type { Fouten } from './schema';
import type { AanbodInvoer } from './velden';

export type VerstuurUitkomst =
  | { soort: 'gelukt'; referentie: string }
  | { soort: 'fouten'; fouten: Fouten }
  | { soort: 'mislukt'; melding: string };

const ALGEMEEN =
  'Uw aanbod is NIET verstuurd: wij konden de website niet bereiken. Uw antwoorden staan er nog. Controleer uw internetverbinding en probeer het opnieuw.';

export async function verstuurAanbod(invoer: AanbodInvoer, doFetch: typeof fetch = fetch): Promise<VerstuurUitkomst> {
  let antwoord: Response;
  try {
    antwoord = await doFetch('/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(invoer),
    });
  } catch {
    return { soort: 'mislukt', melding: ALGEMEEN };
  }
  const body = (await antwoord.json().catch(() => null)) as { ok?: boolean; referentie?: string; fouten?: Fouten; melding?: string } | null;
  if (antwoord.ok && body?.ok && body.referentie) return { soort: 'gelukt', referentie: body.referentie };
  if (antwoord.status === 422 && body?.fouten) return { soort: 'fouten', fouten: body.fouten };
  return { soort: 'mislukt', melding: body?.melding ?? ALGEMEEN };
}
