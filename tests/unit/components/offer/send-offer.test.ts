import { describe, expect, it } from 'vitest';
import { sendOffer } from '../../../../src/components/offer/send-offer';
import { validInput } from '../../../support/offer-fixture';

const answer = (status: number, body: unknown) =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as typeof fetch;

describe('sendOffer', () => {
  it('posts JSON to /api/aanbod and reports success with the reference and the answers', async () => {
    let request: { url: string; init: RequestInit } | undefined;
    const outcome = await sendOffer(validInput(), (async (url: string, init: RequestInit) => {
      request = { url, init };
      return new Response(
        JSON.stringify({ ok: true, referentie: 'r1', antwoorden: [{ label: 'Sector', value: 'Horeca' }] }),
        { status: 200 },
      );
    }) as typeof fetch);
    expect(outcome).toEqual({ kind: 'sent', reference: 'r1', answers: [{ label: 'Sector', value: 'Horeca' }] });
    expect(request!.url).toBe('/api/aanbod');
    expect(new Headers(request!.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(request!.init.body)).organisatie).toBe('Bakkerij De Korenschoof');
  });

  it('returns the field errors of a 422', async () => {
    expect(await sendOffer(validInput(), answer(422, { ok: false, fouten: { kvk: 'fout' } }))).toEqual({
      kind: 'errors',
      errors: { kvk: 'fout' },
    });
  });

  it.each([503, 504, 429, 413, 408] as const)('passes on the server message and status of a %s', async (status) => {
    expect(await sendOffer(validInput(), answer(status, { ok: false, melding: 'Bericht' }))).toEqual({
      kind: 'failed',
      status,
      message: 'Bericht',
    });
  });

  it('uses the site’s own message when a proxy answers a known status without one', async () => {
    const timeout = await sendOffer(validInput(), answer(504, '<html>Gateway Timeout</html>'));
    expect(timeout).toMatchObject({ kind: 'failed', status: 504 });
    expect(timeout.kind === 'failed' && timeout.message).toMatch(/niet zeker .*veilig/);
  });

  it('says the offer was NOT sent on a network error or an unknown answer', async () => {
    const offline = await sendOffer(validInput(), (async () => {
      throw new TypeError('offline');
    }) as typeof fetch);
    expect(offline.kind === 'failed' && offline.message).toMatch(/NIET verstuurd/);
    const html = await sendOffer(validInput(), answer(502, '<html>Bad gateway</html>'));
    expect(html).toMatchObject({ kind: 'failed', status: 503 });
    expect(html.kind === 'failed' && html.message).toMatch(/NIET verstuurd/);
  });
});
