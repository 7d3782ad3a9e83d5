/** Builds the document title: "Page | Bureau", the bureau name alone for the home page. */
export function pageTitle(title: string | undefined, siteName: string): string {
  const trimmed = title?.trim();
  if (!trimmed || trimmed === siteName) return siteName;
  return `${trimmed} | ${siteName}`;
}
