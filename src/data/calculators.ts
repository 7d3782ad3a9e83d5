// The tools as the pages use them: the catalogue (rules) joined with each one's page text from
// rekenhulpen/<slug>.mdx of the content folder. A tool without a text, or a text without a tool, stops the build.
// The texts are imported as MDX modules, not read through astro:content: the tools' on-demand result pages use them,
// and astro:content would bring every collection (all kennisbank articles) into the server's bundle.
import type { MDXInstance } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import {
  CALCULATORS,
  calculatorPath,
  isCalculatorSlug,
  TOOL_SLUGS,
  type CalculatorEntry,
  type CalculatorSlug,
  type ToolSlug,
} from '../lib/calculators/catalogue';
import type { CalculatorCallToAction } from '../lib/knowledge-base/call-to-action';
import { parseCalculatorPageFrontmatter, type CalculatorPageData } from '../schemas/calculator-page';

/** A tool's page text: its validated frontmatter and its body ("Hoe rekenen we dit?") as a component. */
export interface ToolText {
  /** The file name without `.mdx`: the tool's slug. */
  id: string;
  data: CalculatorPageData;
  Content: AstroComponentFactory;
}

/** One tool with its page text. */
export interface ToolPage {
  slug: ToolSlug;
  content: ToolText;
}

/** One calculator with its page text. */
export interface CalculatorPage extends ToolPage {
  slug: CalculatorSlug;
  entry: CalculatorEntry;
}

const textModules = import.meta.glob<MDXInstance<Record<string, unknown>>>('@content/rekenhulpen/*.mdx', {
  eager: true,
});

/** A tool's page text as the bureau knows the file: `content/rekenhulpen/<slug>.mdx`. */
const textFile = (slug: string) => `${__CONTENT_DIR__}/rekenhulpen/${slug}.mdx`;

const texts: ToolText[] = Object.entries(textModules).map(([path, module]) => {
  const id = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return { id, data: parseCalculatorPageFrontmatter(module.frontmatter, textFile(id)), Content: module.Content };
});

/** Every tool with its page text, in list order (`volgorde`). */
export async function getToolPages(): Promise<ToolPage[]> {
  const slugs = new Set<string>(TOOL_SLUGS);
  const strays = texts.filter((text) => !slugs.has(text.id)).map((text) => textFile(text.id));
  if (strays.length > 0)
    throw new Error(
      `Geen rekenhulp bij ${strays.join(', ')}: de bestandsnaam moet de naam van een rekenhulp zijn (${[...slugs].join(', ')}).`,
    );
  return TOOL_SLUGS.map((slug) => {
    const content = texts.find((text) => text.id === slug);
    if (!content) throw new Error(`De rekenhulp "${slug}" heeft geen tekst: maak ${textFile(slug)} aan.`);
    return { slug, content };
  }).sort((a, b) => a.content.data.volgorde - b.content.data.volgorde);
}

/** One tool with its page text. */
export async function getToolPage(slug: ToolSlug): Promise<ToolPage> {
  return (await getToolPages()).find((page) => page.slug === slug)!;
}

/** Every calculator (spec-driven tool) with its page text, in list order. */
export async function getCalculatorPages(): Promise<CalculatorPage[]> {
  return (await getToolPages()).flatMap((page) => {
    if (!isCalculatorSlug(page.slug)) return [];
    const slug = page.slug;
    return [{ ...page, slug, entry: CALCULATORS.find((entry) => entry.slug === slug)! }];
  });
}

/** One calculator with its page text. */
export async function getCalculatorPage(slug: CalculatorSlug): Promise<CalculatorPage> {
  return (await getCalculatorPages()).find((page) => page.slug === slug)!;
}

/** Each tool's call to action, in list order, for the end of articles. */
export async function getCalculatorCallsToAction(): Promise<CalculatorCallToAction[]> {
  return (await getToolPages()).map(({ slug, content }) => ({
    title: content.data.oproep.titel,
    text: content.data.oproep.tekst,
    label: `Naar de rekenhulp ${slug}`,
    href: calculatorPath(slug),
    topics: content.data.onderwerpen,
  }));
}
