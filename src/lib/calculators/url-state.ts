// Calculator inputs live in the query string, namespaced per calculator ("wep.uren=24") so an article
// can hold several calculators and keep its own, unrelated query parameters.

/** The query parameter (and form control name) of one calculator input. */
export const urlParamName = (prefix: string, key: string): string => `${prefix}.${key}`;

/** Reads the values for one calculator from a query string. */
export function readUrlValues(search: string, prefix: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(urlParamName(prefix, key));
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
    if (value === undefined) params.delete(urlParamName(prefix, key));
    else params.set(urlParamName(prefix, key), value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
