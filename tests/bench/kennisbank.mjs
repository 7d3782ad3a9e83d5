// Benchmark of the knowledge base build with realistic articles, as a ratio to Astro's blog example in the same run.
// For each size (default 100 and 1,000 articles) it builds
//   - our site with the real `npm run build` (astro build + the Pagefind search index), CONTENT_DIR pointing at a
//     copy of the site's content whose kennisbank/ holds the generated articles, in a fresh copy of the repository
//     under bench-results/ (fresh .astro, cache and dist);
//   - the blog example (tests/bench/blog-example/, packages from bench-results/cache/astro-peers/) with `astro build`
//     on the same articles, also fresh each time;
// alternating ours, blog, ours, blog …, and measures wall time, CPU time of the process tree and its peak memory.
// Then the warm re-publish: one article's text changes and our site is built again in the same folder (same caches,
// same output), as the editor's save would trigger it; the blog example gets the same for comparison.
//
// Usage: npm run bench:kennisbank
//   BENCH_SIZES=100,1000    article counts (the largest gets BENCH_RUNS builds per site, the others BENCH_SMALL_RUNS)
//   BENCH_RUNS=3            builds per site at the largest size (the median counts)
//   BENCH_SMALL_RUNS=1      builds per site at the other sizes
//   BENCH_REPUBLISH_RUNS=1  warm re-publish builds per site
//   BENCH_KEEP=1            keep the generated articles and the last build folders
//   BENCH_JSON=<file>       also write the figures as JSON (tests/bench/run-all.mjs)
//   BENCH_VERBOSE=1         show the build output
import '../../src/cli/require-node.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePeers, freshPeerProject } from './astro-peers.mjs';
import { boundLines, buildPhases, phaseBounds, phaseTable } from './build-phases.mjs';
import { canMeasure, runMeasured } from './measure-process.mjs';
import { LAST_ARTICLE_DATE, writeArticleSets } from './realistic-articles.mjs';
import { contentFolderForArticles, copyOurSite } from './site-copy.mjs';
import { contentDir } from '../../src/cli/content-dir.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'bench-results', 'kennisbank');
const sizes = (process.env.BENCH_SIZES ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const largest = sizes[sizes.length - 1];
const runsAtLargest = Number(process.env.BENCH_RUNS ?? 3);
const runsAtSmaller = Number(process.env.BENCH_SMALL_RUNS ?? 1);
const republishRuns = Number(process.env.BENCH_REPUBLISH_RUNS ?? 1);
const verbose = Boolean(process.env.BENCH_VERBOSE);

/** The targets of the issue "Honest benchmark", as ratios measured in the same run. */
export const TARGETS = {
  wallRatio: 1.25,
  perArticleRatio: 1.3,
  peakBytes: 1.5 * 1024 ** 3,
  republishRatio: 0.5,
};

if (!canMeasure) {
  console.error('This benchmark reads /proc to measure CPU time and memory of the build processes: it needs Linux.');
  process.exit(2);
}
if (sizes.length < 2) {
  console.error('BENCH_SIZES needs at least two sizes (the growth per article is measured between them).');
  process.exit(2);
}

const log = (line = '') => console.log(line);
const seconds = (ms) => (ms / 1000).toFixed(1);
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A fresh copy of our site under bench-results/ (packages resolve from the repository's node_modules above it). */
const freshOurProject = (name) => copyOurSite(join(work, 'runs', name));

function countFiles(dir, test) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((file) => test(String(file))).length;
}

/** Environment of a build: no telemetry, the Node target, and the content or articles folder. */
function buildEnv(extra) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env.DEPLOY_TARGET;
  delete env.BENCH_JSON;
  return env;
}

/**
 * Builds one site in `dir` with `npm run build` and checks its output.
 * @param {'ours' | 'blog'} site
 */
async function build(site, dir, articlesDir, label, expectedArticles) {
  const env =
    site === 'ours'
      ? buildEnv({ CONTENT_DIR: dirname(articlesDir), BUILD_DATE: LAST_ARTICLE_DATE })
      : buildEnv({ BLOG_CONTENT_DIR: articlesDir });
  const measured = await runMeasured('npm', ['run', 'build'], {
    cwd: dir,
    env,
    echo: verbose,
    marks: { astroDone: /\[build\] Complete!/ },
  });
  mkdirSync(join(work, 'logs'), { recursive: true });
  writeFileSync(join(work, 'logs', `${label}.log`), measured.output);
  if (measured.code !== 0) {
    throw new Error(
      `${label}: npm run build exited with ${measured.code}; output in ${relative(root, join(work, 'logs', `${label}.log`))}:\n${measured.output.slice(-3000)}`,
    );
  }
  const staticDir = site === 'ours' ? join(dir, 'dist', 'client') : join(dir, 'dist');
  const articleDir = site === 'ours' ? join(staticDir, 'kennisbank') : join(staticDir, 'blog');
  const pages = countFiles(staticDir, (f) => f.endsWith('.html'));
  // Our article pages are the ones with an Article in their structured data (fixed pages such as the glossary
  // live beside them); every page of the blog example's folder is a post.
  const isArticlePage = (page) =>
    existsSync(page) && (site !== 'ours' || readFileSync(page, 'utf8').includes('"@type":"Article"'));
  const articlePages = readdirSync(articleDir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && isArticlePage(join(articleDir, d.name, 'index.html')),
  ).length;
  if (articlePages !== expectedArticles)
    throw new Error(`${label}: ${articlePages} article pages built, expected ${expectedArticles}`);
  if (site === 'ours' && !existsSync(join(staticDir, 'pagefind', 'pagefind-entry.json')))
    throw new Error(`${label}: no Pagefind index in the output`);
  const slugs = new Set(
    readdirSync(articlesDir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, '')),
  );
  const articleFolder = site === 'ours' ? 'kennisbank' : 'blog';
  const phases = buildPhases(measured.output, {
    isArticle: (path) => slugs.has(path.match(new RegExp(`^/${articleFolder}/([^/]+)/index\\.html$`))?.[1] ?? ''),
    isListing: (path) =>
      site === 'ours'
        ? /^\/kennisbank\/(index\.html|pagina\/|onderwerp\/|voor\/)/.test(path)
        : path === '/blog/index.html',
  });
  const result = {
    site,
    label,
    phases,
    loadAverage: loadavg()[0],
    wallMs: measured.wallMs,
    cpuMs: measured.cpuMs,
    peakRssBytes: measured.peakRssBytes,
    peakProcessBytes: measured.peakProcessBytes,
    astroMs: measured.marks.astroDone,
    pages,
    articlePages,
  };
  log(
    `  ${label.padEnd(24)} wall ${seconds(result.wallMs).padStart(6)} s  CPU ${seconds(result.cpuMs).padStart(6)} s  peak ${mb(result.peakRssBytes).padStart(7)} (largest process ${mb(result.peakProcessBytes)})  ${pages} pages`,
  );
  return result;
}

/** Changes one sentence of one published article, as an editor would; returns the new text to look for. */
function editOneArticle(articlesDir, site) {
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const file = files.find(
    (f, i) => i >= files.length / 2 && !readFileSync(join(articlesDir, f), 'utf8').includes('concept: true'),
  );
  const path = join(articlesDir, file);
  const text = readFileSync(path, 'utf8');
  const marker = `Bijgewerkt door de redactie ${Date.now()}.`;
  const afterFrontmatter = text.indexOf('\n---\n', 4) + 5;
  const firstParagraphEnd = text.indexOf('\n\n', afterFrontmatter + 2);
  writeFileSync(path, `${text.slice(0, firstParagraphEnd)} ${marker}${text.slice(firstParagraphEnd)}`);
  return { file, marker, slug: file.replace(/\.mdx$/, ''), restore: () => writeFileSync(path, text), site };
}

// ---------------------------------------------------------------------------------------------------------------

const startLoad = loadavg();
log(
  `Knowledge base build benchmark: sizes ${sizes.join(', ')}; ${runsAtLargest} build(s) per site at ${largest}, ${runsAtSmaller} at the others; ${cpus().length} cores, load ${startLoad.map((l) => l.toFixed(2)).join(' / ')}`,
);
rmSync(join(work, 'runs'), { recursive: true, force: true });
rmSync(join(work, 'logs'), { recursive: true, force: true });
const peers = ensurePeers({ log });
log(
  `Blog example: astro ${peers.versions.astro}, @astrojs/mdx ${peers.versions['@astrojs/mdx']} from ${relative(root, peers.dir)} (${peers.reused ? 'cached' : `installed in ${peers.installSeconds.toFixed(0)} s`})`,
);

/** @type {Record<number, ReturnType<typeof writeArticleSets> & { ourDir: string, blogDir: string }>} */
const articleSets = {};
for (const n of sizes) {
  const { articlesDir: ourDir } = contentFolderForArticles(join(work, 'articles', String(n), 'content'));
  const blogDir = join(work, 'articles', String(n), 'blog');
  const stats = writeArticleSets({ count: n, contentFolder: contentDir.path, ourDir, blogDir });
  articleSets[n] = { ...stats, ourDir, blogDir };
  log(
    `Articles ${n}: ${stats.published} published + ${stats.drafts} drafts; words per article ${stats.words.min}–${stats.words.max} (mean ${stats.words.mean.toFixed(0)}); components ${JSON.stringify(stats.components)}; ${mb(stats.bytes)} of MDX`,
  );
}

/** @type {Awaited<ReturnType<typeof build>>[]} */
const builds = [];
/** The folders of the last build per site at the largest size, for the warm re-publish. */
const lastAtLargest = { ours: '', blog: '' };
for (const n of sizes) {
  const runs = n === largest ? runsAtLargest : runsAtSmaller;
  const set = articleSets[n];
  log(`\n${n} articles, ${runs} cold build(s) per site, alternating:`);
  for (let run = 1; run <= runs; run++) {
    const ourDir = freshOurProject(`ours-${n}-${run}`);
    builds.push({ n, run, ...(await build('ours', ourDir, set.ourDir, `ours-${n}-${run}`, set.published)) });
    const blogDir = freshPeerProject('blog', `blog-${n}-${run}`);
    builds.push({ n, run, ...(await build('blog', blogDir, set.blogDir, `blog-${n}-${run}`, set.published)) });
    if (n === largest && run === runs) Object.assign(lastAtLargest, { ours: ourDir, blog: blogDir });
    else if (!process.env.BENCH_KEEP)
      for (const dir of [ourDir, blogDir]) rmSync(dir, { recursive: true, force: true });
  }
}

log(
  `\nWarm re-publish at ${largest} articles: one article changed, built again in the same folder (same caches and output):`,
);
const republishes = [];
for (let run = 1; run <= republishRuns; run++) {
  for (const site of /** @type {const} */ (['ours', 'blog'])) {
    const articlesDir = site === 'ours' ? articleSets[largest].ourDir : articleSets[largest].blogDir;
    const edit = editOneArticle(articlesDir, site);
    try {
      const result = await build(
        site,
        lastAtLargest[site],
        articlesDir,
        `${site}-${largest}-republish-${run}`,
        articleSets[largest].published,
      );
      const page =
        site === 'ours'
          ? join(lastAtLargest[site], 'dist', 'client', 'kennisbank', edit.slug, 'index.html')
          : join(lastAtLargest[site], 'dist', 'blog', edit.slug, 'index.html');
      const published = readFileSync(page, 'utf8').includes(edit.marker);
      if (!published) throw new Error(`${site} re-publish: the changed text is not in ${relative(root, page)}`);
      republishes.push({ n: largest, run, ...result, republish: true, changed: edit.file });
    } finally {
      edit.restore();
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

const of = (site, n) => builds.filter((b) => b.site === site && b.n === n);
/** Median figures of one site at one size. */
const summary = (site, n) => {
  const list = of(site, n);
  return {
    runs: list.length,
    wallMs: median(list.map((b) => b.wallMs)),
    cpuMs: median(list.map((b) => b.cpuMs)),
    peakRssBytes: Math.max(...list.map((b) => b.peakRssBytes)),
    peakProcessBytes: Math.max(...list.map((b) => b.peakProcessBytes)),
    astroMs: median(list.map((b) => b.astroMs ?? NaN)),
    pages: list[0].pages,
    allWallMs: list.map((b) => b.wallMs),
  };
};
const smallest = sizes[0];
const bySize = Object.fromEntries(sizes.map((n) => [n, { ours: summary('ours', n), blog: summary('blog', n) }]));
const big = bySize[largest];
const small = bySize[smallest];
const extra = largest - smallest;
const perArticle = {
  oursWallMs: (big.ours.wallMs - small.ours.wallMs) / extra,
  blogWallMs: (big.blog.wallMs - small.blog.wallMs) / extra,
  oursCpuMs: (big.ours.cpuMs - small.ours.cpuMs) / extra,
  blogCpuMs: (big.blog.cpuMs - small.blog.cpuMs) / extra,
};
perArticle.wallRatio = perArticle.oursWallMs / perArticle.blogWallMs;
perArticle.cpuRatio = perArticle.oursCpuMs / perArticle.blogCpuMs;
const ratios = {
  wall: big.ours.wallMs / big.blog.wallMs,
  cpu: big.ours.cpuMs / big.blog.cpuMs,
  peak: big.ours.peakRssBytes / big.blog.peakRssBytes,
};
const memoryGrowth = {
  perArticleBytes: (big.ours.peakRssBytes - small.ours.peakRssBytes) / extra,
  // Linear through the origin would give `largest / smallest` times the small peak; fixed costs keep it far below.
  ratio: big.ours.peakRssBytes / small.ours.peakRssBytes,
  linearBound: largest / smallest,
};
const ourRepublish = republishes.filter((r) => r.site === 'ours');
const blogRepublish = republishes.filter((r) => r.site === 'blog');
const republish = {
  oursWallMs: median(ourRepublish.map((r) => r.wallMs)),
  oursCpuMs: median(ourRepublish.map((r) => r.cpuMs)),
  blogWallMs: median(blogRepublish.map((r) => r.wallMs)),
  blogCpuMs: median(blogRepublish.map((r) => r.cpuMs)),
};
republish.oursRatio = republish.oursWallMs / big.ours.wallMs;
republish.blogRatio = republish.blogWallMs / big.blog.wallMs;
republish.oursCpuRatio = republish.oursCpuMs / big.ours.cpuMs;
republish.blogCpuRatio = republish.blogCpuMs / big.blog.cpuMs;

const targets = [
  {
    target: `full build of ${largest} articles ≤ ${TARGETS.wallRatio}× the blog example's (wall, same run)`,
    value: `${ratios.wall.toFixed(2)}× (CPU ${ratios.cpu.toFixed(2)}×)`,
    met: ratios.wall <= TARGETS.wallRatio,
  },
  {
    target: `growth per extra article ≤ ${TARGETS.perArticleRatio}× the blog example's`,
    value: `${perArticle.wallRatio.toFixed(2)}× (${perArticle.oursWallMs.toFixed(1)} vs ${perArticle.blogWallMs.toFixed(1)} ms; CPU ${perArticle.cpuRatio.toFixed(2)}×)`,
    met: perArticle.wallRatio <= TARGETS.perArticleRatio,
  },
  {
    target: `peak memory ≤ ${mb(TARGETS.peakBytes)} at ${largest} articles`,
    value: mb(big.ours.peakRssBytes),
    met: big.ours.peakRssBytes <= TARGETS.peakBytes,
  },
  {
    target: `peak memory no worse than linear (${largest} vs ${smallest}: ≤ ${memoryGrowth.linearBound}×)`,
    value: `${memoryGrowth.ratio.toFixed(2)}× (+${(memoryGrowth.perArticleBytes / 1024).toFixed(0)} KB per article)`,
    met: memoryGrowth.ratio <= memoryGrowth.linearBound,
  },
  {
    target: `warm re-publish of one changed article ≤ ${TARGETS.republishRatio}× a cold build`,
    value: `${republish.oursRatio.toFixed(2)}× (${seconds(republish.oursWallMs)} s vs ${seconds(big.ours.wallMs)} s; CPU ${republish.oursCpuRatio.toFixed(2)}×)`,
    met: republish.oursRatio <= TARGETS.republishRatio,
  },
];

log('\nMedians (wall and CPU) and the highest peak memory per site and size:');
log('| articles | site | builds | wall | CPU | peak memory (tree) | largest process | astro build part | HTML pages |');
log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes) {
  for (const site of ['ours', 'blog']) {
    const s = bySize[n][site];
    log(
      `| ${n} | ${site === 'ours' ? 'ours (npm run build)' : 'blog example'} | ${s.runs} | ${seconds(s.wallMs)} s | ${seconds(s.cpuMs)} s | ${mb(s.peakRssBytes)} | ${mb(s.peakProcessBytes)} | ${Number.isFinite(s.astroMs) ? `${seconds(s.astroMs)} s` : '–'} | ${s.pages} |`,
    );
  }
}
log();
for (const line of phaseTable(
  `Where the time goes at ${largest} articles (medians of the cold builds, from their logs):`,
  of('ours', largest),
  of('blog', largest),
))
  log(line);
log();
for (const line of phaseTable(
  `Where the time goes in the warm re-publish at ${largest} articles:`,
  republishes.filter((r) => r.site === 'ours'),
  republishes.filter((r) => r.site === 'blog'),
))
  log(line);

log(
  `\nours / blog at ${largest}: wall ${ratios.wall.toFixed(2)}×, CPU ${ratios.cpu.toFixed(2)}×, peak memory ${ratios.peak.toFixed(2)}×`,
);
log(
  `per extra article (${smallest} → ${largest}): ours ${perArticle.oursWallMs.toFixed(1)} ms wall / ${perArticle.oursCpuMs.toFixed(1)} ms CPU, blog ${perArticle.blogWallMs.toFixed(1)} ms wall / ${perArticle.blogCpuMs.toFixed(1)} ms CPU; ratio ${perArticle.wallRatio.toFixed(2)}× wall, ${perArticle.cpuRatio.toFixed(2)}× CPU`,
);
log(
  `warm re-publish: ours ${seconds(republish.oursWallMs)} s wall, ${seconds(republish.oursCpuMs)} s CPU (${republish.oursRatio.toFixed(2)}× its cold build's wall, ${republish.oursCpuRatio.toFixed(2)}× its CPU), blog ${seconds(republish.blogWallMs)} s wall, ${seconds(republish.blogCpuMs)} s CPU (${republish.blogRatio.toFixed(2)}×, ${republish.blogCpuRatio.toFixed(2)}×)`,
);
const bounds = phaseBounds(
  builds.filter((b) => b.site === 'ours'),
  builds.filter((b) => b.site === 'blog'),
  ourRepublish,
);
log();
for (const line of boundLines(bounds)) log(line);
log('\nTargets:');
for (const t of targets) log(`  ${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.value}`);
log(
  `\nLoad average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}. Build logs: ${relative(root, join(work, 'logs'))}/`,
);
const busiest = Math.max(...[...builds, ...republishes].map((b) => b.loadAverage));
if (busiest > cpus().length) {
  log(
    `Note: the 1-minute load average reached ${busiest.toFixed(1)} on ${cpus().length} cores during the builds: other work competed for the CPU, so wall times are inflated and noisier than CPU times; compare the ratios, and prefer the CPU ratios when they disagree.`,
  );
}

if (process.env.BENCH_JSON) {
  const figures = {
    sizes,
    runsAtLargest,
    runsAtSmaller,
    loadAverage: { start: startLoad, end: loadavg(), highest: busiest },
    peers: { versions: peers.versions, pinned: peers.pinned },
    articles: Object.fromEntries(
      sizes.map((n) => [
        n,
        {
          count: n,
          published: articleSets[n].published,
          drafts: articleSets[n].drafts,
          words: articleSets[n].words,
          components: articleSets[n].components,
        },
      ]),
    ),
    builds,
    republishes,
    bySize,
    ratios,
    perArticle,
    memoryGrowth,
    republish,
    targets,
    bounds,
  };
  writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 2));
}

if (!process.env.BENCH_KEEP) {
  rmSync(join(work, 'runs'), { recursive: true, force: true });
  rmSync(join(work, 'articles'), { recursive: true, force: true });
  rmSync(join(peers.dir, 'runs'), { recursive: true, force: true });
}
if (process.env.BENCH_STRICT && targets.some((t) => !t.met)) process.exit(1);
