// The probes of issue 19, each through Debian's nginx configured exactly as the README says
// (tests/support/nginx-proxy.mjs), in front of the built Node server. Every request comes from a loopback address of
// its own (127.0.0.x), so nginx's and the site's per-address limits see separate visitors.
import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_BODY_BYTES } from '../../../src/lib/offer/body-limit';
import { REQUEST_MAX_BODY_BYTES } from '../../../src/lib/request/intake';
import { securityHeaders, strictTransportSecurity } from '../../../src/lib/http/security-headers.mjs';
import { bureau } from '../../support/site-content';
import { freePort, startAppServer } from '../../support/start-app-server.mjs';
import { readmeNginxConfig, startNginxProxy } from '../../support/nginx-proxy.mjs';
import { validInput } from '../../support/offer-fixture';
import { closedWithoutAnswer, headerOf, raw, rawPlain, send, stalledUpload, type Answer } from './helpers';

const HOST = new URL(bureau.websiteUrl).hostname;
const SERVE = fileURLToPath(new URL('../../../src/server/serve.mjs', import.meta.url));
/** Per-address limits of the README's nginx block. */
const UPLOADS_AT_ONCE = 10;

test.describe.configure({ mode: 'serial' });

let app: Awaited<ReturnType<typeof startAppServer>>;
let proxy: Awaited<ReturnType<typeof startNginxProxy>>;
let target: { port: number; hostName: string };

test.beforeAll(async () => {
  app = await startAppServer({ OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'wep-hardening-outbox-')) }, { script: SERVE });
  proxy = await startNginxProxy({ upstreamPort: app.port, hostName: HOST });
  target = { port: proxy.httpsPort, hostName: HOST };
});

test.afterAll(async () => {
  await proxy?.stop();
  await app?.stop();
});

/** nginx's own answers carry the site's security headers and name no version (L6). */
function expectOwnAnswerHeaders(headers: (name: string) => string | undefined, body: string) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (name === 'Content-Security-Policy') expect(headers(name)).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    else expect(headers(name), name).toBe(value);
  }
  expect(headers('Strict-Transport-Security')).toBe(strictTransportSecurity);
  expect(headers('Server')).toBe('nginx');
  expect(body).not.toMatch(/nginx|\d+\.\d+\.\d+/i);
  expect(body).toMatch(/<html lang="nl">/);
}
const fromAnswer = (answer: Answer) => (name: string) => {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};

test('M1: nginx closes the connection for an unknown host or a bare address, without an answer', async () => {
  for (const host of ['evil.example', '127.0.0.1', `evil.example:${target.port}`])
    expect(await closedWithoutAnswer(target, { from: '127.0.0.2', host }), host).toBe(true);
});

test('M1: the site refuses a host nginx lets through but the site does not trust, instead of counting it under nginx', async () => {
  // nginx matches the name with a trailing dot; Astro does not, and would take the visitor for nginx itself.
  const refused = await send(target, {
    from: '127.0.0.2',
    method: 'POST',
    path: '/api/aanbod',
    host: `${HOST}.:${target.port}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validInput()),
  });
  expect(refused.status).toBe(421);
  expect(refused.body).toBe('Dit adres hoort niet bij deze website.');
  await expect.poll(() => app.output()).toMatch(/\[site\] 421 niet vertrouwde host/);
  expect(app.output()).not.toMatch(/\[aanbod\] \d+ client=127\.0\.0\.1 /);
  const counted = await send(target, {
    from: '127.0.0.2',
    method: 'POST',
    path: '/api/aanbod',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...validInput(), organisatie: 'Na de geweigerde host' }),
  });
  expect(counted.status).toBe(200);
  await expect.poll(() => app.output()).toMatch(/\[aanbod\] 200 client=127\.0\.0\.2 /);
});

test('M2: one address holding many stalled uploads is limited, another is served normally, and a stalled upload gets the site’s 408', async () => {
  test.setTimeout(60_000);
  const uploads = Array.from({ length: 40 }, () => stalledUpload(target, { from: '127.0.0.3', path: '/api/aanbod' }));
  try {
    // Past the per-address limit nginx answers at once: 429, with Retry-After and its own page.
    const answers: { status: number; head: string }[] = [];
    for (const upload of uploads) void upload.answer.then((answer) => answers.push(answer));
    const refused = () => answers.filter((answer) => answer.status === 429);
    await expect.poll(() => refused().length).toBe(uploads.length - UPLOADS_AT_ONCE);
    expect(headerOf(refused()[0]!.head, 'Retry-After')).toBe('60');
    expect(headerOf(refused()[0]!.head, 'X-Frame-Options')).toBe('DENY');

    // Meanwhile another visitor reads the site and sends an offer as usual.
    expect((await send(target, { from: '127.0.0.4', path: '/aanbieden/' })).status).toBe(200);
    const offer = await send(target, {
      from: '127.0.0.4',
      method: 'POST',
      path: '/api/aanbod',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...validInput(), organisatie: 'Terwijl een ander traag uploadt' }),
    });
    expect(offer.status).toBe(200);
    // …while the held uploads were still open (the site lets them go after its 8 s body limit).
    expect(answers.filter((answer) => answer.status !== 429)).toHaveLength(0);

    // The held uploads end with the site's own 408 within its body time limit, not with a bare close.
    const held = await Promise.all(uploads.map((upload) => upload.answer));
    const timedOut = held.filter((answer) => answer.status === 408);
    expect(timedOut).toHaveLength(UPLOADS_AT_ONCE);
    await expect.poll(() => timedOut[0]!.text()).toMatch(/duurde te lang/);
  } finally {
    for (const upload of uploads) upload.close();
  }
});

test('L1: a body over the site’s limit gets nginx’s 413 page, never a 502; one at the limit reaches the site', async () => {
  const config = readmeNginxConfig();
  for (const [path, limit] of [
    ['/api/aanbod', MAX_BODY_BYTES],
    ['/api/aanvraag', REQUEST_MAX_BODY_BYTES],
  ] as const) {
    // The README's nginx block sets exactly the site's own limit for each form.
    const location = new RegExp(
      `location ~ \\^${path.replace(/\//g, '\\/')}\\/\\?\\$ \\{[^}]*client_max_body_size (\\d+);`,
    );
    expect(Number(location.exec(config)?.[1]), path).toBe(limit);
    const body = (size: number) => JSON.stringify({ opmerkingen: 'x'.repeat(size - 18) });
    expect(Buffer.byteLength(body(limit))).toBe(limit);
    for (let i = 0; i < 5; i++) {
      const over = await send(target, {
        from: '127.0.0.5',
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: body(limit + 1 + i * 4096),
      });
      expect(over.status).toBe(413);
      expectOwnAnswerHeaders(fromAnswer(over), over.body);
    }
    const at = await send(target, {
      from: '127.0.0.5',
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      body: body(limit),
    });
    expect(at.status).toBe(422);
    expect(JSON.parse(at.body).ok).toBe(false);
  }
});

test('L6: nginx’s own answers carry the security headers and name no version', async () => {
  const trace = await send(target, { from: '127.0.0.6', method: 'TRACE' });
  expect(trace.status).toBe(405);
  expectOwnAnswerHeaders(fromAnswer(trace), trace.body);

  const duplicateHost = await raw(target, {
    from: '127.0.0.6',
    data: `GET / HTTP/1.1\r\nHost: ${HOST}\r\nHost: ${HOST}\r\n\r\n`,
  });
  const [head, body] = duplicateHost.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 400 /);
  expectOwnAnswerHeaders((name) => headerOf(head!, name), body ?? '');

  // The same on plain http, for the site's name and for a request no server can place.
  for (const data of [
    `GET / HTTP/1.1\r\nHost: ${HOST}\r\nHost: ${HOST}\r\n\r\n`,
    'G\u0001T / HTTP/1.1\r\nHost: x\r\n\r\n',
  ]) {
    const [plainHead, plainBody] = (await rawPlain(proxy.httpPort, { from: '127.0.0.6', data })).split('\r\n\r\n');
    expect(plainHead).toMatch(/^HTTP\/1\.1 400 /);
    expectOwnAnswerHeaders((name) => headerOf(plainHead!, name), plainBody ?? '');
  }

  // With the site down, nginx answers 502 itself.
  const down = await startNginxProxy({ upstreamPort: await freePort(), hostName: HOST });
  try {
    const gateway = await send({ port: down.httpsPort, hostName: HOST }, { from: '127.0.0.6', path: '/aanbieden/' });
    expect(gateway.status).toBe(502);
    expectOwnAnswerHeaders(fromAnswer(gateway), gateway.body);
    expect(gateway.body).toMatch(/even niet bereikbaar/);
  } finally {
    await down.stop();
  }
});

test('L5: nginx’s own 429 carries Retry-After (the site’s own pages: nginx.spec.ts)', async () => {
  const answers: Answer[] = [];
  for (let i = 0; i < 25; i++)
    answers.push(
      await send(target, {
        from: '127.0.0.7',
        method: 'POST',
        path: '/api/aanvraag',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `https://${HOST}:${target.port}` },
        body: 'dienst=onbekend',
      }),
    );
  const limited = answers.filter((answer) => answer.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  for (const answer of limited) expect(answer.headers['retry-after']).toBe('60');
});

test('L7: a path with a backslash is never redirected to another site', async () => {
  for (const path of ['/\\evil%2Eexample', '/%5Cevil%2Eexample', '/\\evil.example']) {
    const answer = await send(target, { from: '127.0.0.8', path });
    expect(answer.status, path).not.toBe(301);
    expect(answer.headers.location, path).toBeUndefined();
  }
  // A page address without its slash still is.
  const page = await send(target, { from: '127.0.0.8', path: '/aanbieden' });
  expect(page.status).toBe(301);
  expect(page.headers.location).toBe('/aanbieden/');
});
