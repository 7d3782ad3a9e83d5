// Astro puts its island runtime (the <astro-island> element: 4.4 KB, 1.9 KB gzip) inline in every page with an island,
// so each article with a calculator carried it again, an eighth of the article budget (14 KB). After the pages are
// generated, this writes the runtime once to a file with a content hash in _astro/ and lets every page load that file,
// deferred: browsers cache it across pages, and the island still starts when its directive says (Astro's runtime
// waits for the directive's own small inline script either way). Its hash leaves every page's Content-Security-Policy
// (no built page runs it inline any more; 'self' allows the file). Pages rendered on demand keep Astro's inline copy
// and their own policy. Then each page's policy keeps only the hashes of its own inline scripts and styles
// (src/lib/http/page-policy.mjs).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import islandRuntime from 'astro/runtime/server/astro-island.prebuilt.js';
import { withOwnHashesOnly } from '../lib/http/page-policy.mjs';

/** The inline script Astro writes, exactly. */
const INLINE_RUNTIME = `<script>${islandRuntime}</script>`;

/** The runtime's source in Astro's script-src list of every page. */
const RUNTIME_HASH = ` 'sha256-${createHash('sha256').update(islandRuntime).digest('base64')}'`;

/**
 * The page with Astro's inline island runtime replaced by a deferred script loading `src`, and the runtime's hash
 * taken out of the page's policy.
 * @param {string} html
 * @param {string} src
 */
export function withExternalIslandRuntime(html, src) {
  return html.replace(INLINE_RUNTIME, `<script src="${src}" defer></script>`).replace(RUNTIME_HASH, '');
}

/** File name of the runtime in the assets folder: its content hash keeps long caching safe. */
export function islandRuntimeFileName() {
  const hash = createHash('sha256').update(islandRuntime).digest('base64url').slice(0, 8);
  return `astro-island.${hash}.js`;
}

/** @param {URL} dir */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

/** @returns {import('astro').AstroIntegration} */
export default function externalIslandRuntime() {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'site:external-island-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      // Before astro:build:done, where the Vercel adapter copies the static files to .vercel/output/static.
      'astro:build:generated': async ({ dir }) => {
        const fileName = islandRuntimeFileName();
        const src = `${base}${assets}/${fileName}`;
        for (const file of await htmlFiles(dir)) {
          const html = await readFile(file, 'utf8');
          const changed = withOwnHashesOnly(withExternalIslandRuntime(html, src));
          if (changed !== html) await writeFile(file, changed);
        }
        // Always: with the incremental build a page copied from the last build may already point at the file.
        await writeFile(fileURLToPath(new URL(`${assets}/${fileName}`, dir)), islandRuntime);
      },
    },
  };
}
