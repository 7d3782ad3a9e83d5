// The host names Astro may trust in a reverse proxy's X-Forwarded-Host, X-Forwarded-Proto and X-Forwarded-For
// headers (`security.allowedDomains`): the bureau's own `websiteUrl` and, optionally, more host names from the
// build-time variable ALLOWED_HOSTS (comma-separated, e.g. "voorbeeld.nl, staging.voorbeeld.nl").

/**
 * @param {string} websiteUrl the public address of the site (content/bureau.yaml)
 * @param {string | undefined} extraHosts comma-separated host names, without scheme or path
 * @returns {{ hostname: string; protocol: string }[]}
 */
export function allowedDomains(websiteUrl, extraHosts) {
  const site = new URL(websiteUrl);
  const protocol = site.protocol.replace(':', '');
  const extra = (extraHosts ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  for (const host of extra) {
    if (!/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
      throw new Error(
        `ALLOWED_HOSTS: "${host}" is geen hostnaam (alleen letters, cijfers, punten en streepjes, zonder https:// of pad).`,
      );
    }
  }
  const hosts = [...new Set([site.hostname, ...extra])];
  return hosts.map((hostname) => ({ hostname, protocol }));
}
