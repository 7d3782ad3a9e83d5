// The content folder of this process (CONTENT_DIR, see src/lib/content-dir.mjs), checked once: a wrong value stops
// `astro dev`, `astro build`, the test suites and the scripts with one message that names the variable.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDirProblem, resolveContentDir } from '../lib/content-dir.mjs';

/** The project root: the folder of astro.config.mjs and package.json. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The checked content folder for an environment.
 * @param {Record<string, string | undefined>} env
 * @returns {import('../lib/content-dir.mjs').ContentDir}
 */
export function contentDirFor(env) {
  const dir = resolveContentDir(env, PROJECT_ROOT);
  const problem = contentDirProblem(dir, existsSync);
  if (problem) throw new Error(problem);
  return dir;
}

/** The content folder this process builds, serves or tests. */
export const contentDir = contentDirFor(process.env);

/** A path inside the content folder, absolute: `contentPath('kennisbank')`. */
export const contentPath = (...parts) => join(contentDir.path, ...parts);

/** A path inside the content folder as the bureau knows it, for messages: `content/kennisbank/x.mdx`. */
export const contentLabel = (...parts) => [contentDir.label, ...parts].join('/');
