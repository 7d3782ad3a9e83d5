// The articles and tools a service page links to. A slug that names nothing stops the build with a Dutch message
// naming the service's file and the field; a draft article is checked but not linked.
import { getCollection } from 'astro:content';
import { ConfigError } from '../lib/friendly-errors';
import { missingServiceReferences } from '../lib/bureau/services';
import { calculatorPath, TOOL_SLUGS, type ToolSlug } from '../lib/calculators/catalogue';
import { articlePath, getArticles } from './articles';
import { getToolPages } from './calculators';
import { serviceFile, type Service } from './services';

export interface ServiceLink {
  title: string;
  href: string;
}

/** The published articles and the tools of a service, in the order its file names them. */
export async function serviceLinks(service: Service): Promise<{ articles: ServiceLink[]; tools: ServiceLink[] }> {
  const allArticles = await getCollection('articles');
  const problems = missingServiceReferences(service.data, {
    articles: allArticles.map((article) => article.id),
    tools: TOOL_SLUGS,
  });
  if (problems.length > 0) throw new ConfigError(`Fout in ${serviceFile(service.slug)}:\n${problems.join('\n')}`);
  const published = await getArticles();
  const toolPages = await getToolPages();
  return {
    articles: service.data.artikelen.flatMap((slug) => {
      const article = published.find((entry) => entry.id === slug);
      return article ? [{ title: article.data.titel, href: articlePath(article) }] : [];
    }),
    tools: service.data.rekenhulpen.map((slug) => {
      const tool = toolPages.find((page) => page.slug === slug)!;
      return { title: tool.content.data.titel, href: calculatorPath(slug as ToolSlug) };
    }),
  };
}
