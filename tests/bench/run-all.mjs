// `npm run bench`: runs every benchmark of the project and writes one Markdown report, bench-results/report.md.
//  1. kennisbank build at 1,000 articles   2. offer-form load run   3. bytes per page type   4. Lighthouse (mobile)
// Not part of `npm test`. BENCH_SKIP_BUILD=1 reuses the current dist/. Exits 1 when a step could not run or a
// correctness check of the load run failed; missed speed targets are reported, not fatal.
import '../../src/cli/require-node.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { beschrijfMachine } from './machine.mjs';
import { meetLighthouse } from './lighthouse-run.mjs';
import { meetPaginaBytes } from './page-bytes.mjs';
import { paginaSoorten } from './page-types.mjs';
import { maakRapport } from './report.mjs';
import { startGebouwdeSite } from './serve-built-site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const uitvoerMap = fileURLToPath(new URL('../../bench-results/', import.meta.url));
const rapportPad = `${uitvoerMap}report.md`;
mkdirSync(uitvoerMap, { recursive: true });

const machine = beschrijfMachine();
const begin = performance.now();

/** Runs a command from the project root with inherited output; resolves with its exit code. */
function draai(commando, args, env = {}) {
  return new Promise((klaar, mislukt) => {
    const kind = spawn(commando, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    kind.once('error', mislukt);
    kind.once('exit', (code) => klaar(code ?? 1));
  });
}

/** Runs a benchmark script that writes its figures to BENCH_JSON; returns the figures and the exit code. */
async function draaiScript(script) {
  const jsonPad = `${uitvoerMap}${script.replace(/\W/g, '-')}.json`;
  rmSync(jsonPad, { force: true });
  const code = await draai(process.execPath, [`tests/bench/${script}`], { BENCH_JSON: jsonPad });
  let resultaat;
  try {
    resultaat = JSON.parse(readFileSync(jsonPad, 'utf8'));
  } catch {
    throw new Error(`${script} exited with ${code} and wrote no results`);
  }
  return { resultaat, code };
}

/** Runs one step; an exception becomes a "not measured" entry instead of ending the whole run. */
async function stap(naam, werk) {
  console.log(`\n=== ${naam} ===`);
  try {
    return await werk();
  } catch (fout) {
    console.error(`${naam} failed: ${fout instanceof Error ? fout.message : fout}`);
    return { fout: fout instanceof Error ? fout.message : String(fout) };
  }
}

/** @type {Record<string, any>} */
const stappen = {};

stappen.kennisbank = await stap('kennisbank at 1,000 articles', async () => {
  const { resultaat } = await draaiScript('kennisbank.mjs');
  return {
    resultaat,
    doelen: [
      {
        doel: `build + index <= ${resultaat.targetSeconds} s`,
        waarde: `${resultaat.totalSeconds.toFixed(1)} s`,
        gehaald: resultaat.met,
      },
    ],
  };
});

// The remaining steps measure the real site, so it is built first (after the kennisbank run, which builds elsewhere).
const bouw = process.env.BENCH_SKIP_BUILD
  ? 0
  : await stap('production build', () => draai('npm', ['run', 'build', '--silent']));
if (bouw !== 0) {
  const reden = { fout: `npm run build failed${typeof bouw === 'object' ? `: ${bouw.fout}` : ` (exit ${bouw})`}` };
  stappen.aanbod = stappen.bytes = stappen.lighthouse = reden;
} else {
  stappen.aanbod = await stap('offer form load run', async () => {
    const { resultaat, code } = await draaiScript('aanbod-load.mjs');
    const { p95, doelP95 } = resultaat.geldig;
    return {
      resultaat,
      correct: code === 0,
      doelen: [
        {
          doel: 'exactly-once delivery, all hostile payloads 4xx, zero 5xx, zero mails',
          waarde: `${resultaat.controles.filter((c) => c.ok).length} of ${resultaat.controles.length} checks`,
          gehaald: code === 0,
        },
        {
          doel: `valid submissions p95 <= ${doelP95} ms`,
          waarde: typeof p95 === 'number' ? `${p95.toFixed(1)} ms` : 'not measured',
          gehaald: typeof p95 === 'number' && p95 <= doelP95,
        },
      ],
    };
  });

  const paginas = await stap('page types', async () => paginaSoorten());
  if ('fout' in paginas) stappen.bytes = stappen.lighthouse = paginas;
  else {
    const site = await startGebouwdeSite();
    try {
      stappen.bytes = await stap('bytes per page type', async () => {
        const { paginas: resultaat, doelen } = await meetPaginaBytes(site.url, paginas);
        return { resultaat: { paginas: resultaat }, doelen };
      });
      stappen.lighthouse = await stap('Lighthouse', async () => {
        const { paginas: resultaat, doelen } = await meetLighthouse(
          site.url,
          paginas.filter((p) => p.lighthouse),
        );
        return { resultaat: { paginas: resultaat }, doelen };
      });
    } finally {
      await site.stop();
    }
  }
}

const duurS = (performance.now() - begin) / 1000;
writeFileSync(rapportPad, maakRapport({ machine, duurS, stappen }));

const doelen = Object.values(stappen).flatMap((s) => s.doelen ?? []);
console.log(`\nReport: ${rapportPad}`);
for (const d of doelen) console.log(`  ${d.gehaald ? 'pass' : 'FAIL'}  ${d.doel}: ${d.waarde}`);
for (const [naam, s] of Object.entries(stappen)) if (s.fout) console.log(`  not measured: ${naam}: ${s.fout}`);
const kapot = Object.values(stappen).some((s) => s.fout) || stappen.aanbod?.correct === false;
process.exit(kapot ? 1 : 0);
