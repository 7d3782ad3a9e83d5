import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPath } from './cli/content-dir.mjs';
import { articleLoader } from './data/article-loader';
import { authorIds } from './data/people';
import { topics } from './data/taxonomy';
import { createArticleSchema } from './schemas/article';
import { pageSchema } from './schemas/page';

/** Fixed pages that a bureau edits as MDX (privacy statement, disclaimer, accessibility statement). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentPath('paginas') }),
  schema: pageSchema,
});

const articleReferences = { topicIds: topics.map((t) => t.id), authorIds };

/** Kennisbank articles, from kennisbank/ of the content folder (CONTENT_DIR). */
const articles = defineCollection({
  loader: articleLoader(contentPath('kennisbank'), articleReferences),
  schema: createArticleSchema(articleReferences),
});

// The calculators' page texts (rekenhulpen/*.mdx) are imported directly by src/data/calculators.ts.
export const collections = { pages, articles };
