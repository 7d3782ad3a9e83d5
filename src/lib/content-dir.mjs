// Which folder holds the bureau's content (bureau.yaml, kennisbank/, rekenhulpen/ …), chosen by the CONTENT_DIR
// environment variable: the demo's content/ by default, the fixture site for the test suites, a generated folder for
// the benchmark. Plain JavaScript so astro.config.mjs, the test configs, the CLI scripts and the bench can import it
// without a build step; src/cli/content-dir.mjs applies it to the running process.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The content folder when CONTENT_DIR is unset or empty, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content';

/** The file every content folder has; without it the folder is not a bureau's content. */
export const BUREAU_FILE = 'bureau.yaml';

/**
 * @typedef {object} ContentDir
 * @property {string} path The folder, absolute.
 * @property {string} label The folder as the bureau knows it: relative to the project root with forward slashes
 *   (`content`, `tests/fixtures/site`), or the absolute path when it lies outside the project.
 * @property {boolean} insideProject True when the folder lies inside the project (the editor's GitHub mode needs that).
 */

/**
 * Reads CONTENT_DIR: a folder relative to the project root, or an absolute one; unset or empty means content/.
 * @param {Record<string, string | undefined>} env
 * @param {string} projectRoot absolute path of the project (the folder of astro.config.mjs)
 * @returns {ContentDir}
 */
export function resolveContentDir(env, projectRoot) {
  const value = (env.CONTENT_DIR ?? '').trim() || DEFAULT_CONTENT_DIR;
  const path = resolve(projectRoot, value);
  const fromRoot = relative(projectRoot, path);
  const insideProject = fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  return { path, label: insideProject ? fromRoot.split(sep).join('/') : path, insideProject };
}

/**
 * What is wrong with a content folder, as one message naming CONTENT_DIR; undefined when nothing is.
 * @param {ContentDir} dir
 * @param {(path: string) => boolean} exists whether a file or folder exists (passed in: this module reads no files)
 * @returns {string | undefined}
 */
export function contentDirProblem(dir, exists) {
  const missing = !exists(dir.path)
    ? 'bestaat niet'
    : !exists(resolve(dir.path, BUREAU_FILE))
      ? `heeft geen ${BUREAU_FILE}`
      : '';
  if (!missing) return undefined;
  return (
    `De map met de inhoud van de website (CONTENT_DIR) ${missing}: ${dir.label}.\n` +
    `Zet CONTENT_DIR op een map met ${BUREAU_FILE}, kennisbank/ en rekenhulpen/ (zoals content/), of laat CONTENT_DIR ` +
    `leeg voor ${DEFAULT_CONTENT_DIR}/.\n` +
    `(CONTENT_DIR must name a content folder with ${BUREAU_FILE}; "${dir.path}" ${missing === 'bestaat niet' ? 'does not exist' : `has no ${BUREAU_FILE}`}.)`
  );
}
