import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  isCrossSiteSubmission,
  isUntrustedProxyRequest,
  methodNotAllowed,
} from '../../../../src/lib/http/request-rules.mjs';

describe('methodNotAllowed', () => {
  it.each(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT'])(
    'refuses %s on /api/aanbod with Allow: POST',
    (method) => {
      expect(methodNotAllowed(method, '/api/aanbod')).toBe('POST');
      expect(methodNotAllowed(method, '/api/aanbod/')).toBe('POST');
    },
  );

  it('accepts POST on /api/aanbod and /api/aanvraag, and GET and HEAD (only) on pages and files', () => {
    expect(methodNotAllowed('POST', '/api/aanbod')).toBeNull();
    expect(methodNotAllowed('POST', '/api/aanvraag/')).toBeNull();
    expect(methodNotAllowed('GET', '/api/aanvraag')).toBe('POST');
    expect(methodNotAllowed('post', '/api/aanbod')).toBeNull();
    expect(methodNotAllowed('GET', '/kennisbank/')).toBeNull();
    expect(methodNotAllowed('HEAD', '/favicon.svg')).toBeNull();
    expect(methodNotAllowed('POST', '/kennisbank/')).toBe('GET, HEAD');
    expect(methodNotAllowed('TRACE', '/')).toBe('GET, HEAD');
  });

  it('leaves other API routes to decide for themselves', () => {
    expect(allowedMethods('/api/keystatic/tree')).toBeNull();
    expect(methodNotAllowed('PUT', '/api/other')).toBeNull();
  });
});

describe('isCrossSiteSubmission', () => {
  const site = 'https://www.bureau.example';
  it('refuses a form post from another site or without an Origin', () => {
    expect(isCrossSiteSubmission('POST', 'application/x-www-form-urlencoded', 'https://evil.example', site)).toBe(true);
    expect(isCrossSiteSubmission('POST', 'multipart/form-data; boundary=x', null, site)).toBe(true);
    expect(isCrossSiteSubmission('POST', 'text/plain', 'http://www.bureau.example', site)).toBe(true);
    expect(isCrossSiteSubmission('POST', null, null, site)).toBe(true);
  });

  it('accepts the site itself, safe methods and JSON (which a browser cannot send cross-site unasked)', () => {
    expect(isCrossSiteSubmission('POST', 'application/x-www-form-urlencoded', site, site)).toBe(false);
    expect(isCrossSiteSubmission('GET', 'application/x-www-form-urlencoded', 'https://evil.example', site)).toBe(false);
    expect(isCrossSiteSubmission('POST', 'application/json', null, site)).toBe(false);
  });
});

describe('isUntrustedProxyRequest (M1)', () => {
  it('lets through what came through a proxy Astro trusted, and every request that did not come through a proxy', () => {
    expect(isUntrustedProxyRequest('203.0.113.9', '203.0.113.9')).toBe(false);
    expect(isUntrustedProxyRequest(' 203.0.113.9 , 10.0.0.1', '203.0.113.9')).toBe(false);
    expect(isUntrustedProxyRequest(null, '127.0.0.1')).toBe(false);
    expect(isUntrustedProxyRequest('', '127.0.0.1')).toBe(false);
  });

  it('refuses a proxied request Astro counted under the proxy’s own address', () => {
    expect(isUntrustedProxyRequest('203.0.113.9', '127.0.0.1')).toBe(true);
    expect(isUntrustedProxyRequest('203.0.113.9', '')).toBe(true);
  });
});
