// Load and abuse benchmark of POST /api/aanbod against the built server on 127.0.0.1, with a fake, instant Resend
// provider and a fake webhook receiver (each in its own process) and the webhook switched on. Run `npm run build`
// first (or `npm run bench`). Sends only to loopback; bounded in count.
//  1. 500 valid JSON offers at concurrency 50, in BENCH_OFFER_ROUNDS rounds: every accepted offer must reach the
//     provider exactly once (one bureau notification and one confirmation per reference) and the webhook receiver
//     exactly once (one accepted delivery per reference, with a valid signature); nothing lost, nothing duplicated.
//  2. The same load against a bare Astro endpoint (tests/bench/bare-endpoint/: Node adapter, one on-demand POST that
//     parses JSON and answers {"ok":true}), alternating with 1., so the offer function's CPU time per offer is
//     reported beside the framework's own cost per request.
//  3. 1,000 malformed or hostile payloads: every answer must be 4xx (413 for a body over the limit), none 5xx, and
//     nothing may be sent (no mail, no webhook).
// Exits 1 when a correctness check fails.
// BENCH_JSON=<file> also writes the figures and checks as JSON (used by tests/bench/run-all.mjs);
// BENCH_PROFILE_DIR=<dir> runs our server with --cpu-prof and writes its CPU profile there;
// BENCH_SERVER_ENTRY=<file> runs another build's dist/server/entry.mjs (to compare two builds);
// BENCH_OFFER_ROUNDS=3 rounds of 1. and 2.; BENCH_SKIP_BARE=1 leaves out the bare endpoint.
import '../../src/cli/require-node.mjs';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { startFakeResendProcess } from '../support/fake-resend-process.mjs';
import { startFakeWebhookProcess } from '../support/fake-webhook-process.mjs';
import { startAppServer } from '../support/start-app-server.mjs';
import { ensurePeers, freshPeerProject } from './astro-peers.mjs';
import { runMeasured } from './measure-process.mjs';

const VALID_COUNT = 500;
const HOSTILE_COUNT = 1000;
const CONCURRENCY = 50;
/** Offers sent to each server before measuring: until the JIT has settled, CPU time per request keeps falling. */
const WARM_UP_COUNT = Number(process.env.BENCH_OFFER_WARM_UP ?? 1500);
const TARGET_P95_MS = 50;
const ROUNDS = Number(process.env.BENCH_OFFER_ROUNDS ?? 3);
/** The server refuses bodies above about 200 KB with 413 (README, "The offer pipeline"). */
const OVERSIZED_BYTES = 300 * 1024;

if (!existsSync(fileURLToPath(new URL('../../dist/server/entry.mjs', import.meta.url)))) {
  console.error('No build found: run `npm run build` first (or `npm run bench`).');
  process.exit(1);
}

/** The bare endpoint, built fresh in the peers cache folder; undefined when skipped or not buildable. */
async function buildBareEndpoint() {
  if (process.env.BENCH_SKIP_BARE) return undefined;
  ensurePeers();
  const dir = freshPeerProject('bare', 'bare-endpoint');
  const built = await runMeasured('npm', ['run', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (built.code !== 0) throw new Error(`the bare endpoint did not build:\n${built.output.slice(-2000)}`);
  return join(dir, 'dist', 'server', 'entry.mjs');
}

const bareEntry = await buildBareEndpoint();

// The fakes run in their own processes and the load generator uses plain node:http with keep-alive connections:
// all stay cheap, so the figures describe the offer function rather than the bench itself.
const webhookSecret = `whsec_${randomBytes(32).toString('base64')}`;
const resend = await startFakeResendProcess('ok');
const webhook = await startFakeWebhookProcess({ secret: webhookSecret });
const profileDir = process.env.BENCH_PROFILE_DIR;
const nodeArgs = profileDir
  ? [
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      '--import',
      fileURLToPath(new URL('../support/exit-on-sigterm.mjs', import.meta.url)),
    ]
  : [];
const app = await startAppServer(
  {
    RESEND_API_KEY: 're_bench',
    RESEND_BASE_URL: resend.url,
    AANBOD_WEBHOOK_URL: webhook.url,
    AANBOD_WEBHOOK_SECRET: webhookSecret,
    AANBOD_RATE_LIMIT_MAX: '1000000',
  },
  { nodeArgs, script: process.env.BENCH_SERVER_ENTRY },
);
const bare = bareEntry ? await startAppServer({}, { script: bareEntry }) : undefined;

/** A valid offer as the form with JavaScript sends it. */
function validOffer(n) {
  return {
    organisatie: `Benchbedrijf ${n}`,
    kvk: String(10000000 + n),
    sector: 'horeca',
    postcode: '1234ab',
    plaats: 'Utrecht',
    contactpersoon: 'Anna de Vries',
    email: `anna${n}@example.com`,
    telefoon: '06-12345678',
    functie: 'Medewerker bediening',
    werkzaamheden: 'Gasten ontvangen, bestellingen opnemen en tafels dekken.',
    uren_per_week: '20',
    begeleider: 'ja',
    reiskosten: 'in_overleg',
    doorstroom: 'misschien',
    privacy: 'ja',
    referentie: randomUUID(),
  };
}

/** CPU time (user + system, ms) used so far by a process, from /proc; undefined where /proc is absent. */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Runs `tasks` with at most `max` in flight. */
async function withConcurrency(tasks, max) {
  const results = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: max }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One POST over a kept-alive connection; status 0 means the connection failed. */
function post(url, body, contentType = 'application/json', extraHeaders = {}) {
  const start = performance.now();
  const data = Buffer.from(body);
  const origin = new URL(url).origin;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': contentType, 'content-length': data.byteLength, origin, ...extraHeaders },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (part) => (text += part));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - start }));
      },
    );
    req.on('error', (error) => resolve({ status: 0, text: String(error), ms: performance.now() - start }));
    req.end(data);
  });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const median = (xs) => percentile(xs, 50);
const countStatuses = (answers) => answers.reduce((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});

const offerUrl = `${app.url}/api/aanbod`;

/** Malformed and hostile requests, cycled to reach the count; `expect` narrows the status where it is known. */
function hostileRequests() {
  const good = validOffer(0);
  const kinds = [
    () => post(offerUrl, '{niet: json'),
    () => post(offerUrl, 'null'),
    () => post(offerUrl, '[1,2,3]'),
    () => post(offerUrl, '"tekst"'),
    () => post(offerUrl, ''),
    () => post(offerUrl, JSON.stringify({})),
    () => post(offerUrl, JSON.stringify({ ...good, kvk: '<script>alert(1)</script>' })),
    () => post(offerUrl, JSON.stringify({ ...good, email: 'a@b\r\nBcc: x@y.example' })),
    () => post(offerUrl, JSON.stringify({ ...good, functie: 'x\r\nSubject: spam', organisatie: { $ne: null } })),
    () => post(offerUrl, JSON.stringify({ ...good, privacy: ['ja'] })),
    () => post(offerUrl, JSON.stringify({ ...good, uren_per_week: 1e308 })),
    () => post(offerUrl, JSON.stringify({ ...good, sector: '__proto__' })),
    () => post(offerUrl, '{"__proto__":{"geldig":true},"constructor":{"prototype":{"x":1}}}'),
    () => post(offerUrl, JSON.stringify({ ...good, startdatum: '1999-01-01' })),
    () => post(offerUrl, JSON.stringify({ ...good, werkzaamheden: 'x'.repeat(5000) })),
    // Below the body limit: read, then refused by the field rules.
    () => post(offerUrl, JSON.stringify({ ...good, opmerkingen: 'x'.repeat(40 * 1024) })),
    () => post(offerUrl, JSON.stringify({ ...good, opmerkingen: '€'.repeat(60 * 1024) })),
    // Above the body limit: 413 without reading it all.
    () =>
      post(offerUrl, JSON.stringify({ ...good, opmerkingen: 'x'.repeat(OVERSIZED_BYTES) })).then((a) => ({
        ...a,
        expect: 413,
      })),
    () => post(offerUrl, 'a=b', 'text/plain'),
    () =>
      post(
        offerUrl,
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
        'multipart/form-data; boundary=x',
      ),
    () => post(offerUrl, '<xml/>', 'application/xml'),
    () =>
      post(
        offerUrl,
        new URLSearchParams({ organisatie: '<img src=x onerror=alert(1)>', kvk: '1' }).toString(),
        'application/x-www-form-urlencoded',
      ),
    () => post(offerUrl, '%E0%A4%A=%ZZ&&&==', 'application/x-www-form-urlencoded'),
    () => post(offerUrl, Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 'application/json'),
    () => post(offerUrl, JSON.stringify(good).replace('"privacy":"ja"', '"privacy":"nee"')),
  ];
  return Array.from({ length: HOSTILE_COUNT }, (_, i) => kinds[i % kinds.length]);
}

let failed = false;
/** Machine-readable results for BENCH_JSON. */
const result = {
  valid: /** @type {Record<string, any>} */ ({}),
  bare: /** @type {Record<string, any> | undefined} */ (undefined),
  hostile: /** @type {Record<string, any>} */ ({}),
  checks: /** @type {{ ok: boolean, text: string }[]} */ ([]),
};
const check = (ok, text) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${text}`);
  result.checks.push({ ok, text });
  if (!ok) failed = true;
};

/**
 * Sends `count` offers to `url` at CONCURRENCY and measures the server's CPU time (and the load generator's).
 * @param {string} url
 * @param {number | undefined} pid the server process
 */
async function loadRun(url, pid, offers) {
  const serverBefore = cpuMsOf(pid);
  const resendBefore = cpuMsOf(resend.pid);
  const webhookBefore = cpuMsOf(webhook.pid);
  const benchBefore = process.cpuUsage();
  const start = performance.now();
  const answers = await withConcurrency(
    offers.map((o) => () => post(url, JSON.stringify(o))),
    CONCURRENCY,
  );
  const ms = performance.now() - start;
  const per = (before, after) =>
    before === undefined || after === undefined ? undefined : (after - before) / offers.length;
  const bench = process.cpuUsage(benchBefore);
  const latencies = answers.map((a) => a.ms);
  return {
    answers,
    statuses: countStatuses(answers),
    perSecond: offers.length / (ms / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    serverCpuMs: per(serverBefore, cpuMsOf(pid)),
    resendCpuMs: per(resendBefore, cpuMsOf(resend.pid)),
    webhookCpuMs: per(webhookBefore, cpuMsOf(webhook.pid)),
    benchCpuMs: (bench.user + bench.system) / 1000 / offers.length,
  };
}

/** Exactly-once checks of one round of valid offers against the two fakes. */
async function checkDeliveries(offers, answers, round) {
  const accepted = offers.filter((_, i) => answers[i].status === 200);
  check(accepted.length === offers.length, `round ${round}: accepted ${accepted.length} of ${offers.length}`);
  const answersOk = accepted.every((o) => {
    const body = JSON.parse(answers[offers.indexOf(o)].text);
    return (
      body.ok === true &&
      body.referentie === o.referentie &&
      Array.isArray(body.antwoorden) &&
      body.antwoorden.length > 0
    );
  });
  check(answersOk, `round ${round}: every JSON answer holds ok, its own reference and the answers (antwoorden)`);

  const mail = await resend.state();
  const perKey = new Map();
  for (const r of mail.requests) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
  const bureauKeys = accepted.map((o) => `aanbod-${o.referentie}-bureau`);
  const confirmationKeys = accepted.map((o) => `aanbod-${o.referentie}-bevestiging`);
  check(
    bureauKeys.every((k) => perKey.get(k) === 1),
    `round ${round}: exactly one bureau notification request per accepted offer (${bureauKeys.filter((k) => perKey.get(k) === 1).length})`,
  );
  check(
    confirmationKeys.every((k) => perKey.get(k) === 1),
    `round ${round}: exactly one confirmation request per accepted offer (${confirmationKeys.filter((k) => perKey.get(k) === 1).length})`,
  );
  check(
    mail.sent.size === accepted.length * 2 && mail.requests.length === accepted.length * 2,
    `round ${round}: mails sent ${mail.sent.size} = 2 × accepted, ${mail.requests.length} requests (none lost, none duplicated)`,
  );
  check(
    accepted.every((o) => mail.sent.get(`aanbod-${o.referentie}-bureau`)?.subject?.endsWith(`bij ${o.organisatie}`)),
    `round ${round}: every notification carries its own offer`,
  );

  const hooks = await webhook.state();
  const perId = new Map();
  for (const d of hooks.deliveries) perId.set(d.id, [...(perId.get(d.id) ?? []), d]);
  const once = accepted.filter((o) => perId.get(o.referentie)?.length === 1 && perId.get(o.referentie)[0].verified);
  check(
    once.length === accepted.length,
    `round ${round}: exactly one webhook delivery with a valid signature per accepted offer (${once.length})`,
  );
  const acceptedIds = new Set(hooks.accepted);
  check(
    hooks.deliveries.length === accepted.length &&
      acceptedIds.size === accepted.length &&
      accepted.every((o) => acceptedIds.has(o.referentie)),
    `round ${round}: webhook deliveries ${hooks.deliveries.length}, accepted ${acceptedIds.size} = accepted offers (none lost, none duplicated)`,
  );
}

try {
  // Warm up both servers (module loading, JIT) and open the connections of all clients and of our server to the
  // fakes, so the figures describe steady state rather than connection set-up.
  const warmUp = Array.from({ length: WARM_UP_COUNT }, (_, i) => validOffer(900000 + i));
  await withConcurrency(
    warmUp.map((o) => () => post(offerUrl, JSON.stringify(o))),
    CONCURRENCY,
  );
  if (bare)
    await withConcurrency(
      warmUp.map((o) => () => post(`${bare.url}/api/offer`, JSON.stringify(o))),
      CONCURRENCY,
    );

  console.log(
    `\n1. ${VALID_COUNT} valid offers per round at concurrency ${CONCURRENCY}, ${ROUNDS} round(s), webhook on${bare ? '; alternating with the bare endpoint' : ''}`,
  );
  const ours = [];
  const baseline = [];
  for (let round = 1; round <= ROUNDS; round++) {
    await resend.reset();
    await webhook.reset();
    const offers = Array.from({ length: VALID_COUNT }, (_, i) => validOffer(round * 10000 + i + 1));
    const run = await loadRun(offerUrl, app.pid, offers);
    ours.push(run);
    console.log(
      `  round ${round} ours: ${JSON.stringify(run.statuses)}, ${run.perSecond.toFixed(0)} req/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms; CPU per offer: server ${run.serverCpuMs?.toFixed(2) ?? '?'} ms, fake Resend ${run.resendCpuMs?.toFixed(2) ?? '?'} ms, fake webhook ${run.webhookCpuMs?.toFixed(2) ?? '?'} ms, load generator ${run.benchCpuMs.toFixed(2)} ms`,
    );
    await checkDeliveries(offers, run.answers, round);
    if (bare) {
      const bareRun = await loadRun(
        `${bare.url}/api/offer`,
        bare.pid,
        Array.from({ length: VALID_COUNT }, (_, i) => validOffer(round * 10000 + i + 1)),
      );
      baseline.push(bareRun);
      console.log(
        `  round ${round} bare: ${JSON.stringify(bareRun.statuses)}, ${bareRun.perSecond.toFixed(0)} req/s, p50 ${bareRun.p50.toFixed(1)} ms, p95 ${bareRun.p95.toFixed(1)} ms; CPU per request: server ${bareRun.serverCpuMs?.toFixed(2) ?? '?'} ms`,
      );
      check(bareRun.statuses[200] === VALID_COUNT, `round ${round}: bare endpoint answered 200 to all ${VALID_COUNT}`);
    }
  }
  const medianOf = (runs, key) =>
    runs.every((r) => typeof r[key] === 'number') ? median(runs.map((r) => r[key])) : undefined;
  result.valid = {
    count: VALID_COUNT,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    webhook: true,
    statuses: ours.map((r) => r.statuses),
    perSecond: medianOf(ours, 'perSecond'),
    p50: medianOf(ours, 'p50'),
    p95: medianOf(ours, 'p95'),
    max: Math.max(...ours.map((r) => r.max)),
    targetP95: TARGET_P95_MS,
    serverCpuMs: medianOf(ours, 'serverCpuMs'),
    resendCpuMs: medianOf(ours, 'resendCpuMs'),
    webhookCpuMs: medianOf(ours, 'webhookCpuMs'),
    benchCpuMs: medianOf(ours, 'benchCpuMs'),
    allServerCpuMs: ours.map((r) => r.serverCpuMs),
  };
  if (bare) {
    result.bare = {
      count: VALID_COUNT,
      perSecond: medianOf(baseline, 'perSecond'),
      p50: medianOf(baseline, 'p50'),
      p95: medianOf(baseline, 'p95'),
      serverCpuMs: medianOf(baseline, 'serverCpuMs'),
      allServerCpuMs: baseline.map((r) => r.serverCpuMs),
    };
    result.cpuRatio = result.valid.serverCpuMs / result.bare.serverCpuMs;
  }
  const v = result.valid;
  console.log(
    `  median: p50 ${v.p50.toFixed(1)} ms, p95 ${v.p95.toFixed(1)} ms (target p95 <= ${TARGET_P95_MS} ms: ${v.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  server CPU per offer ${v.serverCpuMs?.toFixed(2) ?? '?'} ms` +
      (result.bare
        ? ` vs bare Astro endpoint ${result.bare.serverCpuMs?.toFixed(2) ?? '?'} ms per request: ${result.cpuRatio?.toFixed(1) ?? '?'}×`
        : ''),
  );

  console.log(`\n2. ${HOSTILE_COUNT} malformed or hostile payloads, concurrency ${CONCURRENCY}`);
  await resend.reset();
  await webhook.reset();
  const hostile = await withConcurrency(hostileRequests(), CONCURRENCY);
  const hostileStatuses = countStatuses(hostile);
  console.log(`  statuses: ${JSON.stringify(hostileStatuses)}`);
  result.hostile = { count: HOSTILE_COUNT, statuses: hostileStatuses };
  check(
    hostile.every((a) => a.status >= 400 && a.status < 500),
    `all ${HOSTILE_COUNT} answered 4xx`,
  );
  check(
    hostile.every((a) => a.status !== 0 && a.status < 500),
    `zero 5xx or dropped connections (${hostile.filter((a) => a.status >= 500 || a.status === 0).length})`,
  );
  const oversized = hostile.filter((a) => a.expect === 413);
  check(
    oversized.length > 0 && oversized.every((a) => a.status === 413),
    `bodies over the limit (${OVERSIZED_BYTES / 1024} KB): 413 (${oversized.filter((a) => a.status === 413).length} of ${oversized.length})`,
  );
  const afterHostile = await resend.state();
  const hooksAfterHostile = await webhook.state();
  check(afterHostile.requests.length === 0, `zero mails (${afterHostile.requests.length} provider requests)`);
  check(hooksAfterHostile.deliveries.length === 0, `zero webhook deliveries (${hooksAfterHostile.deliveries.length})`);
} finally {
  agent.destroy();
  await app.stop();
  await bare?.stop();
  await resend.close();
  await webhook.close();
}

console.log(failed ? '\nBench: FAILED' : '\nBench: all checks passed');
if (process.env.BENCH_JSON)
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...result, passed: !failed }, null, 2));
process.exit(failed ? 1 : 0);
