import { describe, expect, it } from 'vitest';
import { newReference, sendOffer } from '../../../../src/components/offer/send-offer';
import { parseReference } from '../../../../src/lib/intake/reference';
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

  it('treats 202 (received, the server finishes the rest) as sent', async () => {
    const body = { ok: true, referentie: 'WP-4F7K-27', antwoorden: [], melding: 'Wij hebben uw aanbod ontvangen.' };
    expect(await sendOffer(validInput(), answer(202, body))).toMatchObject({ kind: 'sent', reference: 'WP-4F7K-27' });
  });

  it('returns the field errors of a 422', async () => {
    expect(await sendOffer(validInput(), answer(422, { ok: false, fouten: { kvk: 'fout' } }))).toEqual({
      kind: 'errors',
      errors: { kvk: 'fout' },
    });
  });

  it.each([503, 504, 429, 413, 409, 408, 400] as const)(
    'passes on the server message and status of a %s',
    async (status) => {
      expect(await sendOffer(validInput(), answer(status, { ok: false, melding: 'Bericht' }))).toEqual({
        kind: 'failed',
        status,
        message: 'Bericht',
      });
    },
  );

  it('uses the site’s own message when a proxy answers a known status without one', async () => {
    const timeout = await sendOffer(validInput(), answer(504, '<html>Gateway Timeout</html>'));
    expect(timeout).toMatchObject({ kind: 'failed', status: 504 });
    expect(timeout.kind === 'failed' && timeout.message).toMatch(/niet zeker .*veilig/);
  });

  it('explains nginx’s own 413 and 429 pages, which carry no words of the site', async () => {
    const large = await sendOffer(validInput(), answer(413, '<html>413</html>'));
    expect(large).toMatchObject({ kind: 'failed', status: 413, message: expect.stringMatching(/te groot/) });
    const many = await sendOffer(validInput(), answer(429, '<html>429</html>'));
    expect(many).toMatchObject({ kind: 'failed', status: 429, message: expect.stringMatching(/NIET verstuurd/) });
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

describe('newReference', () => {
  it('makes a fresh short offer reference with a valid check character each time', () => {
    const references = Array.from({ length: 50 }, () => newReference());
    for (const reference of references) expect(parseReference(reference, 'WP')).toBe(reference);
    expect(new Set(references).size).toBe(50);
  });
});
