// What the layout puts in <head>: the document title and structured data.

/** Builds the document title: "Page | Bureau", the bureau name alone for the home page. */
export function pageTitle(title: string | undefined, siteName: string): string {
  const trimmed = title?.trim();
  if (!trimmed || trimmed === siteName) return siteName;
  return `${trimmed} | ${siteName}`;
}

/** Serialises structured data for a `<script type="application/ld+json">` without allowing `</script>` breakouts. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
