// Renders the results of every benchmark as one Markdown report.
import { boundLines, phaseTable } from './build-phases.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const tick = (met) => (met ? 'pass' : '**FAIL**');
const ms = (value) => (typeof value === 'number' ? `${value.toFixed(2)} ms` : '–');

/** @param {{ target: string, value: string, met: boolean }[]} targets */
function targetTable(targets) {
  return [
    '| target | measured | result |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${t.value} | ${tick(t.met)} |`),
  ].join('\n');
}

/** A step that threw: its error instead of figures. */
function notMeasured(step) {
  return `Not measured: ${step.error}`;
}

function machineSection(machine) {
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

function knowledgeBaseSection(step) {
  if (step.error) return notMeasured(step);
  const k = step.figures;
  const sizes = k.sizes;
  const largest = sizes[sizes.length - 1];
  const smallest = sizes[0];
  const rows = sizes.flatMap((n) =>
    ['ours', 'blog'].map((site) => {
      const x = k.bySize[n][site];
      return `| ${n} | ${site === 'ours' ? 'ours: `npm run build` (astro build + Pagefind)' : 'blog example: `astro build`'} | ${x.runs} | ${s(x.wallMs)} | ${s(x.cpuMs)} | ${mb(x.peakRssBytes)} | ${mb(x.peakProcessBytes)} | ${x.pages} |`;
    }),
  );
  const articleRows = sizes.map((n) => {
    const a = k.articles[n];
    return `${n}: ${a.published} published and ${a.drafts} drafts, ${a.words.min}–${a.words.max} words per article (mean ${a.words.mean.toFixed(0)})`;
  });
  return [
    `Realistic articles (tests/bench/realistic-articles.mjs, the same bodies as gen-articles.py) built by our site and by a minimal equivalent of Astro's blog example (astro ${k.peers.versions.astro}, @astrojs/mdx ${k.peers.versions['@astrojs/mdx']}), alternating, every build cold (fresh .astro, cache and output folders). Articles: ${articleRows.join('; ')}.`,
    '',
    '| articles | site | builds | wall (median) | CPU (median) | peak memory, process tree | largest process | HTML pages |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| ratio (same run) | value |',
    '| --- | --- |',
    `| ours / blog at ${largest}: wall | ${k.ratios.wall.toFixed(2)}× |`,
    `| ours / blog at ${largest}: CPU | ${k.ratios.cpu.toFixed(2)}× |`,
    `| ours / blog at ${largest}: peak memory | ${k.ratios.peak.toFixed(2)}× |`,
    `| per extra article (${smallest} → ${largest}), wall: ours / blog | ${k.perArticle.oursWallMs.toFixed(1)} ms / ${k.perArticle.blogWallMs.toFixed(1)} ms = ${k.perArticle.wallRatio.toFixed(2)}× |`,
    `| per extra article, CPU: ours / blog | ${k.perArticle.oursCpuMs.toFixed(1)} ms / ${k.perArticle.blogCpuMs.toFixed(1)} ms = ${k.perArticle.cpuRatio.toFixed(2)}× |`,
    `| warm re-publish (one article changed, same folder and caches) / cold build: ours | wall ${s(k.republish.oursWallMs)} / ${s(k.bySize[largest].ours.wallMs)} = ${k.republish.oursRatio.toFixed(2)}×; CPU ${s(k.republish.oursCpuMs)} / ${s(k.bySize[largest].ours.cpuMs)} = ${(k.republish.oursCpuMs / k.bySize[largest].ours.cpuMs).toFixed(2)}× |`,
    `| the same for the blog example | wall ${s(k.republish.blogWallMs)} / ${s(k.bySize[largest].blog.wallMs)} = ${k.republish.blogRatio.toFixed(2)}×; CPU ${s(k.republish.blogCpuMs)} / ${s(k.bySize[largest].blog.cpuMs)} = ${(k.republish.blogCpuMs / k.bySize[largest].blog.cpuMs).toFixed(2)}× |`,
    '',
    targetTable(step.targets),
    '',
    ...phaseTable(
      `Where the time goes at ${largest} articles (medians of the cold builds, from their logs):`,
      k.builds.filter((b) => b.site === 'ours' && b.n === largest),
      k.builds.filter((b) => b.site === 'blog' && b.n === largest),
    ),
    '',
    ...phaseTable(
      `Where the time goes in the warm re-publish at ${largest} articles:`,
      k.republishes.filter((b) => b.site === 'ours'),
      k.republishes.filter((b) => b.site === 'blog'),
    ),
    '',
    ...(k.bounds ? [...boundLines(k.bounds), ''] : []),
    `Load average during the run: ${k.loadAverage.start.map((l) => l.toFixed(2)).join(' / ')} at the start, ${k.loadAverage.end.map((l) => l.toFixed(2)).join(' / ')} at the end${typeof k.loadAverage.highest === 'number' ? `, at most ${k.loadAverage.highest.toFixed(1)} (1 minute) before a build` : ''}. Ratios from the same run hold up on a busy machine; absolute seconds do not, and wall times suffer more than CPU times.`,
  ].join('\n');
}

function offerSection(step) {
  if (step.error) return notMeasured(step);
  const { valid, bare, hostile, checks, cpuRatio } = step.figures;
  return [
    `Valid run: ${valid.count} submissions per round (offers and employers' requests, interleaved) through the README's nginx, ${valid.concurrency} visitors at once, each from its own loopback address, ${valid.rounds} round(s), webhooks on (fake Resend and fake webhook receiver in their own processes); median ${valid.perSecond.toFixed(0)} per second.`,
    '',
    '| figure | ours: POST /api/aanbod and /api/aanvraag | bare Astro endpoint |',
    '| --- | --- | --- |',
    `| server CPU per request (median of rounds) | ${ms(valid.serverCpuMs)} | ${ms(bare?.serverCpuMs)} |`,
    `| nginx CPU per request (TLS, proxying) | ${ms(valid.nginxCpuMs)} | (direct) |`,
    `| ratio | ${typeof cpuRatio === 'number' ? `${cpuRatio.toFixed(1)}×` : '–'} | 1× |`,
    `| latency p50 | ${ms(valid.p50)} | ${ms(bare?.p50)} |`,
    `| latency p95 | ${ms(valid.p95)} | ${ms(bare?.p95)} |`,
    `| requests per second | ${valid.perSecond.toFixed(0)} | ${bare ? bare.perSecond.toFixed(0) : '–'} |`,
    `| fake Resend CPU per submission | ${ms(valid.resendCpuMs)} | |`,
    `| fake webhook CPU per submission | ${ms(valid.webhookCpuMs)} | |`,
    `| load generator CPU per submission | ${ms(valid.benchCpuMs)} | |`,
    '',
    `Hostile run: ${hostile.count} payloads; statuses ${JSON.stringify(hostile.statuses)}.`,
    '',
    'Correctness checks:',
    '',
    ...checks.map((c) => `- ${c.ok ? 'pass' : '**FAIL**'}: ${c.text}`),
    '',
    targetTable(step.targets),
    '',
    'Latency at a fixed concurrency is bounded by throughput (p50 ≈ concurrency ÷ requests per second), so on a',
    'shared machine it moves with the load average; CPU time per request is the steadier figure to compare.',
  ].join('\n');
}

function bytesSection(step) {
  if (step.error) return notMeasured(step);
  const { pages } = step.figures;
  return [
    'Gzip sizes (level 6) of what Chromium loaded, after scrolling to the end (visible islands hydrate). Search: before a',
    'query (Pagefind loads its index on the first query).',
    '',
    '| page type | URL | HTML | JS loaded | CSS | web fonts |',
    '| --- | --- | --- | --- | --- | --- |',
    ...pages.map(
      (p) =>
        `| ${p.type} | \`${p.path}\` | ${kb(p.htmlGzip)} | ${kb(p.jsGzip)} (${p.jsFiles.length} files) | ${kb(p.cssGzip)} | ${p.fontFiles} |`,
    ),
    '',
    targetTable(step.targets),
  ].join('\n');
}

function lighthouseSection(step) {
  if (step.error) return notMeasured(step);
  const { pages } = step.figures;
  const version = pages[0]?.lighthouseVersion ?? '?';
  const findings = pages.flatMap((p) =>
    p.findings.map((f) => `- ${p.type} (${f.category}): ${f.title}${f.value ? ` – ${f.value}` : ''}`),
  );
  const errors = pages.flatMap((p) => p.errors.map((e) => `- ${p.type}: ${e}`));
  return [
    `Lighthouse ${version}, mobile form factor, default simulated throttling, Chromium at ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}, against the built Node server. Each page is measured ${pages[0]?.allLcpMs?.length ?? 1} times; the table shows the run with the median LCP (all LCPs in the last column).`,
    '',
    '| page type | URL | performance | accessibility | best practices | SEO | LCP (median) | LCP of every run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pages.map(
      (p) =>
        `| ${p.type} | \`${p.path}\` | ${p.scores.performance} | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${(p.lcpMs / 1000).toFixed(2)} s | ${(p.allLcpMs ?? []).map((v) => `${(v / 1000).toFixed(2)} s`).join(', ')} |`,
    ),
    '',
    targetTable(step.targets),
    '',
    'Audits that did not get full marks:',
    '',
    ...(findings.length ? findings : ['- none']),
    ...(errors.length ? ['', 'Lighthouse errors:', '', ...errors] : []),
  ].join('\n');
}

/**
 * @param {{ machine: ReturnType<typeof import('./machine.mjs').describeMachine>, durationS: number, steps: Record<string, any> }} input
 */
export function renderReport({ machine, durationS, steps }) {
  const allTargets = Object.values(steps).flatMap((x) => x.targets ?? []);
  const failedSteps = Object.entries(steps)
    .filter(([, x]) => x.error)
    .map(([name]) => name);
  return [
    '# Benchmark report',
    '',
    `${allTargets.filter((t) => t.met).length} of ${allTargets.length} targets met` +
      (failedSteps.length ? `; not measured: ${failedSteps.join(', ')}` : '') +
      `. The whole run took ${durationS.toFixed(0)} s.`,
    '',
    '## Machine',
    '',
    machineSection(machine),
    '',
    '## 1. Knowledge base build: ours vs the blog example',
    '',
    knowledgeBaseSection(steps.knowledgeBase),
    '',
    '## 2. Offer load run (POST /api/aanbod, webhook on)',
    '',
    offerSection(steps.offer),
    '',
    '## 3. Bytes per page type',
    '',
    bytesSection(steps.bytes),
    '',
    '## 4. Lighthouse',
    '',
    lighthouseSection(steps.lighthouse),
    '',
  ].join('\n');
}
