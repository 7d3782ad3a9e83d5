// Starts Debian's nginx in front of a running app server, configured exactly as the README's Deploying section says
// (the fenced block after <!-- proxy-config:nginx --> as the site file, the one after <!-- proxy-config:nginx-errors -->
// as the snippet it includes), with a throwaway TLS certificate. Only the addresses, ports and certificate paths are
// swapped for test ones; each swap must match, so the README and the test cannot drift.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './start-app-server.mjs';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * A fenced nginx block of the README, after `<!-- proxy-config:<name> -->`.
 * @param {string} name
 * @returns {string}
 */
function readmeBlock(name) {
  const readme = readFileSync(README, 'utf8');
  const match = new RegExp(`<!-- proxy-config:${name} -->\\s*\`\`\`nginx\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no \`\`\`nginx block after <!-- proxy-config:${name} -->`);
  return /** @type {string} */ (match[1]);
}

/**
 * The nginx site configuration of the README.
 * @returns {string}
 */
export function readmeNginxConfig() {
  return readmeBlock('nginx');
}

/** Where the site file includes the error-page snippet from (relative to nginx's configuration folder). */
const ERROR_SNIPPET = 'snippets/werkervaringsplaats-fouten.conf';

/** Replaces `from` by `to` in `text`, and fails when `from` is not there. */
function swap(text, from, to) {
  if (!text.includes(from))
    throw new Error(
      `The README's nginx block no longer contains "${from}"; update tests/support/nginx-proxy.mjs with it.`,
    );
  return text.split(from).join(to);
}

/**
 * @param {{ upstreamPort: number, hostName: string }} options the app server's port and the site's host name
 * @returns {Promise<{ httpsPort: number, httpPort: number, pid: number | undefined, errors: () => string, stop: () => Promise<void> }>}
 */
export async function startNginxProxy({ upstreamPort, hostName }) {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx not found at ${NGINX}. Install it (Debian/Ubuntu: \`sudo apt-get install nginx\`) or set NGINX_PATH.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'wep-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'snippets']) mkdirSync(join(dir, sub));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-subj',
      `/CN=${hostName}`,
      '-addext',
      `subjectAltName=DNS:${hostName}`,
    ],
    { stdio: 'ignore' },
  );

  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  let site = readmeNginxConfig();
  // The README names the demo's host; the site under test has its own (websiteUrl in its bureau.yaml).
  const readmeHost = /^\s*server_name\s+(\S+);/m.exec(site)?.[1];
  if (!readmeHost)
    throw new Error("The README's nginx block has no server_name; update tests/support/nginx-proxy.mjs.");
  site = swap(site, readmeHost, hostName);
  site = swap(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
  site = swap(site, 'listen 443 ssl http2 default_server;', `listen 127.0.0.1:${httpsPort} ssl http2 default_server;`);
  site = swap(site, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  site = swap(site, 'listen 80 default_server;', `listen 127.0.0.1:${httpPort} default_server;`);
  site = swap(site, `/etc/letsencrypt/live/${hostName}/fullchain.pem`, join(dir, 'cert.pem'));
  site = swap(site, `/etc/letsencrypt/live/${hostName}/privkey.pem`, join(dir, 'key.pem'));
  site = swap(site, 'http://127.0.0.1:4321', `http://127.0.0.1:${upstreamPort}`);
  // The test site is reached on a port of its own, so the redirect to https must keep it.
  site = swap(site, 'return 301 https://$host$request_uri;', `return 301 https://$host:${httpsPort}$request_uri;`);

  const conf = `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${site}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  // The site file includes the snippet relative to the configuration folder, here the temporary one.
  if (!site.includes(`include ${ERROR_SNIPPET};`))
    throw new Error(`The README's nginx block no longer includes ${ERROR_SNIPPET}`);
  writeFileSync(join(dir, ERROR_SNIPPET), readmeBlock('nginx-errors'));
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stdout.on('data', (d) => (errors += d));
  child.stderr.on('data', (d) => (errors += d));

  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${errors}`);
    const up = await new Promise((resolve) => {
      const socket = connect(
        { host: '127.0.0.1', port: httpsPort, servername: hostName, rejectUnauthorized: false },
        () => {
          socket.end();
          resolve(true);
        },
      );
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (attempt > 100) {
      child.kill();
      throw new Error(`nginx did not start: ${errors}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    httpsPort,
    httpPort,
    pid: child.pid,
    errors: () => errors,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve(undefined);
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      }),
  };
}
