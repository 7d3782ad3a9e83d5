// The disclaimer once per article: most articles end with their own, worded for their subject ("U kunt er geen rechten
// aan ontlenen. Vraag bij UWV na …"); the page adds the general one only to an article without it.

/** The phrase every disclaimer of the site contains, in any of the ways the articles word it. */
const DISCLAIMER = /\bgeen\s+rechten\b/i;

/** True when the article's own text (MDX body) already says that no rights can be derived from it. */
export function articleHasDisclaimer(body: string): boolean {
  return DISCLAIMER.test(body);
}
