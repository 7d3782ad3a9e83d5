/** A call to action shown at the end of an article. */
export interface CallToAction {
  /** Heading of the block. */
  titel: string;
  /** One sentence explaining the next step. */
  tekst: string;
  /** Button text (describes the destination, no "klik hier"). */
  label: string;
  /** Target path with trailing slash. */
  href: string;
}

const calculators: Record<string, CallToAction> = {
  'no-riskpolis': {
    titel: 'Reken het zelf uit',
    tekst: 'Zie met de rekenhulp wat de no-riskpolis en het loonkostenvoordeel voor u kunnen betekenen.',
    label: 'Naar de rekenhulp no-riskpolis',
    href: '/rekenhulpen/no-riskpolis/',
  },
  verzuimkosten: {
    titel: 'Wat kost verzuim u?',
    tekst: 'Maak met de rekenhulp een schatting van de kosten van een langdurig zieke werknemer.',
    label: 'Naar de rekenhulp verzuimkosten',
    href: '/rekenhulpen/verzuimkosten/',
  },
  werkervaringsplaats: {
    titel: 'Wat kost een werkervaringsplaats, en wat levert die op?',
    tekst: 'Bereken met de rekenhulp wat een werkervaringsplaats u kost en oplevert.',
    label: 'Naar de rekenhulp werkervaringsplaats',
    href: '/rekenhulpen/werkervaringsplaats/',
  },
};

const offerForm: CallToAction = {
  titel: 'Biedt u een werkervaringsplaats aan?',
  tekst: 'Meld uw plek in een paar minuten aan. Wij nemen daarna contact met u op.',
  label: 'Werkervaringsplaats aanbieden',
  href: '/aanbieden/',
};

/** Topic → calculator, in order of priority. */
const topicToCalculator: ReadonlyArray<[string, string]> = [
  ['no-riskpolis', 'no-riskpolis'],
  ['loonkostenvoordeel', 'no-riskpolis'],
  ['verzuimkosten', 'verzuimkosten'],
];

/**
 * The most fitting next step: a calculator for cost and subsidy topics, the offer form for articles aimed at
 * host organisations (inleners), otherwise the werkervaringsplaats calculator.
 */
export function chooseCallToAction(onderwerpen: readonly string[], doelgroep: readonly string[]): CallToAction {
  for (const [topic, calculator] of topicToCalculator) {
    if (onderwerpen.includes(topic)) return calculators[calculator] as CallToAction;
  }
  if (doelgroep.includes('inlener')) return offerForm;
  return calculators.werkervaringsplaats as CallToAction;
}
