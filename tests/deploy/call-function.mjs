// Child process of vercel-output.test.mjs: loads the built Vercel function (a fresh instance, as on the
// platform), sends it one request and prints the answer as JSON. Every instance reads its settings once,
// so each scenario gets its own process.
// Usage: node call-function.mjs <handler file> <request as JSON: { url, method?, headers?, body? }>
const [handlerFile, requestJson] = process.argv.slice(2);
const { url, ...init } = JSON.parse(requestJson);
const { default: fn } = await import(handlerFile);
const response = await fn.fetch(new Request(url, init));
process.stdout.write(
  JSON.stringify({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  }),
);
