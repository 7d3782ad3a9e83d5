// Load and abuse benchmark of the two intakes, POST /api/aanbod (offers) and POST /api/aanvraag (employers' requests),
// through Debian's nginx configured exactly as the README says (tests/support/nginx-proxy.mjs), in front of the built
// Node server, with a fake, instant Resend provider and a fake webhook receiver (each in its own process) and both
// webhooks on. Run `npm run build` first (or `npm run bench`). Sends only to loopback; bounded in count.
//  1. 500 valid submissions per round, offers and requests interleaved, at concurrency 50: 50 visitors, each from a
//     loopback address of its own (127.x.0.1–50, new addresses every round, so nginx's per-address limits see
//     visitors, not one flood), over kept-alive TLS connections. Every accepted submission must reach the provider
//     exactly once (one notification and one confirmation per reference) and the webhook receiver exactly once (one
//     signed delivery with the right event type); nothing lost, nothing duplicated.
//  2. The same count against a bare Astro endpoint (tests/bench/bare-endpoint/: Node adapter, one on-demand POST that
//     parses JSON and answers {"ok":true}), directly, alternating with 1., so the intakes' CPU time per request is
//     reported beside the framework's own cost per request. nginx's CPU per request is reported on its own.
//  3. 1,000 malformed or hostile payloads to both endpoints through nginx: every answer must be 4xx (nginx's 413 for a
//     body over the limit), none 5xx, and nothing may be sent (no mail, no webhook).
// Exits 1 when a correctness check fails.
// BENCH_JSON=<file> also writes the figures and checks as JSON (used by tests/bench/run-all.mjs);
// BENCH_PROFILE_DIR=<dir> runs our server with --cpu-prof and writes its CPU profile there;
// BENCH_SERVER_ENTRY=<file> runs another build's dist/server/entry.mjs (to compare two builds);
// BENCH_OFFER_ROUNDS=3 rounds of 1. and 2.; BENCH_SKIP_BARE=1 leaves out the bare endpoint.
import '../../src/cli/require-node.mjs';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { randomReference } from '../../src/lib/intake/reference.ts';
import { startFakeResendProcess } from '../support/fake-resend-process.mjs';
import { startFakeWebhookProcess } from '../support/fake-webhook-process.mjs';
import { startNginxProxy } from '../support/nginx-proxy.mjs';
import { startAppServer } from '../support/start-app-server.mjs';
import { ensurePeers, freshPeerProject } from './astro-peers.mjs';
import { runMeasured } from './measure-process.mjs';

const VALID_COUNT = 500;
const HOSTILE_COUNT = 1000;
const CONCURRENCY = 50;
/** Submissions sent to each server before measuring (directly, past nginx): until the JIT has settled, CPU time per request keeps falling. */
const WARM_UP_COUNT = Number(process.env.BENCH_OFFER_WARM_UP ?? 1500);
const TARGET_P95_MS = 50;
const ROUNDS = Number(process.env.BENCH_OFFER_ROUNDS ?? 3);
/** Above both forms' body limits (README, "The intake pipeline"): nginx answers 413 itself. */
const OVERSIZED_BYTES = 300 * 1024;
const SERVE = fileURLToPath(new URL('../../src/server/serve.mjs', import.meta.url));
const HOST = new URL(parse(readFileSync(new URL('../../content/bureau.yaml', import.meta.url), 'utf8')).websiteUrl)
  .hostname;

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

// The fakes run in their own processes and the load generator uses plain node:http(s) with keep-alive connections:
// all stay cheap, so the figures describe the intakes rather than the bench itself. Both intakes post to the same
// receiver, which tells them apart by the webhook's event type.
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
    AANVRAAG_WEBHOOK_URL: webhook.url,
    AANVRAAG_WEBHOOK_SECRET: webhookSecret,
    AANBOD_RATE_LIMIT_MAX: '1000000',
    AANVRAAG_RATE_LIMIT_MAX: '1000000',
  },
  { nodeArgs, script: process.env.BENCH_SERVER_ENTRY ?? SERVE },
);
const proxy = await startNginxProxy({ upstreamPort: app.port, hostName: HOST });
const bare = bareEntry ? await startAppServer({}, { script: bareEntry }) : undefined;

/** A first sick day about 200 days ago (the server checks it against today). */
const FIRST_SICK_DAY = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);

/** Submission `n`: even numbers are offers, odd ones employers' requests, as their forms with JavaScript send them. */
function submission(n) {
  if (n % 2 === 0)
    return {
      kind: 'aanbod',
      path: '/api/aanbod',
      organisation: `Benchbedrijf ${n}`,
      body: {
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
        referentie: randomReference('WP'),
      },
    };
  return {
    kind: 'aanvraag',
    path: '/api/aanvraag',
    organisation: `Werkgever ${n}`,
    body: {
      dienst: 'tweede-spoortraject',
      organisatie: `Werkgever ${n}`,
      kvk: String(20000000 + n),
      contactpersoon: 'Karin Jansen',
      telefoon: '020-1234567',
      email: `karin${n}@example.com`,
      bereikbaar: 'ochtend',
      functie: 'Chauffeur',
      contracturen: '32',
      eerste_ziektedag: FIRST_SICK_DAY,
      eerstejaarsevaluatie: 'nee',
      arbeidsdeskundig_rapport: 'nee',
      bedrijfsarts_advies: 'nog-niet',
      werknemer_geinformeerd: 'ja',
      privacy: 'ja',
      referentie: randomReference('AV'),
    },
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

/** A visitor: one loopback address and one kept-alive TLS connection through nginx. */
function visitor(address) {
  return new HttpsAgent({ keepAlive: true, maxSockets: 1, localAddress: address, rejectUnauthorized: false });
}

/** Connections straight to a server (the warm-up, the bare endpoint): fresh for every run, so that no connection the
 * server has meanwhile closed for idleness is reused. */
let directAgent = new HttpAgent({ keepAlive: true, maxSockets: CONCURRENCY });
function freshDirectAgent() {
  directAgent.destroy();
  directAgent = new HttpAgent({ keepAlive: true, maxSockets: CONCURRENCY });
}

/** One POST; status 0 means the connection failed. `agent` is a visitor (through nginx) or the direct agent. */
function post(target, path, body, { agent, contentType = 'application/json' } = {}) {
  const start = performance.now();
  const data = Buffer.from(body);
  const throughProxy = target === 'proxy';
  const origin = throughProxy ? `https://${HOST}:${proxy.httpsPort}` : target;
  const url = throughProxy ? `https://127.0.0.1:${proxy.httpsPort}${path}` : `${target}${path}`;
  const send = throughProxy ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      url,
      {
        method: 'POST',
        agent: agent ?? directAgent,
        servername: HOST,
        headers: {
          host: throughProxy ? `${HOST}:${proxy.httpsPort}` : new URL(target).host,
          'content-type': contentType,
          'content-length': data.byteLength,
          origin,
        },
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

/**
 * `count` requests from `visitors` loopback addresses of the block 127.`block`.0.x, each visitor sending its share
 * one after the other over its own connection: `visitors` requests in flight.
 */
function fromVisitors(block, count, visitors, request) {
  const agents = Array.from({ length: visitors }, (_, v) => visitor(`127.${block}.0.${v + 1}`));
  const queues = agents.map(() => []);
  for (let i = 0; i < count; i++) queues[i % visitors].push(i);
  const results = new Array(count);
  const done = Promise.all(
    queues.map(async (queue, v) => {
      for (const i of queue) results[i] = await request(i, agents[v]);
    }),
  ).then(() => {
    for (const agent of agents) agent.destroy();
    return results;
  });
  return done;
}

/** Malformed and hostile requests, cycled to reach the count; `expect` narrows the status where it is known. */
function hostileKinds() {
  const offer = submission(0).body;
  const request = submission(1).body;
  const json = (path, body) => (agent) => post('proxy', path, body, { agent });
  const typed = (path, body, contentType) => (agent) => post('proxy', path, body, { agent, contentType });
  const oversized = (path, body) => (agent) =>
    post('proxy', path, JSON.stringify({ ...body, opmerkingen: 'x'.repeat(OVERSIZED_BYTES) }), { agent }).then((a) => ({
      ...a,
      expect: 413,
    }));
  return [
    json('/api/aanbod', '{niet: json'),
    json('/api/aanvraag', 'null'),
    json('/api/aanbod', '[1,2,3]'),
    json('/api/aanvraag', '"tekst"'),
    json('/api/aanbod', ''),
    json('/api/aanvraag', JSON.stringify({})),
    json('/api/aanbod', JSON.stringify({ ...offer, kvk: '<script>alert(1)</script>' })),
    json('/api/aanvraag', JSON.stringify({ ...request, email: 'a@b\r\nBcc: x@y.example' })),
    json('/api/aanbod', JSON.stringify({ ...offer, functie: 'x\r\nSubject: spam', organisatie: { $ne: null } })),
    json('/api/aanvraag', JSON.stringify({ ...request, privacy: ['ja'] })),
    json('/api/aanbod', JSON.stringify({ ...offer, uren_per_week: 1e308 })),
    json('/api/aanvraag', JSON.stringify({ ...request, dienst: '__proto__' })),
    json('/api/aanbod', '{"__proto__":{"geldig":true},"constructor":{"prototype":{"x":1}}}'),
    json('/api/aanvraag', JSON.stringify({ ...request, eerste_ziektedag: '2999-01-01' })),
    json('/api/aanvraag', JSON.stringify({ ...request, toelichting: 'x'.repeat(5000) })),
    json('/api/aanbod', JSON.stringify({ ...offer, referentie: '3b241101-e2bb-4255-8caf-4136c566a962' })),
    json('/api/aanvraag', JSON.stringify({ ...request, referentie: offer.referentie })),
    // Below the body limit: read, then refused by the field rules.
    json('/api/aanbod', JSON.stringify({ ...offer, opmerkingen: 'x'.repeat(40 * 1024) })),
    json('/api/aanvraag', JSON.stringify({ ...request, toelichting: '€'.repeat(5 * 1024) })),
    // Above the body limit: nginx's 413.
    oversized('/api/aanbod', offer),
    oversized('/api/aanvraag', request),
    typed('/api/aanbod', 'a=b', 'text/plain'),
    typed(
      '/api/aanvraag',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
      'multipart/form-data; boundary=x',
    ),
    typed('/api/aanbod', '<xml/>', 'application/xml'),
    typed(
      '/api/aanvraag',
      new URLSearchParams({ organisatie: '<img src=x onerror=alert(1)>', kvk: '1' }).toString(),
      'application/x-www-form-urlencoded',
    ),
    typed('/api/aanbod', '%E0%A4%A=%ZZ&&&==', 'application/x-www-form-urlencoded'),
    json('/api/aanbod', JSON.stringify(offer).replace('"privacy":"ja"', '"privacy":"nee"')),
    json('/api/aanvraag', JSON.stringify({ ...request, werknemer_geinformeerd: 'nee' })),
  ];
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

/** Measures the CPU time of the processes involved while `run` sends `count` requests. */
async function measured(count, pids, run) {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMsOf(pid)]));
  const benchBefore = process.cpuUsage();
  const start = performance.now();
  const answers = await run();
  const ms = performance.now() - start;
  const bench = process.cpuUsage(benchBefore);
  const perRequest = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => {
      const after = cpuMsOf(pid);
      return [name, before[name] === undefined || after === undefined ? undefined : (after - before[name]) / count];
    }),
  );
  const latencies = answers.map((a) => a.ms);
  return {
    answers,
    statuses: countStatuses(answers),
    perSecond: count / (ms / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    cpu: perRequest,
    benchCpuMs: (bench.user + bench.system) / 1000 / count,
  };
}

/** Exactly-once checks of one round of valid submissions against the two fakes. */
async function checkDeliveries(subs, answers, round) {
  const accepted = subs.filter((_, i) => answers[i].status === 200);
  const offers = accepted.filter((s) => s.kind === 'aanbod').length;
  check(
    accepted.length === subs.length,
    `round ${round}: accepted ${accepted.length} of ${subs.length} (${offers} offers, ${accepted.length - offers} requests)`,
  );
  const answersOk = accepted.every((s) => {
    const body = JSON.parse(answers[subs.indexOf(s)].text);
    return (
      body.ok === true &&
      body.referentie === s.body.referentie &&
      Array.isArray(body.antwoorden) &&
      body.antwoorden.length > 0 &&
      (s.kind === 'aanbod' || typeof body.termijnen?.weekVanZiekte === 'number')
    );
  });
  check(
    answersOk,
    `round ${round}: every JSON answer holds ok, its own reference and the answers (requests: termijnen)`,
  );

  const mail = await resend.state();
  const perKey = new Map();
  for (const r of mail.requests) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
  const keys = (kind) => accepted.map((s) => `${s.kind}-${s.body.referentie}-${kind}`);
  check(
    keys('bureau').every((k) => perKey.get(k) === 1),
    `round ${round}: exactly one notification request per accepted submission (${keys('bureau').filter((k) => perKey.get(k) === 1).length})`,
  );
  check(
    keys('bevestiging').every((k) => perKey.get(k) === 1),
    `round ${round}: exactly one confirmation request per accepted submission (${keys('bevestiging').filter((k) => perKey.get(k) === 1).length})`,
  );
  check(
    mail.sent.size === accepted.length * 2 && mail.requests.length === accepted.length * 2,
    `round ${round}: mails sent ${mail.sent.size} = 2 × accepted, ${mail.requests.length} requests (none lost, none duplicated)`,
  );
  check(
    accepted.every((s) => mail.sent.get(`${s.kind}-${s.body.referentie}-bureau`)?.subject?.includes(s.organisation)),
    `round ${round}: every notification carries its own submission`,
  );

  const hooks = await webhook.state();
  const perId = new Map();
  for (const d of hooks.deliveries) perId.set(d.id, [...(perId.get(d.id) ?? []), d]);
  const once = accepted.filter((s) => {
    const deliveries = perId.get(s.body.referentie);
    return deliveries?.length === 1 && deliveries[0].verified && deliveries[0].eventType === `${s.kind}.ontvangen`;
  });
  check(
    once.length === accepted.length,
    `round ${round}: exactly one webhook delivery per accepted submission, signed, with its event type (${once.length})`,
  );
  const acceptedIds = new Set(hooks.accepted);
  check(
    hooks.deliveries.length === accepted.length &&
      acceptedIds.size === accepted.length &&
      accepted.every((s) => acceptedIds.has(s.body.referentie)),
    `round ${round}: webhook deliveries ${hooks.deliveries.length}, accepted ${acceptedIds.size} = accepted submissions (none lost, none duplicated)`,
  );
}

const describeRun = (run, label) =>
  `${JSON.stringify(run.statuses)}, ${run.perSecond.toFixed(0)} req/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms; CPU per ${label}: ${Object.entries(
    run.cpu,
  )
    .map(([name, ms]) => `${name} ${ms?.toFixed(2) ?? '?'} ms`)
    .join(', ')}, load generator ${run.benchCpuMs.toFixed(2)} ms`;

try {
  // Warm up our server (module loading, JIT) directly, past nginx's per-address limits, and the bare endpoint.
  const warmUp = Array.from({ length: WARM_UP_COUNT }, (_, i) => submission(900000 + i));
  await withConcurrency(
    warmUp.map((s) => () => post(app.url, s.path, JSON.stringify(s.body))),
    CONCURRENCY,
  );
  if (bare)
    await withConcurrency(
      warmUp.map((s) => () => post(bare.url, '/api/offer', JSON.stringify(s.body))),
      CONCURRENCY,
    );

  console.log(
    `\n1. ${VALID_COUNT} valid submissions (offers and requests) per round through nginx, ${CONCURRENCY} visitors at once, ${ROUNDS} round(s), webhooks on${bare ? '; alternating with the bare endpoint' : ''}`,
  );
  const ours = [];
  const baseline = [];
  for (let round = 1; round <= ROUNDS; round++) {
    await resend.reset();
    await webhook.reset();
    const subs = Array.from({ length: VALID_COUNT }, (_, i) => submission(round * 10000 + i + 1));
    const run = await measured(
      VALID_COUNT,
      { server: app.pid, nginx: proxy.pid, 'fake Resend': resend.pid, 'fake webhook': webhook.pid },
      () =>
        fromVisitors(10 + round, VALID_COUNT, CONCURRENCY, (i, agent) =>
          post('proxy', subs[i].path, JSON.stringify(subs[i].body), { agent }),
        ),
    );
    ours.push(run);
    console.log(`  round ${round} ours: ${describeRun(run, 'submission')}`);
    await checkDeliveries(subs, run.answers, round);
    if (bare) {
      freshDirectAgent();
      const bareRun = await measured(VALID_COUNT, { server: bare.pid }, () =>
        withConcurrency(
          subs.map((s) => () => post(bare.url, '/api/offer', JSON.stringify(s.body))),
          CONCURRENCY,
        ),
      );
      baseline.push(bareRun);
      console.log(`  round ${round} bare: ${describeRun(bareRun, 'request')}`);
      check(bareRun.statuses[200] === VALID_COUNT, `round ${round}: bare endpoint answered 200 to all ${VALID_COUNT}`);
    }
  }
  const medianOf = (runs, pick) => {
    const values = runs.map(pick);
    return values.every((v) => typeof v === 'number') ? median(values) : undefined;
  };
  result.valid = {
    count: VALID_COUNT,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    webhook: true,
    throughNginx: true,
    statuses: ours.map((r) => r.statuses),
    perSecond: medianOf(ours, (r) => r.perSecond),
    p50: medianOf(ours, (r) => r.p50),
    p95: medianOf(ours, (r) => r.p95),
    max: Math.max(...ours.map((r) => r.max)),
    targetP95: TARGET_P95_MS,
    serverCpuMs: medianOf(ours, (r) => r.cpu.server),
    nginxCpuMs: medianOf(ours, (r) => r.cpu.nginx),
    resendCpuMs: medianOf(ours, (r) => r.cpu['fake Resend']),
    webhookCpuMs: medianOf(ours, (r) => r.cpu['fake webhook']),
    benchCpuMs: medianOf(ours, (r) => r.benchCpuMs),
    allServerCpuMs: ours.map((r) => r.cpu.server),
  };
  if (bare) {
    result.bare = {
      count: VALID_COUNT,
      perSecond: medianOf(baseline, (r) => r.perSecond),
      p50: medianOf(baseline, (r) => r.p50),
      p95: medianOf(baseline, (r) => r.p95),
      serverCpuMs: medianOf(baseline, (r) => r.cpu.server),
      allServerCpuMs: baseline.map((r) => r.cpu.server),
    };
    result.cpuRatio = result.valid.serverCpuMs / result.bare.serverCpuMs;
  }
  const v = result.valid;
  console.log(
    `  median: p50 ${v.p50.toFixed(1)} ms, p95 ${v.p95.toFixed(1)} ms (target p95 <= ${TARGET_P95_MS} ms: ${v.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  server CPU per submission ${v.serverCpuMs?.toFixed(2) ?? '?'} ms (nginx ${v.nginxCpuMs?.toFixed(2) ?? '?'} ms)` +
      (result.bare
        ? ` vs bare Astro endpoint ${result.bare.serverCpuMs?.toFixed(2) ?? '?'} ms per request: ${result.cpuRatio?.toFixed(1) ?? '?'}×`
        : ''),
  );

  console.log(
    `\n2. ${HOSTILE_COUNT} malformed or hostile payloads to both forms through nginx, ${CONCURRENCY} visitors`,
  );
  await resend.reset();
  await webhook.reset();
  const kinds = hostileKinds();
  const hostile = await fromVisitors(50, HOSTILE_COUNT, CONCURRENCY, (i, agent) => kinds[i % kinds.length](agent));
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
  check(!/\[(crit|alert|emerg)\]/.test(proxy.errors()), 'nginx logged no critical error');
} finally {
  directAgent.destroy();
  await proxy.stop();
  await app.stop();
  await bare?.stop();
  await resend.close();
  await webhook.close();
}

console.log(failed ? '\nBench: FAILED' : '\nBench: all checks passed');
if (process.env.BENCH_JSON)
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...result, passed: !failed }, null, 2));
process.exit(failed ? 1 : 0);
