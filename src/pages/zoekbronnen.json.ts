// The search records besides the articles (src/data/search-records.ts), written at build time for src/cli/search-index.mjs,
// which adds them to the index and deletes this file from the build.
import type { APIRoute } from 'astro';
import { searchRecords } from '../data/search-records';

export const prerender = true;

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchRecords()));
