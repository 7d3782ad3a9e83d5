// Adds the bureau's editor (Keystatic at /keystatic, with React for its admin app only) where
// src/lib/editor-mode.mjs allows it. Public pages never load React: the Preact integration owns src/components/,
// React only Keystatic's own files and src/cms/. The routes are injected here rather than by @keystatic/astro's
// integration, which would also bind the server to 127.0.0.1 and require a keystatic.config file at the top level.
import { mkdirSync, writeFileSync } from 'node:fs';
import react from '@astrojs/react';
import { contentDir } from '../cli/content-dir.mjs';
import { editorMode } from '../lib/editor-mode.mjs';

/**
 * The files of the site's islands for the Preact renderer: modules under src/components/ without a query, with a
 * script extension or none (an island's component URL has none). Styles and .astro files are left to their own
 * plugins; a JSX transform would fail on them.
 */
export const ISLAND_FILES = /\/src\/components\/(?:[^/?]+\/)*[^/.?]+(?:\.[cm]?[jt]sx?)?$/;

/** The editor's own modules for the React renderer, matched the same way. */
const EDITOR_FILES = [
  /\/node_modules\/@keystatic\/[^?]*\.[cm]?[jt]sx?$/,
  /\/src\/cms\/(?:[^/?]+\/)*[^/.?]+(?:\.[cm]?[jt]sx?)?$/,
];

/**
 * Keystatic 0.6.9 gives each heading level of `heading: [2, 3]` the icon and hint of its position in that list instead
 * of its level ("Heading 2" gets the H1 icon). Patched where Vite reads the package: in the dependency optimiser (dev)
 * and in the build. Fails loudly when the code is no longer there (another version: remove or update this patch).
 */
const HEADING_ICON_BUG = '...levelsMeta[index],';
const keystaticHeadingIcons = {
  name: 'site:keystatic-heading-icons',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/@keystatic[\\/]core[\\/]dist[\\/]index-[^\\/]+\.js$/.test(id) || !code.includes('const levelsMeta'))
      return null;
    if (!code.includes(HEADING_ICON_BUG))
      throw new Error(
        `${id}: Keystatic changed; remove or update the heading icon patch in src/integrations/editor.mjs`,
      );
    return { code: code.replace(HEADING_ICON_BUG, '...levelsMeta[level - 1],'), map: null };
  },
};

/** @returns {import('astro').AstroIntegration} */
export default function editor() {
  return {
    name: 'site:editor',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, logger }) => {
        const mode = editorMode(command, process.env);
        if (mode === 'off') return;
        // Keystatic saves to paths relative to the repository (src/cms/content-folder.ts).
        if (!contentDir.insideProject)
          throw new Error(
            `De redactieomgeving kan alleen opslaan in een map binnen het project, niet in CONTENT_DIR=${contentDir.label}. ` +
              'Zet KEYSTATIC=0 om zonder redactieomgeving te werken.',
          );
        logger.info(
          `Redactieomgeving op /keystatic (${mode === 'local' ? `lokaal: opslaan in ${contentDir.label}/` : 'GitHub-modus'})`,
        );
        // Lets Vite pre-bundle the editor's dependencies on start instead of reloading the page on first visit.
        const dotAstro = new URL('./.astro/', config.root);
        mkdirSync(dotAstro, { recursive: true });
        writeFileSync(
          new URL('editor-imports.js', dotAstro),
          'import "@keystatic/astro/ui";\nimport "@keystatic/astro/api";\nimport "@keystatic/core/ui";\n',
        );
        updateConfig({
          integrations: [react({ include: EDITOR_FILES })],
          vite: {
            optimizeDeps: {
              entries: ['src/cms/config.ts', '.astro/editor-imports.js'],
              rolldownOptions: { plugins: [keystaticHeadingIcons] },
            },
            plugins: [keystaticHeadingIcons],
            // Compiled into the editor's server and browser bundles alike (src/cms/config.ts reads them).
            define: {
              __EDITOR_STORAGE__: JSON.stringify(mode),
              __EDITOR_GITHUB_REPO__: JSON.stringify(process.env.KEYSTATIC_GITHUB_REPO?.trim() ?? ''),
              __EDITOR_BRANCH_PREFIX__: JSON.stringify(process.env.KEYSTATIC_BRANCH_PREFIX?.trim() ?? ''),
            },
          },
        });
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: './src/cms/EditorPage.astro', prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: './src/cms/editor-api.ts', prerender: false });
        // The editor's "Preview" button in GitHub mode: to the page on the preview deployment of the branch.
        if (mode === 'github')
          injectRoute({ pattern: '/api/voorbeeld', entrypoint: './src/cms/preview-redirect.ts', prerender: false });
      },
    },
  };
}
