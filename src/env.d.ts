/// <reference types="astro/client" />

/** The DEPLOY_TARGET this build was made for (set by `vite.define` in astro.config.mjs). */
declare const __DEPLOY_TARGET__: import('./lib/deploy/target.mjs').DeployTarget;
