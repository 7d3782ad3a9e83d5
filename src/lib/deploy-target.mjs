// Which platform `npm run build` builds for, chosen by the DEPLOY_TARGET environment variable.
// Plain JavaScript so astro.config.mjs and the build scripts in src/cli/ can import it without a build step.

/** @typedef {'node' | 'vercel'} DeployTarget */

/** Every supported value of DEPLOY_TARGET; the first is the default. */
export const DEPLOY_TARGETS = /** @type {const} */ (['node', 'vercel']);

/**
 * Where a target's build ends up.
 * @type {Record<DeployTarget, { outDir: string; staticDir: string }>}
 */
export const BUILD_DIRS = {
  // The Node standalone server: dist/server runs it, dist/client holds the static files.
  node: { outDir: 'dist', staticDir: 'dist/client' },
  // Vercel: Astro builds into a scratch folder (leaving dist/ alone), the adapter writes .vercel/output/.
  vercel: { outDir: '.vercel/astro-build', staticDir: '.vercel/output/static' },
};

/**
 * Reads DEPLOY_TARGET; unset or empty means the Node server. Any other value throws one clear message.
 * @param {Record<string, string | undefined>} env
 * @returns {DeployTarget}
 */
export function resolveDeployTarget(env) {
  const value = (env.DEPLOY_TARGET ?? '').trim().toLowerCase();
  if (value === '') return 'node';
  const target = DEPLOY_TARGETS.find((known) => known === value);
  if (!target) {
    throw new Error(
      `Unknown DEPLOY_TARGET "${env.DEPLOY_TARGET}". Use one of: ${DEPLOY_TARGETS.join(', ')} (unset means node).`,
    );
  }
  return target;
}

/**
 * Whether files written at run time survive between requests: true for the long-running Node server,
 * false for serverless functions (their disk is temporary and not shared between instances).
 * @param {DeployTarget} target
 */
export function hasPersistentDisk(target) {
  return target === 'node';
}
