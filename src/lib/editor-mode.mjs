// Where the bureau's editor (Keystatic, at /keystatic) exists, decided once per `astro dev` or `astro build`:
// - `astro dev`: local mode, saving straight into the content folder (CONTENT_DIR, default content/) of the working tree;
// - a build with KEYSTATIC_GITHUB_REPO and PUBLIC_KEYSTATIC_GITHUB_APP_SLUG set: GitHub mode (every save is a commit
//   or a branch in that repository; the login secrets are read when the server runs);
// - any other build: no editor at all (no /keystatic routes, no React, no write API on the public site).

/** @typedef {'local' | 'github' | 'off'} EditorMode */

/**
 * @param {'dev' | 'build' | 'preview' | 'sync'} command the Astro command being run
 * @param {Record<string, string | undefined>} env
 * @returns {EditorMode}
 */
export function editorMode(command, env) {
  if (env.KEYSTATIC === '0') return 'off';
  const repo = env.KEYSTATIC_GITHUB_REPO?.trim();
  const appSlug = env.PUBLIC_KEYSTATIC_GITHUB_APP_SLUG?.trim();
  if (repo || appSlug) {
    if (!repo || !appSlug) {
      const missing = repo ? 'PUBLIC_KEYSTATIC_GITHUB_APP_SLUG' : 'KEYSTATIC_GITHUB_REPO';
      throw new Error(
        `${missing} ontbreekt: de redactieomgeving in GitHub-modus heeft KEYSTATIC_GITHUB_REPO én PUBLIC_KEYSTATIC_GITHUB_APP_SLUG nodig.`,
      );
    }
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
      throw new Error(`KEYSTATIC_GITHUB_REPO: "${repo}" moet de vorm eigenaar/naam hebben.`);
    return 'github';
  }
  return command === 'dev' ? 'local' : 'off';
}

/** Secrets the editor's server needs in GitHub mode, read when the server runs (never built into the site). */
export const EDITOR_SECRETS = /** @type {const} */ ([
  'KEYSTATIC_GITHUB_CLIENT_ID',
  'KEYSTATIC_GITHUB_CLIENT_SECRET',
  'KEYSTATIC_SECRET',
]);

/**
 * The GitHub-mode secrets missing from `env`, so the editor can say what is wrong instead of half working.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function missingEditorSecrets(env) {
  return EDITOR_SECRETS.filter((name) => !env[name]?.trim());
}
