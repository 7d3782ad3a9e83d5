/// <reference types="astro/client" />

/** The DEPLOY_TARGET this build was made for (set by `vite.define` in astro.config.mjs). */
declare const __DEPLOY_TARGET__: import('./lib/deploy-target.mjs').DeployTarget;

/** The content folder as the bureau knows it, e.g. `content` (CONTENT_DIR, set by `vite.define` in astro.config.mjs). */
declare const __CONTENT_DIR__: string;

/** The day this build counts as today, YYYY-MM-DD (BUILD_DATE or Amsterdam's date; src/lib/publication-settings.ts). */
declare const __BUILD_DATE__: string;

/** Whether this build shows drafts and scheduled articles: `astro dev` and preview builds only. */
declare const __SHOW_UNPUBLISHED__: boolean;

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

/** The bureau's brand colours as Tailwind theme variables (src/integrations/bureau-identity.mjs). */
declare module 'virtual:bureau-brand.css';

/** The bureau's logo file, for the favicon and share image endpoints (src/integrations/bureau-identity.mjs). */
declare module 'virtual:bureau-logo' {
  export const logo: { type: 'svg' | 'png'; base64: string };
}

/** The pictures bureau.yaml names, by their path there (src/integrations/bureau-identity.mjs). */
declare module 'virtual:bureau-pictures' {
  export const pictures: Record<string, import('astro').ImageMetadata>;
}
