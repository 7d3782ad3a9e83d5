// The Astro endpoint around the pipeline: the page a browser without JavaScript gets carries the answer's status and
// headers (L5), and a missing page still tells the visitor what happened.
import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../../src/lib/intake/rate-limiter';
import { createOfferIntake } from '../../../../src/lib/offer/intake';
import { readIntakePageState } from '../../../../src/server/intake/page-state';
import { intakeRoute } from '../../../../src/server/intake/route';
import { formRequest, testDependencies } from '../../../support/intake-harness';
import { validInput } from '../../../support/offer-fixture';

const offer = createOfferIntake([{ id: 'horeca', naam: 'Horeca' }]);
const PAGES = { form: '/aanbieden/controleren/', received: '/aanbieden/bedankt/' };

/** Calls the endpoint with a context whose rewrite renders `page` (or fails like a missing route). */
async function call(input: Record<string, string>, rewrite: (path: string, locals: object) => Promise<Response>) {
  const deps = testDependencies(
    offer,
    { resendUrl: 'http://127.0.0.1:9' },
    { rateLimiter: new RateLimiter(1, 600_000) },
  );
  const route = intakeRoute(
    () => offer,
    () => deps,
    PAGES,
  );
  const locals = {};
  const context = {
    clientAddress: '203.0.113.7',
    request: formRequest(input),
    url: new URL('http://localhost/api/aanbod'),
    locals,
    rewrite: (request: Request) => rewrite(new URL(request.url).pathname, locals),
  } as unknown as APIContext;
  // Spend the one allowed submission first, so the call under test gets 429.
  await route({ ...context, request: formRequest(validInput({ organisatie: 'Eerste' })) } as APIContext);
  return route(context);
}

describe('intakeRoute', () => {
  it('renders the form again with the 429 status and Retry-After on the page itself (L5)', async () => {
    let renderedPath = '';
    const answer = await call(validInput(), async (path, locals) => {
      renderedPath = path;
      const state = readIntakePageState(locals, 'aanbod');
      return new Response(`<h1>${state?.kind}</h1>`, { headers: { 'content-type': 'text/html' } });
    });
    expect(renderedPath).toBe('/aanbieden/controleren/');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toBe('<h1>form</h1>');
  });

  it('answers in plain words when the intake’s page cannot be rendered, never with a server error', async () => {
    const answer = await call(validInput(), async () => {
      throw new Error('no such route');
    });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
    expect(await answer.text()).toMatch(/te vaak een aanbod verstuurd/);
  });
});
