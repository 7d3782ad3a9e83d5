import { describe, expect, it } from 'vitest';
import { trailingSlashRedirect, trailingSlashRoute } from '../../../../src/lib/http/trailing-slash.mjs';

describe('trailingSlashRedirect', () => {
  it('adds the slash to page addresses and keeps the query', () => {
    expect(trailingSlashRedirect('GET', '/contact')).toBe('/contact/');
    expect(trailingSlashRedirect('HEAD', '/kennisbank/artikel?x=1')).toBe('/kennisbank/artikel/?x=1');
  });
  it("leaves files, the API, the editor's own addresses, other methods and correct addresses alone", () => {
    expect(trailingSlashRedirect('GET', '/favicon.svg')).toBeNull();
    expect(trailingSlashRedirect('GET', '/api/aanbod')).toBeNull();
    expect(trailingSlashRedirect('GET', '/keystatic')).toBeNull();
    expect(trailingSlashRedirect('GET', '/keystatic/collection/kennisbank/item/x')).toBeNull();
    expect(trailingSlashRedirect('GET', '/keystatics')).toBe('/keystatics/');
    expect(trailingSlashRedirect('POST', '/contact')).toBeNull();
    expect(trailingSlashRedirect('GET', '/contact/')).toBeNull();
    expect(trailingSlashRedirect('GET', '/')).toBeNull();
  });
  it('never builds a protocol-relative redirect to another site, nor one to a path with a backslash (L7)', () => {
    expect(trailingSlashRedirect('GET', '//evil.example')).toBeNull();
    expect(trailingSlashRedirect('GET', '/\\evil%2Eexample')).toBeNull();
    expect(trailingSlashRedirect('GET', '/\\evil.example')).toBeNull();
    expect(trailingSlashRedirect('GET', '/%5Cevil%2Eexample')).toBeNull();
    expect(trailingSlashRedirect('GET', '/kennisbank/x\\y')).toBeNull();
  });
});

describe('trailingSlashRoute (the same rule for Vercel)', () => {
  const route = trailingSlashRoute();
  const pattern = new RegExp(route.src);
  it.each([
    '/contact',
    '/kennisbank/artikel',
    '/rekenhulpen/no-riskpolis',
    '/favicon.svg',
    '/api/aanbod',
    '/api',
    '/apis',
    '/keystatic',
    '/keystatic/singleton/bureau',
    '/keystatics',
    '/contact/',
    '/',
    '/_astro/x.js',
    '/\\evil%2Eexample',
    '/%5Cevil',
    '/a\\b/c',
  ])('agrees with the Node server on %s', (path) => {
    const node = trailingSlashRedirect('GET', path);
    const match = pattern.exec(path);
    expect(match ? route.headers.Location.replace('$1', match[1]!) : null).toBe(node);
  });
});
