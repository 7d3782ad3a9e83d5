// Benchmark: builds the site with 1,000 synthetic kennisbank articles and prints build time and pages per second.
// Usage: npm run bench:kennisbank   (BENCH_ARTICLES=… to change the count, BENCH_KEEP=1 to keep the temp folder,
// BENCH_JSON=<file> to also write the figures as JSON for tests/bench/run-all.mjs)
import '../../src/cli/require-node.mjs';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateArticles } from './generate-articles.mjs';

const TARGET_SECONDS = 18;
const count = Number(process.env.BENCH_ARTICLES ?? 1000);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kennisbank-bench-'));
const contentDir = join(work, 'kennisbank');
// Inside the project (git-ignored), so the prerender step can resolve packages from node_modules.
mkdirSync(join(root, 'bench-results'), { recursive: true });
const outDir = mkdtempSync(join(root, 'bench-results', 'kennisbank-'));

function countHtmlPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

const published = generateArticles(contentDir, count);
console.log(
  `Generated ${count} synthetic articles (${published} published, ${count - published} drafts) in ${contentDir}`,
);

// content.config.ts reads this to load the synthetic articles instead of content/kennisbank/.
process.env.KENNISBANK_DIR = contentDir;
const { build } = await import('astro');

const started = performance.now();
const cpuBefore = process.cpuUsage();
await build({ root, outDir, cacheDir: join(work, 'cache'), logLevel: process.env.BENCH_LOG ?? 'error' });
const buildSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
// CPU time is less sensitive than wall time to other work on a shared machine.
const buildCpuSeconds = (cpu.user + cpu.system) / 1e6;

const pagefind = await import('pagefind');
const indexStarted = performance.now();
const { index } = await pagefind.createIndex();
const added = await index.addDirectory({ path: join(outDir, 'client') });
await index.writeFiles({ outputPath: join(outDir, 'client', 'pagefind') });
await pagefind.close();
const indexSeconds = (performance.now() - indexStarted) / 1000;

const pages = countHtmlPages(join(outDir, 'client'));
const total = buildSeconds + indexSeconds;
console.log('');
console.log(
  `astro build:      ${buildSeconds.toFixed(1)} s for ${pages} HTML pages (${(pages / buildSeconds).toFixed(0)} pages/s; ${buildCpuSeconds.toFixed(1)} s CPU)`,
);
console.log(
  `pagefind index:   ${indexSeconds.toFixed(1)} s (${added.page_count} HTML files read; only article bodies are indexed)`,
);
console.log(
  `total:            ${total.toFixed(1)} s (target <= ${TARGET_SECONDS} s: ${total <= TARGET_SECONDS ? 'met' : 'NOT met'})`,
);

if (process.env.BENCH_JSON) {
  const figures = {
    articles: count,
    published,
    pages,
    buildSeconds,
    buildCpuSeconds,
    indexSeconds,
    indexedPages: added.page_count,
    totalSeconds: total,
    targetSeconds: TARGET_SECONDS,
    met: total <= TARGET_SECONDS,
  };
  writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 2));
}

if (process.env.BENCH_KEEP) console.log(`Articles kept in ${work}, build output in ${outDir}`);
else for (const dir of [work, outDir]) rmSync(dir, { recursive: true, force: true });
if (process.env.BENCH_STRICT && total > TARGET_SECONDS) process.exit(1);
