// The machine-readable copy every intake attaches to the bureau's mail and posts to its webhook.

/** File name of a copy: `<intake>-<referentie>.json`, e.g. `aanbod-WP-4F7K-2Q.json`. */
export function copyFileName(intake: string, reference: string): string {
  return `${intake}-${reference}.json`;
}

/** A copy as the exact text that is attached and posted (the same bytes on every retry). */
export function serialiseCopy(copy: object): string {
  return `${JSON.stringify(copy, null, 2)}\n`;
}
