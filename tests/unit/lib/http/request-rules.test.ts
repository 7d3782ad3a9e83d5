import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  isCrossSiteSubmission,
  isProxiedForUnknownHost,
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

describe('isProxiedForUnknownHost (M1)', () => {
  // Astro built this URL: for a host it trusts, from the proxy's X-Forwarded-Host; for any other, "localhost".
  const trusted = new URL('https://www.bureau.example:8443/api/aanbod');
  const untrusted = new URL('http://localhost:4321/api/aanbod');
  const headers = (values: Record<string, string>) => new Headers(values);

  it('lets through what a proxy forwarded for the site’s own host, and every request that did not come through a proxy', () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.9', host: 'www.bureau.example:8443' };
    expect(isProxiedForUnknownHost(headers(forwarded), trusted)).toBe(false);
    expect(
      isProxiedForUnknownHost(headers({ ...forwarded, 'x-forwarded-host': 'WWW.Bureau.Example:8443' }), trusted),
    ).toBe(false);
    expect(isProxiedForUnknownHost(headers({ host: 'evil.example' }), untrusted)).toBe(false);
    expect(isProxiedForUnknownHost(headers({ host: '127.0.0.1:4321' }), new URL('http://127.0.0.1:4321/'))).toBe(false);
  });

  it.each([
    ['another host', 'evil.example'],
    ['the site’s host with a trailing dot', 'www.bureau.example.'],
    ['a port that is not a number', 'www.bureau.example:x'],
    ['a path in the host', 'www.bureau.example/x'],
    ['a backslash in the host', 'www.bureau.example\\x'],
    ['no host at all', ''],
  ])('refuses what a proxy forwarded for %s', (_, host) => {
    expect(isProxiedForUnknownHost(headers({ 'x-forwarded-for': '203.0.113.9', host }), untrusted)).toBe(true);
    expect(
      isProxiedForUnknownHost(
        headers({ 'x-forwarded-for': '203.0.113.9', host: 'www.bureau.example', 'x-forwarded-host': host }),
        untrusted,
      ),
    ).toBe(true);
  });
});
