import { describe, expect, it } from 'vitest';
import { verstuurAanbod } from '../../../src/lib/aanbod/verstuur-json';
import { geldigeInvoer } from '../../support/aanbod-fixture';

const antwoord = (status: number, body: unknown) => async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('verstuurAanbod', () => {
  it('posts JSON to /api/aanbod and reports success with the reference', async () => {
    let verzoek: { url: string; init: RequestInit } | undefined;
    const uitkomst = await verstuurAanbod(geldigeInvoer(), (async (url: string, init: RequestInit) => {
      verzoek = { url, init };
      return new Response(JSON.stringify({ ok: true, referentie: 'r1' }), { status: 200 });
    }) as typeof fetch);
    expect(uitkomst).toEqual({ soort: 'gelukt', referentie: 'r1' });
    expect(verzoek!.url).toBe('/api/aanbod');
    expect(new Headers(verzoek!.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(verzoek!.init.body)).organisatie).toBe('Bakkerij De Korenschoof');
  });

  it('returns the field errors of a 422', async () => {
    const uitkomst = await verstuurAanbod(geldigeInvoer(), antwoord(422, { ok: false, fouten: { kvk: 'fout' } }) as typeof fetch);
    expect(uitkomst).toEqual({ soort: 'fouten', fouten: { kvk: 'fout' } });
  });

  it('passes on the server message of a 503 or 429', async () => {
    for (const status of [503, 429]) {
      const uitkomst = await verstuurAanbod(geldigeInvoer(), antwoord(status, { ok: false, melding: 'Niet verstuurd' }) as typeof fetch);
      expect(uitkomst).toEqual({ soort: 'mislukt', melding: 'Niet verstuurd' });
    }
  });

  it('says the offer was NOT sent on a network error or an unreadable answer', async () => {
    const netwerk = await verstuurAanbod(geldigeInvoer(), (async () => { throw new TypeError('offline'); }) as typeof fetch);
    expect(netwerk.soort === 'mislukt' && netwerk.melding).toMatch(/NIET verstuurd/);
    const html = await verstuurAanbod(geldigeInvoer(), antwoord(502, '<html>Bad gateway</html>') as typeof fetch);
    expect(html.soort === 'mislukt' && html.melding).toMatch(/NIET verstuurd/);
  });
});
