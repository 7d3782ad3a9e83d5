import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { bureau } from '../../data/bureau';
import { articlePath, getArticles } from '../../data/articles';
import { sortByPublished } from '../../lib/knowledge-base/listing';

/** RSS feed of all published kennisbank articles, newest first. */
export async function GET(context: APIContext) {
  const articles = sortByPublished(await getArticles());
  return rss({
    title: `Kennisbank | ${bureau.naam}`,
    description: 'Nieuwe artikelen over werkervaringsplaatsen, het tweede spoor, de no-riskpolis en verzuimkosten.',
    site: context.site ?? bureau.websiteUrl,
    trailingSlash: true,
    customData: '<language>nl-NL</language>',
    items: articles.map((article) => ({
      title: article.data.titel,
      description: article.data.omschrijving,
      pubDate: article.data.gepubliceerd,
      link: articlePath(article),
      categories: article.data.onderwerpen,
    })),
  });
}
