// Checks tests/bench/realistic-articles.mjs against the Python generator it was ported from (gen-articles.py):
// runs both on the same count and compares each article's words (our final body, with components and the link
// rewrite around drafts, must stay within ±10%) and the bodies themselves (the ported bodies must be identical).
// Usage: npm run bench:check-articles [-- <count> [path/to/gen-articles.py]]   (default 100, ../shared/bench/gen-articles.py)
import '../../src/cli/require-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bodyFor,
  countWords,
  DEFAULT_SEED,
  generateBaseArticles,
  generateRealisticArticles,
  readContentIds,
} from './realistic-articles.mjs';
import { contentDir } from '../../src/cli/content-dir.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const count = Number(process.argv[2] ?? 100);
const python = resolve(root, process.argv[3] ?? process.env.GEN_ARTICLES_PY ?? '../shared/bench/gen-articles.py');
const TOLERANCE = 0.1;

if (!existsSync(python)) {
  console.error(`Python generator not found at ${python}; pass its path as the second argument.`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'check-articles-'));
try {
  const run = spawnSync(
    'python3',
    [
      '-B',
      python,
      join(work, 'py'),
      String(count),
      '--format',
      'body-only',
      '--link-prefix',
      '/kennisbank/',
      '--manifest',
      join(work, 'manifest.json'),
      '--seed',
      String(DEFAULT_SEED),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`gen-articles.py failed: ${run.stderr}`);
  /** @type {{ index: number, slug: string, words: number }[]} */
  const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8'));
  const base = generateBaseArticles(count);
  const ours = generateRealisticArticles(count, { topicIds: readContentIds(contentDir.path).topics });

  let identicalBodies = 0;
  let worst = { ratio: 1, slug: '' };
  const rows = [];
  for (const entry of manifest) {
    const pyBody = readFileSync(join(work, 'py', `${entry.slug}.mdx`), 'utf8');
    if (base[entry.index]?.slug === entry.slug && bodyFor(base[entry.index], '/kennisbank/') === pyBody)
      identicalBodies += 1;
    const ourWords = countWords(ours[entry.index].body('/kennisbank/'));
    const ratio = ourWords / entry.words;
    if (Math.abs(ratio - 1) > Math.abs(worst.ratio - 1)) worst = { ratio, slug: entry.slug };
    rows.push({ python: entry.words, ours: ourWords, ratio });
  }
  const mean = (xs) => xs.reduce((t, x) => t + x, 0) / xs.length;
  const within = rows.filter((r) => Math.abs(r.ratio - 1) <= TOLERANCE).length;
  console.log(`${count} articles, seed ${DEFAULT_SEED}`);
  console.log(
    `words per article, Python: mean ${mean(rows.map((r) => r.python)).toFixed(0)}, min ${Math.min(...rows.map((r) => r.python))}, max ${Math.max(...rows.map((r) => r.python))}`,
  );
  console.log(
    `words per article, ours:   mean ${mean(rows.map((r) => r.ours)).toFixed(0)}, min ${Math.min(...rows.map((r) => r.ours))}, max ${Math.max(...rows.map((r) => r.ours))} (with components and FAQ block)`,
  );
  console.log(
    `per article within ±${TOLERANCE * 100}%: ${within} of ${rows.length}; largest difference ${((worst.ratio - 1) * 100).toFixed(1)}% (${worst.slug})`,
  );
  console.log(`ported bodies identical to gen-articles.py's: ${identicalBodies} of ${manifest.length}`);
  const ok = within === rows.length && identicalBodies === manifest.length && manifest.length === count;
  console.log(ok ? 'check passed' : 'check FAILED');
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
