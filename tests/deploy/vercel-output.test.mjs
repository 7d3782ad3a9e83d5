// `npm run test:deploy`: builds the Vercel target (DEPLOY_TARGET=vercel) with the bureau's editor in GitHub mode and
// checks its Build Output API folder: static pages without any of the editor's code, one function behind /api/aanbod
// and its result pages, the editor behind its own function, the security headers in config.json, and what the
// functions answer. The Node build in dist/ is left alone.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validInput } from '../support/offer-fixture.ts';
import { daysAgo, validRequestInput } from '../support/request-fixture.ts';
import { startFakeResend } from '../support/fake-resend.mjs';
import { securityHeaders, strictTransportSecurity } from '../../src/lib/http/security-headers.mjs';
import { trailingSlashRedirect } from '../../src/lib/http/trailing-slash.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = join(root, '.vercel/output');
const staticDir = join(output, 'static');
const expectedHeaders = { ...securityHeaders, 'Strict-Transport-Security': strictTransportSecurity };
const SITE = 'https://werkervaringsplaats.example';
/** The editor in GitHub mode: set when the site is built. */
const EDITOR_BUILD_ENV = {
  KEYSTATIC_GITHUB_REPO: 'bureau/website',
  PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: 'bureau-redactie',
};
/** The GitHub App's secrets: set where the function runs. */
const EDITOR_SECRETS = {
  KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.testclient',
  KEYSTATIC_GITHUB_CLIENT_SECRET: 'test-client-secret',
  KEYSTATIC_SECRET: 'a'.repeat(64),
};

/** A complete, valid offer as the form's JSON call sends it (Node 24 runs the .ts fixture as is). */
const offer = validInput();

/** @returns {{ version: number, routes: Array<Record<string, any>> }} */
const platformConfig = () => JSON.parse(readFileSync(join(output, 'config.json'), 'utf8'));

/** The function that serves `path`, following config.json like the platform does after the file system. */
function functionFor(path) {
  const routes = platformConfig().routes;
  const afterFilesystem = routes.slice(routes.findIndex((r) => r.handle === 'filesystem') + 1);
  const route = afterFilesystem.find((r) => r.dest && !r.status && new RegExp(r.src).test(path));
  return route?.dest;
}

/** The handler file of a function, from its .vc-config.json. */
function handlerOf(functionName) {
  const folder = join(output, 'functions', `${functionName}.func`);
  const vcConfig = JSON.parse(readFileSync(join(folder, '.vc-config.json'), 'utf8'));
  return { vcConfig, handler: join(folder, vcConfig.handler), folder };
}

/** Runs the built function in a fresh process (cwd = its folder, as on the platform) with `env` only. */
async function callFunction(request, env = {}) {
  const { handler, folder } = handlerOf(functionFor(new URL(request.url).pathname));
  const caller = fileURLToPath(new URL('./call-function.mjs', import.meta.url));
  const child = spawn(process.execPath, [caller, handler, JSON.stringify(request)], {
    cwd: folder,
    env: { PATH: process.env.PATH, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'close');
  assert.equal(code, 0, `the function crashed:\n${stderr}`);
  return { ...JSON.parse(stdout), log: stderr };
}

/** Every security header; a page rendered on demand completes its own Content-Security-Policy with ours. */
function assertSecurityHeaders(headers) {
  for (const [name, value] of Object.entries(expectedHeaders)) {
    if (name === 'Content-Security-Policy') {
      for (const directive of value.split('; '))
        assert.ok(headers['content-security-policy']?.includes(directive), directive);
    } else {
      assert.equal(headers[name.toLowerCase()], value, name);
    }
  }
}

const distEntry = join(root, 'dist/server/entry.mjs');
let distEntryBefore;

before(() => {
  distEntryBefore = existsSync(distEntry) ? statSync(distEntry).mtimeMs : undefined;
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: { ...process.env, DEPLOY_TARGET: 'vercel', ...EDITOR_BUILD_ENV },
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `DEPLOY_TARGET=vercel npm run build failed:\n${build.stdout}\n${build.stderr}`);
});

describe('the Vercel build output', () => {
  it('serves the home page, an article, a calculator and the offer form as static files', () => {
    const sitemap = readFileSync(join(staticDir, 'sitemap-0.xml'), 'utf8');
    const article = sitemap.match(/<loc>[^<]*(\/kennisbank\/(?!voor\/|onderwerp\/)[a-z0-9-]+\/)<\/loc>/)?.[1];
    assert.ok(article, 'the sitemap lists a kennisbank article');
    for (const path of ['/', article, '/rekenhulpen/werkervaringsplaats/', '/aanbieden/', '/zoeken/']) {
      const file = join(staticDir, path, 'index.html');
      assert.ok(existsSync(file), `${path} is a static file`);
      assert.match(readFileSync(file, 'utf8'), /<h1/, `${path} has content`);
      assert.equal(functionFor(path), undefined, `${path} is not sent to a function`);
    }
    assert.ok(existsSync(join(staticDir, '404.html')), 'the 404 page is static');
    assert.ok(existsSync(join(staticDir, 'pagefind/pagefind.js')), 'the search index is in the static output');
  });

  it('has every page of the sitemap as a static file, the request form (read on demand for its prefill) excepted', () => {
    const sitemap = readFileSync(join(staticDir, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
    assert.ok(paths.length > 10, 'the sitemap lists the site');
    assert.ok(paths.includes('/aanvragen/'), 'the sitemap lists the request form');
    for (const path of paths) {
      if (path === '/aanvragen/') assert.ok(functionFor(path), `${path} goes to a function`);
      else assert.ok(existsSync(join(staticDir, path, 'index.html')), `${path} is a static file`);
    }
  });

  it('routes both form endpoints, the form result pages, the request form and the tools’ on-demand pages to a Node.js function that exists', () => {
    for (const path of [
      '/api/aanbod',
      '/api/aanbod/',
      '/api/aanvraag',
      '/api/aanvraag/',
      '/aanbieden/controleren/',
      '/aanbieden/bedankt/',
      '/aanvragen/',
      '/aanvragen/controleren/',
      '/rekenhulpen/werkervaringsplaats/uitkomst/',
      '/rekenhulpen/poortwachter-planner/uitkomst/',
      '/rekenhulpen/poortwachter-planner/agenda.ics',
      '/rekenhulpen/dossiercheck/uitkomst/',
      '/rekenhulpen/dossiercheck/agenda.ics',
    ]) {
      const name = functionFor(path);
      assert.ok(name, `${path} goes to a function`);
      const { vcConfig, handler } = handlerOf(name);
      assert.match(vcConfig.runtime, /^nodejs\d+\.x$/);
      assert.ok(existsSync(handler), `the handler of ${name} exists`);
    }
  });

  it('sets every security header, HSTS included, on every path before anything answers', () => {
    const config = platformConfig();
    assert.equal(config.version, 3);
    const first = config.routes[0];
    assert.equal(first.src, '/(.*)');
    assert.equal(first.continue, true);
    assert.deepEqual(first.headers, expectedHeaders);
  });

  it('redirects page addresses to their trailing slash exactly where the Node server does, before anything answers', () => {
    const routes = platformConfig().routes;
    const at = routes.findIndex((r) => r.status === 301 && r.headers?.Location === '/$1/');
    assert.ok(at > 0, 'there is a redirect route');
    assert.ok(
      routes.slice(0, at).every((r) => r.continue === true),
      'only header routes come before it',
    );
    assert.ok(at < routes.findIndex((r) => r.handle === 'filesystem'), 'it comes before the static files');
    const route = routes[at];
    assert.deepEqual(route.methods, ['GET', 'HEAD']);
    const samples = [
      '/kennisbank',
      '/kennisbank/wat-is-een-werkervaringsplaats',
      '/contact',
      '/apis',
      '/kennisbank/',
      '/',
      '/favicon.svg',
      '/pagefind/pagefind.js',
      '/api',
      '/api/aanbod',
      '/keystatic',
      '/keystatic/collection/kennisbank',
      '/keystaticx',
      '/\\evil%2Eexample',
      '/%5Cevil',
    ];
    for (const path of samples) {
      const match = new RegExp(route.src).exec(path);
      const onVercel = match ? route.headers.Location.replace('$1', match[1]) : null;
      assert.equal(onVercel, trailingSlashRedirect('GET', path), path);
    }
  });

  it('leaves the Node build in dist/ untouched', () => {
    const after = existsSync(distEntry) ? statSync(distEntry).mtimeMs : undefined;
    assert.equal(after, distEntryBefore);
    assert.ok(!existsSync(join(root, '.vercel/output/static/server')), 'no Node server in the static output');
  });
});

describe('the Vercel function', () => {
  const post = (body, contentType = 'application/json') => ({
    url: `${SITE}/api/aanbod`,
    method: 'POST',
    headers: { 'content-type': contentType, origin: SITE },
    body,
  });

  it('refuses the local outbox: 503 "not sent" with the security headers, and logs why', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'outbox-'));
    const answer = await callFunction(post(JSON.stringify(offer)), { OUTBOX_DIR: outbox });
    assert.equal(answer.status, 503);
    assert.equal(JSON.parse(answer.body).ok, false);
    assertSecurityHeaders(answer.headers);
    assert.match(answer.log, /RESEND_API_KEY ontbreekt/);
    assert.deepEqual(readdirSync(outbox), [], 'nothing was written to the outbox');
  });

  it('re-renders the form without JavaScript with the "not sent" message and the values kept', async () => {
    const answer = await callFunction(post(new URLSearchParams(offer).toString(), 'application/x-www-form-urlencoded'));
    assert.equal(answer.status, 503);
    assert.match(answer.body, /NIET verstuurd/);
    assert.match(answer.body, /Bakkerij De Korenschoof/);
    assertSecurityHeaders(answer.headers);
  });

  it('sends through Resend when RESEND_API_KEY is set', async () => {
    const resend = await startFakeResend();
    try {
      const answer = await callFunction(post(JSON.stringify(offer)), {
        RESEND_API_KEY: 're_test_key',
        RESEND_BASE_URL: resend.url,
      });
      assert.equal(answer.status, 200, answer.log);
      assert.equal(JSON.parse(answer.body).ok, true);
      assertSecurityHeaders(answer.headers);
      assert.equal(resend.state.sent.size, 2, 'the bureau notification and the confirmation were accepted');
    } finally {
      await resend.close();
    }
  });

  it('shows the thank-you page with a copy of the answers after a form post without JavaScript', async () => {
    const resend = await startFakeResend();
    try {
      const answer = await callFunction(
        post(new URLSearchParams(offer).toString(), 'application/x-www-form-urlencoded'),
        {
          RESEND_API_KEY: 're_test_key',
          RESEND_BASE_URL: resend.url,
        },
      );
      assert.equal(answer.status, 200, answer.log);
      assert.match(answer.body, /Bedankt, wij hebben uw aanbod ontvangen/);
      assert.match(answer.body, /Bakkerij De Korenschoof/);
      assert.match(answer.headers['content-security-policy'], /script-src 'self' 'sha256-/);
      assertSecurityHeaders(answer.headers);
    } finally {
      await resend.close();
    }
  });

  it('sends an employer’s request through Resend from the same function', async () => {
    const resend = await startFakeResend();
    try {
      const answer = await callFunction(
        {
          ...post(JSON.stringify(validRequestInput({ dienst: 'dossiercheck', eerste_ziektedag: daysAgo(100) }))),
          url: `${SITE}/api/aanvraag`,
        },
        { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url },
      );
      assert.equal(answer.status, 200, answer.log);
      const body = JSON.parse(answer.body);
      assert.match(body.referentie, /^AV-/);
      assert.equal(typeof body.termijnen.weekVanZiekte, 'number');
      assertSecurityHeaders(answer.headers);
      assert.deepEqual([...resend.state.sent.keys()].sort(), [
        `aanvraag-${body.referentie}-bevestiging`,
        `aanvraag-${body.referentie}-bureau`,
      ]);
    } finally {
      await resend.close();
    }
  });

  it('answers every other method with 405 and Allow: POST', async () => {
    for (const path of ['/api/aanbod', '/api/aanvraag'])
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const answer = await callFunction({ url: `${SITE}${path}`, method });
        assert.equal(answer.status, 405, `${method} ${path}`);
        assert.equal(answer.headers.allow, 'POST');
        assertSecurityHeaders(answer.headers);
      }
  });

  it('renders a calculator result and a planner with its calendar on demand, with the security headers', async () => {
    const result = await callFunction({
      url: `${SITE}/rekenhulpen/verzuimkosten/uitkomst/?vzk.maandloon=3250&vzk.lasten=20`,
    });
    assert.equal(result.status, 200, result.log);
    // 104 weeks from today: 900 a week × 52 × (100% + 70%) = 79,560, until a date the server works out from today.
    assert.match(
      result.body,
      /Tot het einde van de wachttijd op \d{1,2} \w+ \d{4} kost het doorbetalen van het loon nog ongeveer €\s79\.560/,
    );
    assert.equal(result.headers['cache-control'], 'no-store');
    assert.match(result.body, /<meta name="robots" content="noindex"/);
    assertSecurityHeaders(result.headers);

    const firstSickDay = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const plan = await callFunction({
      url: `${SITE}/rekenhulpen/poortwachter-planner/uitkomst/?eerste-ziektedag=${firstSickDay}&zaak=3f2a9c01be77&versie=1`,
    });
    assert.equal(plan.status, 200, plan.log);
    assert.match(plan.body, /Probleemanalyse door de bedrijfsarts/);
    assert.equal(plan.headers['cache-control'], 'no-store');
    const calendar = await callFunction({
      url: `${SITE}/rekenhulpen/poortwachter-planner/agenda.ics?eerste-ziektedag=${firstSickDay}&zaak=3f2a9c01be77&versie=1`,
    });
    assert.equal(calendar.status, 200, calendar.log);
    assert.equal(calendar.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.match(calendar.body, /^BEGIN:VCALENDAR\r\n/);
    assertSecurityHeaders(calendar.headers);
  });

  it('sends a direct visit of the error page to the form, with the security headers', async () => {
    const answer = await callFunction({ url: `${SITE}/aanbieden/controleren/` });
    assert.equal(answer.status, 303);
    assertSecurityHeaders(answer.headers);
  });
});

describe('the editor in GitHub mode', () => {
  /** Every file under `dir`, recursively. */
  const filesIn = (dir) => readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name)));

  it('keeps its code out of every static page: no page loads React or Keystatic', () => {
    const editorChunks = filesIn(join(staticDir, '_astro'))
      .filter((file) => file.endsWith('.js'))
      .filter((file) => /@keystatic|react-dom|keystatic/i.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(file.lastIndexOf('/') + 1));
    assert.ok(editorChunks.length > 0, 'the editor was built');
    const pages = filesIn(staticDir).filter((file) => file.endsWith('.html'));
    assert.ok(pages.length > 10);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const chunk of editorChunks) assert.ok(!html.includes(chunk), `${page} does not load ${chunk}`);
    }
    assert.doesNotMatch(readFileSync(join(staticDir, 'sitemap-0.xml'), 'utf8'), /keystatic/);
    assert.ok(!existsSync(join(staticDir, 'keystatic')), 'the editor is not a static page');
  });

  it('serves the editor from a function, never indexed, with its own Content-Security-Policy', async () => {
    for (const path of ['/keystatic', '/keystatic/collection/kennisbank', '/api/keystatic/github/login'])
      assert.ok(functionFor(path), `${path} goes to a function`);
    const answer = await callFunction({ url: `${SITE}/keystatic` }, EDITOR_SECRETS);
    assert.equal(answer.status, 200, answer.log);
    assert.match(answer.body, /<meta name="robots" content="noindex, nofollow"/);
    assert.equal(answer.headers['x-robots-tag'], 'noindex, nofollow');
    const policy = answer.headers['content-security-policy'];
    assert.match(policy, /style-src 'self' 'unsafe-inline'/);
    assert.match(policy, /connect-src 'self' https:\/\/api\.github\.com/);
    assert.match(policy, /script-src 'self' 'sha256-/);
    assert.doesNotMatch(policy, /script-src[^;]*unsafe/);
    assert.match(policy, /frame-ancestors 'none'/);
  });

  it("sends a login to the bureau's GitHub App", async () => {
    const answer = await callFunction({ url: `${SITE}/api/keystatic/github/login` }, EDITOR_SECRETS);
    assert.ok([302, 307].includes(answer.status), `redirects (${answer.status}): ${answer.log}`);
    const location = new URL(answer.headers.location);
    assert.equal(location.origin + location.pathname, 'https://github.com/login/oauth/authorize');
    assert.equal(location.searchParams.get('client_id'), EDITOR_SECRETS.KEYSTATIC_GITHUB_CLIENT_ID);
    assert.equal(answer.headers['x-robots-tag'], 'noindex, nofollow');
  });

  it('says in Dutch which secret is missing instead of showing an editor that cannot log in', async () => {
    const { KEYSTATIC_SECRET: _left, ...withoutOne } = EDITOR_SECRETS;
    const page = await callFunction({ url: `${SITE}/keystatic` }, withoutOne);
    assert.equal(page.status, 503);
    assert.match(page.body, /De redactieomgeving is nog niet ingesteld/);
    assert.match(page.body, /KEYSTATIC_SECRET/);
    assert.doesNotMatch(page.body, /astro-island/);
    const api = await callFunction({ url: `${SITE}/api/keystatic/github/login` }, {});
    assert.equal(api.status, 503);
    assert.match(api.body, /KEYSTATIC_GITHUB_CLIENT_ID, KEYSTATIC_GITHUB_CLIENT_SECRET, KEYSTATIC_SECRET ontbreekt/);
  });
});
