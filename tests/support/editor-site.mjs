// A throwaway copy of the site for the editor's browser tests and the deploy tests: the dev server's editor saves into
// the copy's content folder, and the copy is then built and served like production, so the repository's own content is
// never touched. The copy gets the content folder under test (CONTENT_DIR: the fixture site in `npm test`) at the same
// place, and its dev server and builds use it the same way, so the editor's paths follow CONTENT_DIR here too.
// The copy lives under test-results/ inside the repository, so packages resolve from the repository's node_modules
// and Vite's dev server may serve them (it only serves files under the nearest package.json, which the copy leaves
// out for that reason).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../src/cli/content-dir.mjs';
import { freePort, startAppServer, startServerProcess } from './start-app-server.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_CLI = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
/** What a copy needs of the project; public/ only when the project has one (the icons are built from the logo). */
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json'];
/** Where the copy keeps its content: where the project keeps it, or content/ when that lies outside the project. */
const COPY_CONTENT_DIR = contentDir.insideProject ? contentDir.label : 'content';

/** Copies the site and the content under test into test-results/<name>/ (emptied first) and returns its path. */
export function copySite(name) {
  const dir = join(REPO_ROOT, 'test-results', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of COPIED.filter((name) => existsSync(join(REPO_ROOT, name))))
    cpSync(join(REPO_ROOT, item), join(dir, item), { recursive: true });
  cpSync(contentDir.path, join(dir, COPY_CONTENT_DIR), { recursive: true });
  return dir;
}

/** A path in the content folder of a copy: `contentOf(site, 'bureau.yaml')`. */
export function contentOf(dir, ...parts) {
  return join(dir, COPY_CONTENT_DIR, ...parts);
}

/** A path in the content folder of a copy as its messages name it: `tests/fixtures/site/bureau.yaml`. */
export function contentLabelOf(...parts) {
  return [COPY_CONTENT_DIR, ...parts].join('/');
}

/** Environment for the copy's dev server and build: the defaults of a fresh checkout, no editor in GitHub mode. */
function siteEnv(extra = {}) {
  const env = { ...process.env, CONTENT_DIR: COPY_CONTENT_DIR, ...extra };
  for (const name of ['KEYSTATIC', 'KEYSTATIC_GITHUB_REPO', 'PUBLIC_KEYSTATIC_GITHUB_APP_SLUG', 'DEPLOY_TARGET'])
    if (!(name in extra)) delete env[name];
  return env;
}

/**
 * Starts `astro dev` in `dir` on a free port and waits until it answers (the editor's first page load also waits
 * for Vite to prepare the editor's packages).
 * @returns {Promise<{ url: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startDevServer(dir) {
  const port = await freePort();
  return startServerProcess({
    args: [ASTRO_CLI, 'dev', '--port', String(port), '--host', '127.0.0.1'],
    port,
    cwd: dir,
    env: siteEnv({ ASTRO_TELEMETRY_DISABLED: '1' }),
    name: 'astro dev',
    seconds: 120,
  });
}

/**
 * Builds the copy as `npm run build` does (the site, then its search index).
 * @returns {{ ok: boolean, output: string }}
 */
export function buildSite(dir, env = {}) {
  let output = '';
  for (const args of [[ASTRO_CLI, 'build'], [join(dir, 'src/cli/search-index.mjs')]]) {
    const result = spawnSync(process.execPath, args, { cwd: dir, env: siteEnv(env), encoding: 'utf8' });
    output += result.stdout + result.stderr;
    if (result.status !== 0) return { ok: false, output };
  }
  return { ok: true, output };
}

/** Serves the copy's production build with the production server (src/server/serve.mjs). */
export function serveSite(dir, env = {}) {
  return startAppServer({ OUTBOX_DIR: join(dir, 'outbox'), ...env }, { script: join(dir, 'src/server/serve.mjs') });
}
