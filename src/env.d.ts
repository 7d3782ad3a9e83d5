/// <reference types="astro/client" />

/** The DEPLOY_TARGET this build was made for (set by `vite.define` in astro.config.mjs). */
declare const __DEPLOY_TARGET__: import('./lib/deploy-target.mjs').DeployTarget;

/** The content folder as the bureau knows it, e.g. `content` (CONTENT_DIR, set by `vite.define` in astro.config.mjs). */
declare const __CONTENT_DIR__: string;

declare namespace App {
  interface Locals {
    /** FAQ items of the article being rendered, read by <VeelgesteldeVragen />. */
    articleQuestions?: { vraag: string; antwoord: string }[];
    /** Calculators already placed on the page being rendered: each may appear once (ids, form names and URL state). */
    calculatorsOnPage?: Set<string>;
    /** Glossary terms whose definition the page being rendered already shows (one popover per term). */
    termsOnPage?: Set<string>;
  }
}
