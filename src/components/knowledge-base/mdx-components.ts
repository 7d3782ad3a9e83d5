// The components editors can use in every article without an import (see content/BESTANDEN.md, "Bouwstenen in een artikel"). The keys are the
// Dutch names editors type; the files have English names like the rest of the code.
import ArticleCalculator from './ArticleCalculator.astro';
import Callout from './Callout.astro';
import Example from './Example.astro';
import Term from './Term.astro';
import FrequentlyAskedQuestions from './FrequentlyAskedQuestions.astro';
import GatekeeperTimeline from './GatekeeperTimeline.astro';
import KeyFigure from './KeyFigure.astro';
import KeyFigures from './KeyFigures.astro';

export const articleComponents = {
  Callout,
  Kerncijfers: KeyFigures,
  Kerncijfer: KeyFigure,
  PoortwachterTijdlijn: GatekeeperTimeline,
  VeelgesteldeVragen: FrequentlyAskedQuestions,
  Voorbeeld: Example,
  Rekenhulp: ArticleCalculator,
  // Inserted by the glossary plugin at the first use of each term (editors do not type it).
  Begrip: Term,
};
