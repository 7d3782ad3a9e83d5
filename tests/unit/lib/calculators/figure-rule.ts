// The site's figure rule (plan/CONTENT-RULES.md), for visible text made in code: every euro amount, percentage or
// number of weeks sits in a sentence that also carries a four-digit year. Used on hints, notes and planner texts.

const FIGURE =
  /€\s?\d|\d\s?%|\d+(,\d+)?\s?(procent|procentpunt)\b|\b\d+\s+weken\b|\bweek\s+\d+\b|\b(zes|acht|twaalf)\s+weken\b/i;
const YEAR = /\b20\d\d\b/;

/** The sentences of `text` that state a figure without a year (empty when the text follows the rule). */
export function sentencesBreakingFigureRule(text: string): string[] {
  return text.split(/(?<=[.?!])\s+(?=[A-Z0-9'"(])/).filter((sentence) => FIGURE.test(sentence) && !YEAR.test(sentence));
}
