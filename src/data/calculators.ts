// The calculators as the pages use them: the catalogue (rules) joined with each one's page text from
// content/rekenhulpen/<slug>.mdx. A calculator without a text, or a text without a calculator, stops the build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { CALCULATORS, calculatorPath, type CalculatorEntry, type CalculatorSlug } from '../lib/calculators/catalogue';
import type { CalculatorCallToAction } from '../lib/knowledge-base/call-to-action';

/** One calculator with its page text. */
export interface CalculatorPage {
  slug: CalculatorSlug;
  entry: CalculatorEntry;
  content: CollectionEntry<'calculatorPages'>;
}

/** Every calculator with its page text, in list order. */
export async function getCalculatorPages(): Promise<CalculatorPage[]> {
  const texts = await getCollection('calculatorPages');
  const slugs = new Set<string>(CALCULATORS.map((entry) => entry.slug));
  const strays = texts.filter((text) => !slugs.has(text.id)).map((text) => `content/rekenhulpen/${text.id}.mdx`);
  if (strays.length > 0)
    throw new Error(
      `Geen rekenhulp bij ${strays.join(', ')}: de bestandsnaam moet de naam van een rekenhulp zijn (${[...slugs].join(', ')}).`,
    );
  return CALCULATORS.map((entry) => {
    const content = texts.find((text) => text.id === entry.slug);
    if (!content)
      throw new Error(`De rekenhulp "${entry.slug}" heeft geen tekst: maak content/rekenhulpen/${entry.slug}.mdx aan.`);
    return { slug: entry.slug, entry, content };
  }).sort((a, b) => a.content.data.volgorde - b.content.data.volgorde);
}

/** One calculator with its page text. */
export async function getCalculatorPage(slug: CalculatorSlug): Promise<CalculatorPage> {
  return (await getCalculatorPages()).find((page) => page.slug === slug)!;
}

/** Each calculator's call to action, in list order, for the end of articles. */
export async function getCalculatorCallsToAction(): Promise<CalculatorCallToAction[]> {
  return (await getCalculatorPages()).map(({ slug, content }) => ({
    title: content.data.oproep.titel,
    text: content.data.oproep.tekst,
    label: `Naar de rekenhulp ${slug}`,
    href: calculatorPath(slug),
    topics: content.data.onderwerpen,
  }));
}
