// @ts-check
// A minimal equivalent of Astro's blog example (withastro/astro examples/blog): MDX, sitemap, RSS, one layout.
// BLOG_CONTENT_DIR points the posts at another folder (the build benchmark's generated articles).
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.com',
  integrations: [mdx(), sitemap()],
});
