import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/content/page-schema';

/** Fixed pages that a bureau edits as MDX (privacy statement, disclaimer, accessibility statement). */
const paginas = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/paginas' }),
  schema: pageSchema,
});

export const collections = { paginas };
