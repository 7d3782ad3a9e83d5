// Where the editor's "Preview" button opens a page. In local mode: the page on the dev server, which shows drafts. In
// GitHub mode the editor runs on the production site, where a draft does not exist, so the button goes through
// /api/voorbeeld (src/pages/api/voorbeeld.ts), which sends it to the preview deployment of the branch being edited.

// Set by src/integrations/editor.mjs; absent outside an Astro build (tests) → local.
declare const __EDITOR_STORAGE__: 'local' | 'github' | undefined;

const storageKind = typeof __EDITOR_STORAGE__ === 'undefined' ? 'local' : __EDITOR_STORAGE__;

/**
 * The previewUrl for pages under `path` ("/kennisbank/{slug}/"). Keystatic fills in {slug} and {branch} as they are,
 * without encoding, so the branch goes last in the query and the route reads everything after `tak=`.
 */
export function previewUrl(path: string): string {
  return storageKind === 'github' ? `/api/voorbeeld?pad=${path}&tak={branch}` : path;
}
