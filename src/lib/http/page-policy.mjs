// Astro's <meta> Content-Security-Policy lists the hashes of every inline script and style of the whole site on every
// page (7 scripts and 3 styles here: 0.4 KB gzip per page, a twelfth of a small article's weight). A page needs only
// the hashes of what it carries itself; this keeps those and drops the rest, so each page's policy is also stricter.
// Plain JavaScript for the build integration (src/integrations/external-island-runtime.mjs).
import { createHash } from 'node:crypto';

const hash = (/** @type {string} */ text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Inline scripts (no src; JSON data blocks are never run, so they need no hash) and <style> elements of a page. */
function inlineHashes(/** @type {string} */ html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes ?? '') || /\btype="application\/(ld\+)?json"/.test(attributes ?? '')) continue;
    hashes.add(hash(body ?? ''));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) hashes.add(hash(body ?? ''));
  return hashes;
}

/**
 * The page with only its own sha256 hashes left in the script-src and style-src of its <meta> policy. Other sources
 * ('self', other algorithms) stay as they are; a page without a <meta> policy is returned unchanged.
 * @param {string} html
 */
export function withOwnHashesOnly(html) {
  const own = inlineHashes(html);
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_, start, policy, end) => {
    const lean = policy.replace(
      /\b(script-src|style-src)\b([^;]*)/g,
      (/** @type {string} */ _directive, name, sources) => {
        const kept = sources
          .trim()
          .split(/\s+/)
          .filter((source) => !source.startsWith("'sha256-") || own.has(source));
        return `${name} ${kept.join(' ')}`;
      },
    );
    return `${start}${lean}${end}`;
  });
}
