// @ts-check
// The smallest Astro project with an on-demand endpoint on the Node adapter: the baseline the offer function's
// CPU time per request is compared with (tests/bench/offer-load.mjs).
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  adapter: node({ mode: 'standalone' }),
});
