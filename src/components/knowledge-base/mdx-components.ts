// The components editors can use in every article without an import (see content/README.md). The keys are the
// Dutch names editors type; the files have English names like the rest of the code.
import ArticleCalculator from './ArticleCalculator.astro';
import Callout from './Callout.astro';
import Example from './Example.astro';
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
};
