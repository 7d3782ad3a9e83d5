import { productionResponseHeaders } from '../security/headers.mjs';

/**
 * Sets the site's security headers on a Node response before any handler writes to it.
 * @param {import('node:http').ServerResponse} response
 */
export function applySecurityHeaders(response) {
  for (const [name, value] of Object.entries(productionResponseHeaders)) response.setHeader(name, value);
}
