// Renders the results of every benchmark as one Markdown report.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const vink = (gehaald) => (gehaald ? 'pass' : '**FAIL**');
const ms = (waarde) => (typeof waarde === 'number' ? `${waarde.toFixed(1)} ms` : '–');

/** @param {{ doel: string, waarde: string, gehaald: boolean }[]} doelen */
function doelTabel(doelen) {
  return [
    '| target | measured | result |',
    '| --- | --- | --- |',
    ...doelen.map((d) => `| ${d.doel} | ${d.waarde} | ${vink(d.gehaald)} |`),
  ].join('\n');
}

/** A step that threw: its error instead of figures. */
function fout(stap) {
  return `Not measured: ${stap.fout}`;
}

function machineSectie(machine) {
  return [
    '| | |',
    '| --- | --- |',
    `| CPU | ${machine.cpu} |`,
    `| cores | ${machine.cores} |`,
    `| memory | ${machine.memory} |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| load average at start (1 / 5 / 15 min) | ${machine.loadAverage} |`,
    `| date | ${machine.date} |`,
  ].join('\n');
}

function kennisbankSectie(stap) {
  if (stap.fout) return fout(stap);
  const k = stap.resultaat;
  return [
    `${k.articles} synthetic articles (${k.published} published), ${k.pages} HTML pages.`,
    '',
    '| step | seconds |',
    '| --- | --- |',
    `| astro build (wall) | ${k.buildSeconds.toFixed(1)} |`,
    `| astro build (CPU of the build process) | ${k.buildCpuSeconds.toFixed(1)} |`,
    `| Pagefind index | ${k.indexSeconds.toFixed(1)} |`,
    `| total | ${k.totalSeconds.toFixed(1)} |`,
    '',
    doelTabel(stap.doelen),
  ].join('\n');
}

function aanbodSectie(stap) {
  if (stap.fout) return fout(stap);
  const { geldig, vijandig, controles } = stap.resultaat;
  return [
    `Valid run: ${geldig.aantal} submissions at concurrency ${geldig.gelijktijdig}, ${geldig.perSeconde.toFixed(0)} per second; statuses ${JSON.stringify(geldig.statussen)}.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| latency p50 | ${ms(geldig.p50)} |`,
    `| latency p95 | ${ms(geldig.p95)} |`,
    `| latency max | ${ms(geldig.max)} |`,
    `| server CPU per offer | ${ms(geldig.serverCpuPerAanbod)} |`,
    `| load generator CPU per offer | ${ms(geldig.benchCpuPerAanbod)} |`,
    `| fake provider CPU per offer | ${ms(geldig.fakeCpuPerAanbod)} |`,
    '',
    `Hostile run: ${vijandig.aantal} payloads; statuses ${JSON.stringify(vijandig.statussen)}.`,
    '',
    'Correctness checks:',
    '',
    ...controles.map((c) => `- ${c.ok ? 'pass' : '**FAIL**'}: ${c.tekst}`),
    '',
    doelTabel(stap.doelen),
    '',
    'Latency at a fixed concurrency is bounded by throughput (p50 ≈ concurrency ÷ requests per second), so on a',
    'shared machine it moves with the load average; CPU time per offer is the steadier figure to compare.',
  ].join('\n');
}

function bytesSectie(stap) {
  if (stap.fout) return fout(stap);
  const { paginas } = stap.resultaat;
  return [
    'Gzip sizes (level 6) of what Chromium loaded, after scrolling to the end (visible islands hydrate). Search: before a',
    'query (Pagefind loads its index on the first query).',
    '',
    '| page type | URL | HTML | JS loaded | CSS | web fonts |',
    '| --- | --- | --- | --- | --- | --- |',
    ...paginas.map(
      (p) =>
        `| ${p.soort} | \`${p.pad}\` | ${kb(p.htmlGzip)} | ${kb(p.jsGzip)} (${p.jsBestanden.length} files) | ${kb(p.cssGzip)} | ${p.fontBestanden} |`,
    ),
    '',
    doelTabel(stap.doelen),
  ].join('\n');
}

function lighthouseSectie(stap) {
  if (stap.fout) return fout(stap);
  const { paginas } = stap.resultaat;
  const versie = paginas[0]?.lighthouseVersie ?? '?';
  const bevindingen = paginas.flatMap((p) =>
    p.bevindingen.map((b) => `- ${p.soort} (${b.categorie}): ${b.titel}${b.waarde ? ` – ${b.waarde}` : ''}`),
  );
  const fouten = paginas.flatMap((p) => p.fouten.map((f) => `- ${p.soort}: ${f}`));
  return [
    `Lighthouse ${versie}, mobile form factor, default simulated throttling, Chromium at ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}, against the built Node server. Each page is measured ${paginas[0]?.alleLcpMs?.length ?? 1} times; the table shows the run with the median LCP (all LCPs in the last column).`,
    '',
    '| page type | URL | performance | accessibility | best practices | SEO | LCP (median) | LCP of every run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...paginas.map(
      (p) =>
        `| ${p.soort} | \`${p.pad}\` | ${p.scores.performance} | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${(p.lcpMs / 1000).toFixed(2)} s | ${(p.alleLcpMs ?? []).map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} |`,
    ),
    '',
    doelTabel(stap.doelen),
    '',
    'Audits that did not get full marks:',
    '',
    ...(bevindingen.length ? bevindingen : ['- none']),
    ...(fouten.length ? ['', 'Lighthouse errors:', '', ...fouten] : []),
  ].join('\n');
}

/**
 * @param {{ machine: ReturnType<typeof import('./machine.mjs').beschrijfMachine>, duurS: number, stappen: Record<string, any> }} invoer
 */
export function maakRapport({ machine, duurS, stappen }) {
  const alleDoelen = Object.values(stappen).flatMap((s) => s.doelen ?? []);
  const mislukteStappen = Object.entries(stappen)
    .filter(([, s]) => s.fout)
    .map(([naam]) => naam);
  return [
    '# Benchmark report',
    '',
    `${alleDoelen.filter((d) => d.gehaald).length} of ${alleDoelen.length} targets met` +
      (mislukteStappen.length ? `; not measured: ${mislukteStappen.join(', ')}` : '') +
      `. The whole run took ${duurS.toFixed(0)} s.`,
    '',
    '## Machine',
    '',
    machineSectie(machine),
    '',
    '## 1. Kennisbank at 1,000 articles',
    '',
    kennisbankSectie(stappen.kennisbank),
    '',
    '## 2. Offer form load run (POST /api/aanbod)',
    '',
    aanbodSectie(stappen.aanbod),
    '',
    '## 3. Bytes per page type',
    '',
    bytesSectie(stappen.bytes),
    '',
    '## 4. Lighthouse',
    '',
    lighthouseSectie(stappen.lighthouse),
    '',
  ].join('\n');
}
