import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/content/page-schema';
import { createArticleSchema } from './lib/kennisbank/article-schema';
import { kennisbankLoader } from './lib/kennisbank/loader';
import { auteurs, onderwerpen } from './config/kennisbank';

/** Fixed pages that a bureau edits as MDX (privacy statement, disclaimer, accessibility statement). */
const paginas = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/paginas' }),
  schema: pageSchema,
});

const articleReferences = { onderwerpIds: onderwerpen.map((o) => o.id), auteurIds: auteurs.map((a) => a.id) };

/** Kennisbank articles; KENNISBANK_DIR points elsewhere for the 1,000-article benchmark. */
const kennisbank = defineCollection({
  loader: kennisbankLoader(process.env.KENNISBANK_DIR ?? './content/kennisbank', articleReferences),
  schema: createArticleSchema(articleReferences),
});

export const collections = { paginas, kennisbank };
