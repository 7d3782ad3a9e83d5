import { describe, expect, it } from 'vitest';
import { outboxGeweigerdReden } from '../../../src/lib/aanbod/outbox-toegestaan';

describe('outboxGeweigerdReden', () => {
  it('allows the outbox on the Node server', () => {
    expect(outboxGeweigerdReden('node', false)).toBeUndefined();
  });

  it('allows Resend everywhere', () => {
    expect(outboxGeweigerdReden('node', true)).toBeUndefined();
    expect(outboxGeweigerdReden('vercel', true)).toBeUndefined();
  });

  it('refuses the outbox on serverless and names the missing variable', () => {
    expect(outboxGeweigerdReden('vercel', false)).toMatch(/^RESEND_API_KEY ontbreekt: .*vercel/);
  });
});
