/** A call to action shown at the end of an article. */
export interface CallToAction {
  /** Heading of the block. */
  title: string;
  /** One sentence explaining the next step. */
  text: string;
  /** Button text (describes the destination, no "klik hier"). */
  label: string;
  /** Target path with trailing slash. */
  href: string;
  /** A second way on, shown as a plain link under the button (employers: ask the bureau for help). */
  alsoLink?: { label: string; href: string };
}

/** A calculator's call to action, with the topics whose articles point to it. */
export interface CalculatorCallToAction extends CallToAction {
  topics: readonly string[];
}

const offerForm: CallToAction = {
  title: 'Biedt u een werkervaringsplaats aan?',
  text: 'Meld uw plek in een paar minuten aan. Wij nemen daarna contact met u op.',
  label: 'Werkervaringsplaats aanbieden',
  href: '/aanbieden/',
};

/** The employer's request form (src/lib/request/prefill.ts has its address). */
const requestForm = { label: 'Of vraag ons om hulp bij uw zieke werknemer', href: '/aanvragen/' } as const;

/**
 * The most fitting next step: the first calculator (in list order) whose topics the article shares, the offer form
 * for articles aimed at host organisations (inleners), otherwise the first calculator of the list. Articles for
 * employers (werkgevers) also link to the request form.
 */
export function chooseCallToAction(
  articleTopics: readonly string[],
  articleAudiences: readonly string[],
  calculators: readonly CalculatorCallToAction[],
): CallToAction {
  const byTopic = calculators.find((calculator) => calculator.topics.some((topic) => articleTopics.includes(topic)));
  const chosen =
    byTopic ?? (articleAudiences.includes('inlener') || calculators.length === 0 ? offerForm : calculators[0]!);
  return articleAudiences.includes('werkgever') ? { ...chosen, alsoLink: requestForm } : chosen;
}
