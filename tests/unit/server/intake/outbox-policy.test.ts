import { describe, expect, it } from 'vitest';
import { outboxRefusal } from '../../../../src/server/intake/outbox-policy';

describe('outboxRefusal', () => {
  it('allows the outbox on the Node server', () => {
    expect(outboxRefusal('node', false)).toBeUndefined();
  });

  it('allows Resend everywhere', () => {
    expect(outboxRefusal('node', true)).toBeUndefined();
    expect(outboxRefusal('vercel', true)).toBeUndefined();
  });

  it('refuses the outbox on serverless and names the missing variable', () => {
    expect(outboxRefusal('vercel', false)).toMatch(/^RESEND_API_KEY ontbreekt: .*vercel/);
  });
});
