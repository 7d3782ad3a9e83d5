// Calculator inputs live in the query string, namespaced per calculator ("wep.uren=24") so an article
// can hold several calculators and keep its own, unrelated query parameters.

/** Reads the values for one calculator from a query string. */
export function readUrlValues(search: string, prefix: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(`${prefix}.${key}`);
    if (value !== null) values[key] = value;
  }
  return values;
}

/** Returns a new query string (with "?" or empty) holding these values; other parameters stay as they are. */
export function writeUrlValues(
  search: string,
  prefix: string,
  keys: readonly string[],
  values: Record<string, string>,
): string {
  const params = new URLSearchParams(search);
  for (const key of keys) {
    const value = values[key];
    if (value === undefined) params.delete(`${prefix}.${key}`);
    else params.set(`${prefix}.${key}`, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
