import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './data/article-loader';
import { authors, topics } from './data/taxonomy';
import { createArticleSchema } from './schemas/article';
import { pageSchema } from './schemas/page';

/** Fixed pages that a bureau edits as MDX (privacy statement, disclaimer, accessibility statement). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/paginas' }),
  schema: pageSchema,
});

const articleReferences = { topicIds: topics.map((t) => t.id), authorIds: authors.map((a) => a.id) };

/** Kennisbank articles; KENNISBANK_DIR points elsewhere for the benchmark and for tests on fixture content. */
const articles = defineCollection({
  loader: articleLoader(process.env.KENNISBANK_DIR ?? './content/kennisbank', articleReferences),
  schema: createArticleSchema(articleReferences),
});

// The calculators' page texts (content/rekenhulpen/*.mdx) are imported directly by src/data/calculators.ts.
export const collections = { pages, articles };
