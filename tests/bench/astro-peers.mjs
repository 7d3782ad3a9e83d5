// The comparison projects of the benchmarks: a minimal equivalent of Astro's blog example (tests/bench/blog-example/)
// and a bare on-demand endpoint (tests/bench/bare-endpoint/). Their packages are installed from the npm registry
// into one cache folder, bench-results/cache/astro-peers/, at exactly the versions this repository has installed
// (Astro, its integrations and the build tools under them), and reused while those versions stay the same.
// Astro does not publish its examples to npm (create-astro downloads them from GitHub), hence the own copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const PEERS_DIR = join(root, 'bench-results', 'cache', 'astro-peers');
const SOURCES = {
  blog: fileURLToPath(new URL('./blog-example/', import.meta.url)),
  bare: fileURLToPath(new URL('./bare-endpoint/', import.meta.url)),
};

/** Direct dependencies of the peer projects. */
const DIRECT = ['astro', '@astrojs/mdx', '@astrojs/rss', '@astrojs/sitemap', '@astrojs/node'];
/** Packages under Astro that do the build work: pinned to the repository's versions too, so only the sites differ. */
const PINNED = [
  'vite',
  'esbuild',
  'rolldown',
  '@astrojs/compiler-rs',
  '@astrojs/markdown-remark',
  '@mdx-js/mdx',
  'shiki',
  'zod',
];

/** The version of `name` that Node would load from `fromDir` (walking up the node_modules folders). */
function installedVersion(fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return { version: JSON.parse(readFileSync(file, 'utf8')).version, dir: dirname(file) };
    if (dirname(dir) === dir) return undefined;
  }
}

/** The package.json of the cache folder: the repository's versions, exactly. */
export function peersManifest() {
  const dependencies = {};
  for (const name of DIRECT) {
    const found = installedVersion(root, name);
    if (!found) throw new Error(`${name} is not installed in this repository: run \`npm ci\` first`);
    dependencies[name] = found.version;
  }
  const astroDir = installedVersion(root, 'astro').dir;
  const mdxDir = installedVersion(root, '@astrojs/mdx').dir;
  const overrides = {};
  for (const name of PINNED) {
    const found = installedVersion(astroDir, name) ?? installedVersion(mdxDir, name);
    if (found) overrides[name] = found.version;
  }
  return { name: 'astro-bench-peers', private: true, type: 'module', dependencies, overrides };
}

/**
 * Installs the peer packages into the cache folder unless the same versions are there already.
 * @returns {{ dir: string, versions: Record<string, string>, pinned: Record<string, string>, installSeconds: number, reused: boolean }}
 */
export function ensurePeers({ log = console.log } = {}) {
  const manifest = peersManifest();
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestFile = join(PEERS_DIR, 'package.json');
  const stamp = join(PEERS_DIR, 'node_modules', '.installed-manifest.json');
  const reused = existsSync(stamp) && readFileSync(stamp, 'utf8') === text;
  let installSeconds = 0;
  if (!reused) {
    log(`Installing the comparison projects' packages (astro ${manifest.dependencies.astro}) into ${PEERS_DIR} …`);
    rmSync(join(PEERS_DIR, 'node_modules'), { recursive: true, force: true });
    rmSync(join(PEERS_DIR, 'package-lock.json'), { force: true });
    mkdirSync(PEERS_DIR, { recursive: true });
    writeFileSync(manifestFile, text);
    const started = performance.now();
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: PEERS_DIR,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`npm install in ${PEERS_DIR} failed (exit ${result.status})`);
    installSeconds = (performance.now() - started) / 1000;
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.overrides })) {
      const found = installedVersion(PEERS_DIR, name);
      if (found && found.version !== version)
        throw new Error(`${name}: installed ${found.version}, expected ${version}`);
    }
    writeFileSync(stamp, text);
  }
  return { dir: PEERS_DIR, versions: manifest.dependencies, pinned: manifest.overrides, installSeconds, reused };
}

/**
 * A fresh copy of a comparison project inside the cache folder (so it resolves the cached packages, with no
 * .astro, cache or dist folder of an earlier build).
 * @param {'blog' | 'bare'} kind
 * @param {string} name folder name under bench-results/cache/astro-peers/runs/
 */
export function freshPeerProject(kind, name) {
  const dir = join(PEERS_DIR, 'runs', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(SOURCES[kind], dir, { recursive: true });
  const scripts = { build: 'astro build' };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `bench-${kind}`, private: true, type: 'module', scripts }, null, 2)}\n`,
  );
  return dir;
}
