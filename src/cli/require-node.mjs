// Astro 7 and this project's tooling need Node >= 22.12. Fail loudly instead of half-working
// when a tool is started with an older Node (e.g. the system Node 20 outside `npm run`).
const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major > 22 || (major === 22 && minor >= 12);

if (!supported) {
  throw new Error(
    `Unsupported Node.js ${process.versions.node}: this project needs Node >= 22.12 (Node 24 LTS recommended).\n` +
      'Run commands through npm (`npm run …`, `npm test`, `npx …`): after `npm ci` they use the bundled Node 24 ' +
      'from node_modules/.bin. On macOS or Windows, install Node 24 LTS yourself.',
  );
}
