/** Average reading speed for plain Dutch web text, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Strips MDX syntax (imports, tags, links, markup) so only readable words remain. */
export function plainTextFromMdx(body: string): string {
  return body
    .replace(/^\s*(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~{}]/g, ' ');
}

/** Number of words in an MDX body. */
export function countWords(body: string): number {
  return plainTextFromMdx(body)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Reading time in whole minutes (at least 1), from the raw MDX body without rendering it. */
export function readingTimeMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(body) / wordsPerMinute));
}
