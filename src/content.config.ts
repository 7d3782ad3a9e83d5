import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './data/article-loader';
import { authors, topics } from './data/taxonomy';
import { createArticleSchema } from './schemas/article';
import { calculatorPageSchema } from './schemas/calculator-page';
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

/** The page text of each calculator: title, introduction, call to action and "Hoe rekenen we dit?". */
const calculatorPages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/rekenhulpen' }),
  schema: calculatorPageSchema,
});

export const collections = { pages, articles, calculatorPages };
