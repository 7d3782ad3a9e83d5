// Starts the production server built by `npm run build` (Astro's Node adapter, standalone mode).
import './require-node.mjs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../dist/server/entry.mjs', import.meta.url));
if (!existsSync(entry)) {
  console.error('No production build found (dist/server/entry.mjs). Run `npm run build` first, or use `npm start`.');
  process.exit(1);
}

process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '4321';
console.log(`Serving the site on http://localhost:${process.env.PORT}/ (stop with Ctrl+C)`);
await import(entry);
