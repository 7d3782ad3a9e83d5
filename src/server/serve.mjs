// Production server for the Node build (`npm run build`): Astro's standalone handler behind a thin wrapper
// that adds the security headers to every response (static files included), compresses text responses
// (Astro's Node server sends them uncompressed) and redirects to canonical trailing slashes.
import '../cli/require-node.mjs';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import compression from 'compression';
import { fileURLToPath } from 'node:url';
import { productionResponseHeaders } from '../lib/http/security-headers.mjs';
import { METHOD_NOT_ALLOWED_MESSAGE, methodNotAllowed } from '../lib/http/request-rules.mjs';
import { trailingSlashRedirect } from '../lib/http/trailing-slash.mjs';

const entry = fileURLToPath(new URL('../../dist/server/entry.mjs', import.meta.url));
if (!existsSync(entry)) {
  console.error('No production build found (dist/server/entry.mjs). Run `npm run build` first, or use `npm start`.');
  process.exit(1);
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);

// Keep Astro from starting its own server on import; we start ours with the same handler.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(entry);
const compress = compression();

const server = createServer((request, response) => {
  for (const [name, value] of Object.entries(productionResponseHeaders)) response.setHeader(name, value);
  const method = request.method ?? 'GET';
  const allow = methodNotAllowed(method, (request.url ?? '/').split('?')[0] ?? '/');
  if (allow) {
    response
      .writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' })
      .end(`${METHOD_NOT_ALLOWED_MESSAGE}\n`);
    return;
  }
  const location = trailingSlashRedirect(method, request.url ?? '/');
  if (location) {
    response.writeHead(301, { Location: location }).end();
    return;
  }
  compress(request, response, () => handler(request, response));
});

server.keepAliveTimeout = 5_000;
server.listen(port, host, () => {
  console.log(`Serving the site on http://localhost:${port}/ (stop with Ctrl+C)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
