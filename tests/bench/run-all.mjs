// `npm run bench`: runs every benchmark of the project and writes one Markdown report, bench-results/report.md.
//  1. knowledge base build with realistic articles vs the blog example   2. intake load run (offers and requests through nginx, webhooks on), vs a bare
//  endpoint   3. bytes per page type   4. Lighthouse (mobile)
// Not part of `npm test`. BENCH_SKIP_BUILD=1 reuses the current dist/. Exits 1 when a step could not run or a
// correctness check of the load run failed; missed speed targets are reported, not fatal.
import '../../src/cli/require-node.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { describeMachine } from './machine.mjs';
import { measureLighthouse } from './lighthouse-run.mjs';
import { measurePageBytes } from './page-bytes.mjs';
import { pageTypes } from './page-types.mjs';
import { renderReport } from './report.mjs';
import { startBuiltSite } from './serve-built-site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));
const reportPath = `${outputDir}report.md`;
mkdirSync(outputDir, { recursive: true });

const machine = describeMachine();
const started = performance.now();

/** Runs a command from the project root with inherited output; resolves with its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** Runs a benchmark script that writes its figures to BENCH_JSON; returns the figures and the exit code. */
async function runScript(script) {
  const jsonPath = `${outputDir}${script.replace(/\W/g, '-')}.json`;
  rmSync(jsonPath, { force: true });
  const code = await run(process.execPath, [`tests/bench/${script}`], { BENCH_JSON: jsonPath });
  let figures;
  try {
    figures = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch {
    throw new Error(`${script} exited with ${code} and wrote no results`);
  }
  return { figures, code };
}

/** Runs one step; an exception becomes a "not measured" entry instead of ending the whole run. */
async function step(name, work) {
  console.log(`\n=== ${name} ===`);
  try {
    return await work();
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : error}`);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** @type {Record<string, any>} */
const steps = {};

steps.knowledgeBase = await step('knowledge base build: ours vs the blog example', async () => {
  const { figures, code } = await runScript('kennisbank.mjs');
  if (code !== 0) throw new Error(`kennisbank.mjs exited with ${code}`);
  return { figures, targets: figures.targets };
});

// The remaining steps measure the real site, so it is built first (after the knowledge base run, which builds elsewhere).
const built = process.env.BENCH_SKIP_BUILD
  ? 0
  : await step('production build', () => run('npm', ['run', 'build', '--silent']));
if (built !== 0) {
  const reason = {
    error: `npm run build failed${typeof built === 'object' ? `: ${built.error}` : ` (exit ${built})`}`,
  };
  steps.offer = steps.bytes = steps.lighthouse = reason;
} else {
  steps.offer = await step('offer load run', async () => {
    const { figures, code } = await runScript('offer-load.mjs');
    const { p95, targetP95 } = figures.valid;
    return {
      figures,
      correct: code === 0,
      targets: [
        {
          target:
            'offers and requests through nginx exactly once with the webhooks on (mail and webhook), hostile payloads 4xx only, zero 5xx, nothing sent',
          value: `${figures.checks.filter((c) => c.ok).length} of ${figures.checks.length} checks`,
          met: code === 0,
        },
        {
          target: `valid submissions p95 <= ${targetP95} ms`,
          value: typeof p95 === 'number' ? `${p95.toFixed(1)} ms` : 'not measured',
          met: typeof p95 === 'number' && p95 <= targetP95,
        },
      ],
    };
  });

  const pages = await step('page types', async () => pageTypes());
  if ('error' in pages) steps.bytes = steps.lighthouse = pages;
  else {
    const site = await startBuiltSite();
    try {
      steps.bytes = await step('bytes per page type', async () => {
        const { pages: figures, targets } = await measurePageBytes(site.url, pages);
        return { figures: { pages: figures }, targets };
      });
      steps.lighthouse = await step('Lighthouse', async () => {
        const { pages: figures, targets } = await measureLighthouse(
          site.url,
          pages.filter((p) => p.lighthouse),
        );
        return { figures: { pages: figures }, targets };
      });
    } finally {
      await site.stop();
    }
  }
}

const durationS = (performance.now() - started) / 1000;
writeFileSync(reportPath, renderReport({ machine, durationS, steps }));

const targets = Object.values(steps).flatMap((s) => s.targets ?? []);
console.log(`\nReport: ${reportPath}`);
for (const t of targets) console.log(`  ${t.met ? 'pass' : 'FAIL'}  ${t.target}: ${t.value}`);
for (const [name, s] of Object.entries(steps)) if (s.error) console.log(`  not measured: ${name}: ${s.error}`);
const broken = Object.values(steps).some((s) => s.error) || steps.offer?.correct === false;
process.exit(broken ? 1 : 0);
