// Where the editor's "Preview" button leads in GitHub mode: the page on the preview deployment of the branch being
// edited (drafts and scheduled articles show there), or on the live site for the production branch.

/**
 * A branch name as it appears in a preview host name: lower case, every character other than a-z and 0-9 a hyphen
 * (Vercel's branch URLs do the same: "inhoud/BTW 2027" → "inhoud-btw-2027").
 */
export function branchLabel(branch: string): string {
  return branch.toLowerCase().replace(/[^a-z0-9]/g, '-');
}

/** What /api/voorbeeld knows: its query as Keystatic wrote it, and the site's settings. */
export interface PreviewRequest {
  /** The raw query, e.g. "?pad=/kennisbank/btw/&tak=inhoud/btw" ({branch} is inserted unencoded, so it goes last). */
  search: string;
  /** PREVIEW_URL_PATTERN, e.g. "https://mijnsite-git-{branch}-bureau.vercel.app"; empty when not set. */
  pattern: string;
  /** The branch the live site is built from (PRODUCTION_BRANCH, default main). */
  productionBranch: string;
  /** The live site, e.g. "https://www.voorbeeld.nl". */
  websiteUrl: string;
}

/** The outcome: an address to send the editor to, or why there is none (in Dutch, for the editor). */
export type PreviewTarget = { url: string } | { problem: string };

const SITE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;

export function previewTarget({ search, pattern, productionBranch, websiteUrl }: PreviewRequest): PreviewTarget {
  const match = /^\?pad=([^&]*)&tak=(.*)$/.exec(search);
  const path = match ? decodeURIComponent(match[1]!) : '';
  const branch = match ? decodeURIComponent(match[2]!) : '';
  // Only paths of this site, so the route cannot send anyone elsewhere.
  if (!SITE_PATH.test(path)) return { problem: 'Dit is geen adres van deze website.' };
  if (branch === '' || branch === productionBranch) return { url: new URL(path, websiteUrl).href };
  if (!pattern)
    return {
      problem:
        'Er is geen voorbeeldadres ingesteld (PREVIEW_URL_PATTERN). Vraag degene die de website beheert om het in te stellen; de README beschrijft hoe.',
    };
  const origin = pattern.replace('{branch}', branchLabel(branch)).replace(/\/+$/, '');
  return { url: `${origin}${path}` };
}
