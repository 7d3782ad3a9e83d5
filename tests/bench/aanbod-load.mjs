// Load and abuse benchmark of POST /api/aanbod against the built server on 127.0.0.1, with a fake, instant
// Resend provider. Run `npm run build` first (or `npm run bench`). Sends only to loopback; bounded in count.
//  1. 500 valid JSON submissions at concurrency 50: every accepted offer must reach the provider exactly once
//     (one bureau notification and one confirmation per reference, nothing lost, nothing duplicated).
//  2. 1,000 malformed or hostile payloads: every answer must be 4xx, none 5xx, and no mail may be sent.
// Prints latency p50/p95 of the valid submissions. Exits 1 when a correctness check fails.
// BENCH_JSON=<file> also writes the figures and checks as JSON (used by tests/bench/run-all.mjs);
// BENCH_PROFILE_DIR=<dir> runs the server with --cpu-prof and writes its CPU profile there;
// BENCH_SERVER_ENTRY=<file> runs another build's dist/server/entry.mjs (to compare two builds).
import '../../src/cli/require-node.mjs';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'node:http';
import { startFakeResendProcess } from '../support/fake-resend-process.mjs';
import { startAppServer } from '../support/start-app-server.mjs';

const GELDIG_AANTAL = 500;
const VIJANDIG_AANTAL = 1000;
const GELIJKTIJDIG = 50;
const DOEL_P95_MS = 50;

if (!existsSync(fileURLToPath(new URL('../../dist/server/entry.mjs', import.meta.url)))) {
  console.error('No build found: run `npm run build` first (or `npm run bench`).');
  process.exit(1);
}

// The fake provider runs in its own process and the load generator uses plain node:http with keep-alive
// connections: both stay cheap, so the figures describe the offer function rather than the bench itself.
const fake = await startFakeResendProcess('ok');
const profielMap = process.env.BENCH_PROFILE_DIR;
const nodeArgs = profielMap
  ? [
      '--cpu-prof',
      `--cpu-prof-dir=${profielMap}`,
      '--import',
      fileURLToPath(new URL('../support/exit-on-sigterm.mjs', import.meta.url)),
    ]
  : [];
const app = await startAppServer(
  {
    RESEND_API_KEY: 're_bench',
    RESEND_BASE_URL: fake.url,
    AANBOD_RATE_LIMIT_MAX: '1000000',
  },
  { nodeArgs, script: process.env.BENCH_SERVER_ENTRY },
);
const endpoint = `${app.url}/api/aanbod`;

function geldigAanbod(n) {
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
function cpuMsVan(pid) {
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Runs `taken` with at most `max` in flight. */
async function metGelijktijdigheid(taken, max) {
  const resultaten = new Array(taken.length);
  let volgende = 0;
  await Promise.all(
    Array.from({ length: max }, async () => {
      while (volgende < taken.length) {
        const i = volgende++;
        resultaten[i] = await taken[i]();
      }
    }),
  );
  return resultaten;
}

const agent = new Agent({ keepAlive: true, maxSockets: GELIJKTIJDIG });

/** One POST over a kept-alive connection; status 0 means the connection failed. */
function post(body, contentType = 'application/json', extraHeaders = {}) {
  const start = performance.now();
  const data = Buffer.from(body);
  return new Promise((klaar) => {
    const verzoek = request(
      endpoint,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': contentType, 'content-length': data.byteLength, origin: app.url, ...extraHeaders },
      },
      (antwoord) => {
        let tekst = '';
        antwoord.setEncoding('utf8');
        antwoord.on('data', (deel) => (tekst += deel));
        antwoord.on('end', () => klaar({ status: antwoord.statusCode ?? 0, tekst, ms: performance.now() - start }));
      },
    );
    verzoek.on('error', (fout) => klaar({ status: 0, tekst: String(fout), ms: performance.now() - start }));
    verzoek.end(data);
  });
}

function percentiel(waarden, p) {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];
}

/** Malformed and hostile requests, cycled to reach the count. */
function vijandigeVerzoeken() {
  const goed = geldigAanbod(0);
  const soorten = [
    () => post('{niet: json'),
    () => post('null'),
    () => post('[1,2,3]'),
    () => post('"tekst"'),
    () => post(''),
    () => post(JSON.stringify({})),
    () => post(JSON.stringify({ ...goed, kvk: '<script>alert(1)</script>' })),
    () => post(JSON.stringify({ ...goed, email: 'a@b\r\nBcc: x@y.example' })),
    () => post(JSON.stringify({ ...goed, functie: 'x\r\nSubject: spam', organisatie: { $ne: null } })),
    () => post(JSON.stringify({ ...goed, privacy: ['ja'] })),
    () => post(JSON.stringify({ ...goed, uren_per_week: 1e308 })),
    () => post(JSON.stringify({ ...goed, sector: '__proto__' })),
    () => post('{"__proto__":{"geldig":true},"constructor":{"prototype":{"x":1}}}'),
    () => post(JSON.stringify({ ...goed, startdatum: '1999-01-01' })),
    () => post(JSON.stringify({ ...goed, werkzaamheden: 'x'.repeat(5000) })),
    () => post(JSON.stringify({ ...goed, opmerkingen: 'x'.repeat(40 * 1024) })),
    () => post('a=b', 'text/plain'),
    () => post('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--', 'multipart/form-data; boundary=x'),
    () => post('<xml/>', 'application/xml'),
    () =>
      post(
        new URLSearchParams({ organisatie: '<img src=x onerror=alert(1)>', kvk: '1' }).toString(),
        'application/x-www-form-urlencoded',
      ),
    () => post('%E0%A4%A=%ZZ&&&==', 'application/x-www-form-urlencoded'),
    () => post(Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 'application/json'),
    () => post(JSON.stringify(goed).replace('"privacy":"ja"', '"privacy":"nee"')),
  ];
  return Array.from({ length: VIJANDIG_AANTAL }, (_, i) => soorten[i % soorten.length]);
}

let mislukt = false;
/** Machine-readable results for BENCH_JSON. */
const resultaat = {
  geldig: /** @type {Record<string, unknown>} */ ({}),
  vijandig: /** @type {Record<string, unknown>} */ ({}),
  controles: /** @type {{ ok: boolean, tekst: string }[]} */ ([]),
};
const controle = (ok, tekst) => {
  console.log(`${ok ? '  ok  ' : '  FOUT'} ${tekst}`);
  resultaat.controles.push({ ok, tekst });
  if (!ok) mislukt = true;
};

try {
  // Warm up the server (module loading, JIT) and open the connections of all 50 clients and of the server to the
  // provider, so the figures describe steady state rather than connection set-up.
  await metGelijktijdigheid(
    Array.from(
      { length: 200 },
      (_, i) => () => post(JSON.stringify({ ...geldigAanbod(900000 + i), referentie: randomUUID() })),
    ),
    GELIJKTIJDIG,
  );
  await fake.reset();

  console.log(`\n1. ${GELDIG_AANTAL} valid submissions, concurrency ${GELIJKTIJDIG}`);
  const aanbiedingen = Array.from({ length: GELDIG_AANTAL }, (_, i) => geldigAanbod(i + 1));
  const serverCpuVoor = cpuMsVan(app.pid);
  const fakeCpuVoor = cpuMsVan(fake.pid);
  const benchCpuVoor = process.cpuUsage();
  const start = performance.now();
  const antwoorden = await metGelijktijdigheid(
    aanbiedingen.map((a) => () => post(JSON.stringify(a))),
    GELIJKTIJDIG,
  );
  const duur = performance.now() - start;
  const serverCpuNa = cpuMsVan(app.pid);
  const fakeCpuNa = cpuMsVan(fake.pid);
  const benchCpu = process.cpuUsage(benchCpuVoor);
  // CPU time per offer is steadier than latency on a shared machine: it does not grow when other work runs.
  const serverCpuPerAanbod =
    serverCpuVoor === undefined || serverCpuNa === undefined
      ? undefined
      : (serverCpuNa - serverCpuVoor) / GELDIG_AANTAL;
  const benchCpuPerAanbod = (benchCpu.user + benchCpu.system) / 1000 / GELDIG_AANTAL;
  const fakeCpuPerAanbod =
    fakeCpuVoor === undefined || fakeCpuNa === undefined ? undefined : (fakeCpuNa - fakeCpuVoor) / GELDIG_AANTAL;
  const latenties = antwoorden.map((a) => a.ms);
  const geaccepteerd = aanbiedingen.filter((_, i) => antwoorden[i].status === 200);
  const statussen = antwoorden.reduce((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});
  const p50 = percentiel(latenties, 50);
  const p95 = percentiel(latenties, 95);
  console.log(`  statuses: ${JSON.stringify(statussen)}; ${(GELDIG_AANTAL / (duur / 1000)).toFixed(0)} req/s`);
  console.log(
    `  latency p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...latenties).toFixed(1)} ms (target p95 <= ${DOEL_P95_MS} ms: ${p95 <= DOEL_P95_MS ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  CPU per offer: server ${serverCpuPerAanbod?.toFixed(2) ?? '?'} ms, load generator ${benchCpuPerAanbod.toFixed(2)} ms, fake provider ${fakeCpuPerAanbod?.toFixed(2) ?? '?'} ms`,
  );
  resultaat.geldig = {
    aantal: GELDIG_AANTAL,
    gelijktijdig: GELIJKTIJDIG,
    statussen,
    perSeconde: GELDIG_AANTAL / (duur / 1000),
    p50,
    p95,
    max: Math.max(...latenties),
    doelP95: DOEL_P95_MS,
    serverCpuPerAanbod,
    benchCpuPerAanbod,
    fakeCpuPerAanbod,
  };

  const stand = await fake.stand();
  const perSleutel = new Map();
  for (const verzoek of stand.verzoeken) perSleutel.set(verzoek.key, (perSleutel.get(verzoek.key) ?? 0) + 1);
  const bureauSleutels = geaccepteerd.map((a) => `aanbod-${a.referentie}-bureau`);
  const bevestigingSleutels = geaccepteerd.map((a) => `aanbod-${a.referentie}-bevestiging`);
  controle(geaccepteerd.length === GELDIG_AANTAL, `accepted ${geaccepteerd.length} of ${GELDIG_AANTAL}`);
  controle(
    bureauSleutels.every((s) => perSleutel.get(s) === 1),
    `every accepted offer: exactly one bureau notification request (${bureauSleutels.filter((s) => perSleutel.get(s) === 1).length})`,
  );
  controle(
    bevestigingSleutels.every((s) => perSleutel.get(s) === 1),
    `every accepted offer: exactly one confirmation request (${bevestigingSleutels.filter((s) => perSleutel.get(s) === 1).length})`,
  );
  controle(
    stand.verstuurd.size === geaccepteerd.length * 2,
    `mails sent ${stand.verstuurd.size} = 2 x accepted (none lost, none duplicated)`,
  );
  const onderwerpenKloppen = geaccepteerd.every((a) =>
    stand.verstuurd.get(`aanbod-${a.referentie}-bureau`)?.subject?.endsWith(`bij ${a.organisatie}`),
  );
  controle(onderwerpenKloppen, 'every notification carries its own offer');

  console.log(`\n2. ${VIJANDIG_AANTAL} malformed or hostile payloads, concurrency ${GELIJKTIJDIG}`);
  await fake.reset();
  const vijandig = await metGelijktijdigheid(vijandigeVerzoeken(), GELIJKTIJDIG);
  const vStatussen = vijandig.reduce((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});
  console.log(`  statuses: ${JSON.stringify(vStatussen)}`);
  resultaat.vijandig = { aantal: VIJANDIG_AANTAL, statussen: vStatussen };
  controle(
    vijandig.every((a) => a.status >= 400 && a.status < 500),
    `all ${VIJANDIG_AANTAL} answered 4xx`,
  );
  controle(
    vijandig.every((a) => a.status < 500),
    `zero 5xx (${vijandig.filter((a) => a.status >= 500 || a.status === 0).length})`,
  );
  const naVijandig = await fake.stand();
  controle(naVijandig.verzoeken.length === 0, `zero mails (${naVijandig.verzoeken.length} provider requests)`);
} finally {
  agent.destroy();
  await app.stop();
  await fake.close();
}

console.log(mislukt ? '\nBench: FAILED' : '\nBench: all checks passed');
if (process.env.BENCH_JSON)
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...resultaat, geslaagd: !mislukt }, null, 2));
process.exit(mislukt ? 1 : 0);
