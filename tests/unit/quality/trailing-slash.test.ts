import { describe, expect, it } from 'vitest';
import { trailingSlashRedirect } from '../../../src/lib/server/trailing-slash.mjs';

describe('trailingSlashRedirect', () => {
  it('adds the slash to page addresses and keeps the query', () => {
    expect(trailingSlashRedirect('GET', '/contact')).toBe('/contact/');
    expect(trailingSlashRedirect('HEAD', '/kennisbank/artikel?x=1')).toBe('/kennisbank/artikel/?x=1');
  });
  it('leaves files, the API, other methods and correct addresses alone', () => {
    expect(trailingSlashRedirect('GET', '/favicon.svg')).toBeNull();
    expect(trailingSlashRedirect('GET', '/api/aanbod')).toBeNull();
    expect(trailingSlashRedirect('POST', '/contact')).toBeNull();
    expect(trailingSlashRedirect('GET', '/contact/')).toBeNull();
    expect(trailingSlashRedirect('GET', '/')).toBeNull();
  });
  it('never builds a protocol-relative redirect to another site', () => {
    expect(trailingSlashRedirect('GET', '//evil.example')).toBeNull();
  });
});
