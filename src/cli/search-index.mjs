// Second step of `npm run build`: builds the Pagefind search index into the static files of the current
// DEPLOY_TARGET (dist/client for the Node server, .vercel/output/static for Vercel).
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUILD_DIRS, resolveDeployTarget } from '../lib/deploy-target.mjs';
import { SEARCHABLE_PAGES_GLOB } from '../lib/site/search-index.mjs';

const site = BUILD_DIRS[resolveDeployTarget(process.env)].staticDir;
const pagefindCli = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const result = spawnSync(process.execPath, [pagefindCli, '--site', site, '--glob', SEARCHABLE_PAGES_GLOB], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
