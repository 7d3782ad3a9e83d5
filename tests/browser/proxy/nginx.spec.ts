// The site as a bureau deploys it: the built Node server behind Debian's nginx, which terminates TLS and forwards
// the usual headers, configured exactly as the README says (tests/support/nginx-proxy.mjs reads it from there).
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bureau } from '../../support/site-content';
import { startAppServer } from '../../support/start-app-server.mjs';
import { startNginxProxy } from '../../support/nginx-proxy.mjs';
import { chromiumLaunchOptions } from '../support/chromium';
import { fillForm, uniqueOrganisation, waitForHydration } from '../offer/helpers';
import { validInput } from '../../support/offer-fixture';
import { daysAgo, validRequestInput } from '../../support/request-fixture';
import { send } from './helpers';

const HOST = new URL(bureau.websiteUrl).hostname;
const SERVE = fileURLToPath(new URL('../../../src/server/serve.mjs', import.meta.url));
const OFFERS_PER_CLIENT = 2;

test.describe.configure({ mode: 'serial' });
// The browser reaches the site under its real host name, resolved to the local nginx.
test.use({
  ignoreHTTPSErrors: true,
  launchOptions: chromiumLaunchOptions([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]),
});

let app: Awaited<ReturnType<typeof startAppServer>>;
let proxy: Awaited<ReturnType<typeof startNginxProxy>>;
let site: string;
const outbox = mkdtempSync(join(tmpdir(), 'wep-proxy-outbox-'));

test.beforeAll(async () => {
  app = await startAppServer(
    { OUTBOX_DIR: outbox, AANBOD_RATE_LIMIT_MAX: String(OFFERS_PER_CLIENT) },
    { script: SERVE },
  );
  proxy = await startNginxProxy({ upstreamPort: app.port, hostName: HOST });
  site = `https://${HOST}:${proxy.httpsPort}`;
});

test.afterAll(async () => {
  await proxy?.stop();
  await app?.stop();
});

/** Bureau notifications in the proxy test's outbox that name `organisation`. */
const notificationsFor = (organisation: string) =>
  readdirSync(outbox)
    .filter((name) => name.endsWith('-bureau.json'))
    .map((name) => JSON.parse(readFileSync(join(outbox, name), 'utf8')) as { text: string })
    .filter((mail) => mail.text.includes(organisation));

/** A JSON offer posted over TLS through nginx from the loopback address `from`, as a separate visitor. */
function postFrom(
  from: string,
  body: object,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const request = httpsRequest(
      {
        host: '127.0.0.1',
        port: proxy.httpsPort,
        localAddress: from,
        servername: HOST,
        rejectUnauthorized: false,
        method: 'POST',
        path: '/api/aanbod',
        headers: {
          host: `${HOST}:${proxy.httpsPort}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (part) => (text += part));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an organisation offers a place through nginx with TLS', async ({ page }) => {
    const organisation = uniqueOrganisation('proxy-nojs');
    await page.goto(`${site}/aanbieden/`);
    await fillForm(page, organisation);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/aanbod')),
      page.getByRole('button', { name: 'Aanbod versturen' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeVisible();
    await expect(page.locator('dl').getByText(organisation)).toBeVisible();
    expect(notificationsFor(organisation)).toHaveLength(1);
    expect(answer.headers()['strict-transport-security']).toMatch(/max-age=/);
  });
});

test('the enhanced form posts its JSON through nginx', async ({ page }) => {
  const organisation = uniqueOrganisation('proxy-js');
  await page.goto(`${site}/aanbieden/`);
  await waitForHydration(page);
  await fillForm(page, organisation);
  await page.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, wij hebben uw aanbod ontvangen' })).toBeFocused();
  await expect.poll(() => notificationsFor(organisation).length).toBe(1);
});

test('plain http is sent to https', async () => {
  const answer = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
    httpRequest(
      { host: '127.0.0.1', port: proxy.httpPort, path: '/aanbieden/', headers: { host: HOST } },
      (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
      },
    )
      .on('error', reject)
      .end();
  });
  expect(answer.status).toBe(301);
  expect(answer.location).toBe(`https://${HOST}:${proxy.httpsPort}/aanbieden/`);
});

test('two visitors behind the same proxy get a limit each, a forged X-Forwarded-For changes nothing, and the log names the real address', async () => {
  const offer = (n: string) => ({ ...validInput(), organisatie: uniqueOrganisation(`proxy-limiet-${n}`) });
  for (let i = 0; i < OFFERS_PER_CLIENT; i++) expect((await postFrom('127.0.0.2', offer(`a${i}`))).status).toBe(200);
  expect((await postFrom('127.0.0.2', offer('a-te-veel'))).status).toBe(429);
  expect((await postFrom('127.0.0.2', offer('a-vermomd'), { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429);
  expect((await postFrom('127.0.0.3', offer('b'))).status).toBe(200);

  const log = app.output();
  expect(log).toMatch(/\[aanbod\] 200 client=127\.0\.0\.2 /);
  expect(log).toMatch(/\[aanbod\] 429 client=127\.0\.0\.2 /);
  expect(log).toMatch(/\[aanbod\] 200 client=127\.0\.0\.3 /);
  expect(log).not.toContain('198.51.100.7');
  expect(proxy.errors()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
});

test('the page a form post without JavaScript gets at the site’s limit carries Retry-After (L5)', async () => {
  const target = { port: proxy.httpsPort, hostName: HOST };
  const post = (n: number) =>
    send(target, {
      from: '127.0.0.4',
      method: 'POST',
      path: '/api/aanbod',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `https://${HOST}:${proxy.httpsPort}` },
      body: new URLSearchParams({ ...validInput(), organisatie: uniqueOrganisation(`proxy-pagina-${n}`) }).toString(),
    });
  for (let i = 0; i < OFFERS_PER_CLIENT; i++) expect((await post(i)).status).toBe(200);
  const limited = await post(99);
  expect(limited.status).toBe(429);
  expect(limited.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
  expect(limited.headers['content-type']).toMatch(/^text\/html/);
  expect(limited.body).toMatch(/te vaak een aanbod verstuurd/);
});

test('an employer’s request reaches its own recipients through nginx, as JSON', async () => {
  const answer = await send(
    { port: proxy.httpsPort, hostName: HOST },
    {
      from: '127.0.0.5',
      method: 'POST',
      path: '/api/aanvraag',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        validRequestInput({
          dienst: 'dossiercheck',
          organisatie: 'Proxy Transport B.V.',
          eerste_ziektedag: daysAgo(100),
        }),
      ),
    },
  );
  expect(answer.status).toBe(200);
  const { referentie } = JSON.parse(answer.body) as { referentie: string };
  expect(referentie).toMatch(/^AV-/);
  const mail = JSON.parse(readFileSync(join(outbox, `aanvraag-${referentie}-bureau.json`), 'utf8')) as { to: string[] };
  expect(mail.to).toEqual(bureau.aanvraagOntvangers);
  await expect
    .poll(() => app.output())
    .toMatch(new RegExp(`\\[aanvraag\\] 200 client=127\\.0\\.0\\.5 ref=${referentie}`));
});
