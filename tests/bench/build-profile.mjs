// Where the build's time goes: a CPU profile of `astro build` of our site with realistic articles (node --cpu-prof,
// cold, in a fresh copy under bench-results/), summarised as self time per package or project file, inclusive time of
// the site's own per-page functions, and Astro's own phase timings from its log.
// Usage: npm run bench:profile [-- 1000 [blog]]   (BENCH_PROFILE_KEEP=1 keeps the copy and the articles)
// `blog` profiles the blog example on the same articles instead, for comparison.
// Writes bench-results/profile/<site>-<n>/: the .cpuprofile (open it in Chrome DevTools), build.log and summary.json.
import '../../src/cli/require-node.mjs';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { summarizeProfile } from './cpu-profile-summary.mjs';
import { runMeasured } from './measure-process.mjs';
import { writeArticleSets } from './realistic-articles.mjs';
import { ensurePeers, freshPeerProject } from './astro-peers.mjs';
import { contentFolderForArticles, copyOurSite, REPO_ROOT } from './site-copy.mjs';
import { contentDir } from '../../src/cli/content-dir.mjs';

const count = Number(process.argv[2] ?? process.env.BENCH_PROFILE_ARTICLES ?? 1000);
const site = process.argv[3] === 'blog' ? 'blog' : 'ours';
const out = join(REPO_ROOT, 'bench-results', 'profile', `${site}-${count}`);
/** Functions of the site whose inclusive time is reported (names as the bundle keeps them). */
export const SITE_FUNCTIONS = [
  'selectRelated',
  'readingTimeMinutes',
  'buildToc',
  'articleJsonLd',
  'breadcrumbJsonLd',
  'faqJsonLd',
  'chooseCallToAction',
  'formatDutchDate',
  'parseArticleFrontmatter',
  'getArticles',
  'sortForListing',
  /^generatePathWithPrerenderer$/,
  /^renderPage$/,
  /^parseData$/,
  /^syncData$|^syncContentLayer$/,
  /[Cc]sp|[Hh]ash/,
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const articles = join(out, 'articles');
// Our site reads a copy of its content whose kennisbank/ holds the generated articles (CONTENT_DIR below).
const ourContent = contentFolderForArticles(join(articles, 'content'));
const stats = writeArticleSets({
  count,
  contentFolder: contentDir.path,
  ourDir: ourContent.articlesDir,
  blogDir: join(articles, 'blog'),
});
let projectDir;
let astroBin;
if (site === 'blog') {
  const peers = ensurePeers();
  projectDir = freshPeerProject('blog', `profile-blog-${count}`);
  astroBin = join(peers.dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
} else {
  projectDir = copyOurSite(join(out, 'site'));
  astroBin = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
}
console.log(
  `Profiling astro build of ${site === 'blog' ? 'the blog example' : 'our site'} with ${count} articles (${stats.published} published) …`,
);
const measured = await runMeasured(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=500', astroBin, 'build'],
  {
    cwd: projectDir,
    env: {
      ...process.env,
      CONTENT_DIR: ourContent.contentDir,
      BLOG_CONTENT_DIR: join(articles, 'blog'),
      ASTRO_TELEMETRY_DISABLED: '1',
      DEPLOY_TARGET: '',
    },
  },
);
writeFileSync(join(out, 'build.log'), measured.output);
if (measured.code !== 0) {
  console.error(measured.output.slice(-3000));
  process.exit(1);
}
const profileFile = readdirSync(out)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(out, f))[0];
const summary = summarizeProfile(profileFile, { functions: SITE_FUNCTIONS, top: 30 });

// Astro's phase lines, e.g. "[build] ✓ Completed in 3.27s." and "[vite] ✓ built in 4.47s".
const plain = stripVTControlCharacters(measured.output);
const phases = [...plain.matchAll(/^\S+ \[(\w+)\] (.*(?:Completed in|built in|Generated|Server built in).*)$/gm)].map(
  (m) => `[${m[1]}] ${m[2]}`,
);

const result = {
  site,
  count,
  published: stats.published,
  wallMs: measured.wallMs,
  cpuMs: measured.cpuMs,
  peakRssBytes: measured.peakRssBytes,
  profile: profileFile,
  phases,
  ...summary,
};
writeFileSync(join(out, 'summary.json'), JSON.stringify(result, null, 2));

const line = ({ name, ms }) => `  ${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`;
console.log(
  `\nastro build: ${(measured.wallMs / 1000).toFixed(1)} s wall, ${(measured.cpuMs / 1000).toFixed(1)} s CPU (profiling adds some), profile ${(summary.totalMs / 1000).toFixed(1)} s`,
);
console.log('\nAstro phases:');
for (const p of phases) console.log(`  ${p}`);
console.log('\nSelf time by package or project file:');
for (const c of summary.categories) console.log(line(c));
console.log('\nSelf time by function:');
for (const f of summary.functions.slice(0, 20)) console.log(line(f));
console.log('\nInclusive time of the site functions and Astro steps:');
for (const [name, ms] of Object.entries(summary.inclusive)) console.log(line({ name, ms }));
console.log(`\nProfile: ${profileFile}`);
if (!process.env.BENCH_PROFILE_KEEP) {
  rmSync(projectDir, { recursive: true, force: true });
  rmSync(articles, { recursive: true, force: true });
}
