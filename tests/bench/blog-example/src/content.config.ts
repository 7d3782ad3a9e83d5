import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  // Markdown and MDX posts in src/content/blog/, or in BLOG_CONTENT_DIR for the benchmark.
  loader: glob({ base: process.env.BLOG_CONTENT_DIR ?? './src/content/blog', pattern: '**/*.{md,mdx}' }),
  // Type-check frontmatter using a schema (as the example does).
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      heroImage: z.optional(image()),
    }),
});

export const collections = { blog };
