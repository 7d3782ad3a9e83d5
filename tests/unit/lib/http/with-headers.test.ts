import { describe, expect, it } from 'vitest';
import { withHeaders } from '../../../../src/lib/http/with-headers';

describe('withHeaders', () => {
  it('sets the headers on a normal response and keeps the existing ones', async () => {
    const response = new Response('hallo', { status: 503, headers: { 'cache-control': 'no-store' } });
    const result = withHeaders(response, { 'X-Frame-Options': 'DENY' });
    expect(result.status).toBe(503);
    expect(result.headers.get('x-frame-options')).toBe('DENY');
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(await result.text()).toBe('hallo');
  });

  it('replaces a header that already has another value', () => {
    const response = new Response(null, { headers: { 'X-Frame-Options': 'SAMEORIGIN' } });
    expect(withHeaders(response, { 'X-Frame-Options': 'DENY' }).headers.get('x-frame-options')).toBe('DENY');
  });

  it('copies a response whose headers are immutable, such as a redirect', () => {
    const redirect = Response.redirect('https://example.com/aanbieden/', 303);
    expect(() => redirect.headers.set('x-test', '1')).toThrow();
    const result = withHeaders(redirect, { 'X-Content-Type-Options': 'nosniff' });
    expect(result.status).toBe(303);
    expect(result.headers.get('location')).toBe('https://example.com/aanbieden/');
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
