import { describe, expect, it } from 'vitest';
import type { DeliveryResult } from '../../../../src/lib/mail/message';
import { OncePerKey, withDeadline } from '../../../../src/server/delivery/once-per-key';

describe('OncePerKey', () => {
  it('shares one attempt between concurrent calls with the same key', async () => {
    const once = new OncePerKey();
    let attempts = 0;
    const attempt = async (): Promise<DeliveryResult> => {
      attempts++;
      await new Promise((r) => setTimeout(r, 10));
      return { status: 'accepted', id: 'x' };
    };
    const results = await Promise.all([once.run('k', attempt), once.run('k', attempt), once.run('other', attempt)]);
    expect(attempts).toBe(2);
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
  });

  it('remembers an accepted delivery and tries again after a rejected or unknown one', async () => {
    const once = new OncePerKey();
    const outcomes: DeliveryResult[] = [
      { status: 'rejected', reason: 'nee' },
      { status: 'unknown', reason: '?' },
      { status: 'accepted', id: 'ja' },
    ];
    let attempts = 0;
    const attempt = async () => outcomes[attempts++]!;
    expect((await once.run('k', attempt)).status).toBe('rejected');
    expect((await once.run('k', attempt)).status).toBe('unknown');
    expect((await once.run('k', attempt)).status).toBe('accepted');
    expect((await once.run('k', attempt)).status).toBe('accepted');
    expect(attempts).toBe(3);
  });

  it('turns a thrown error into an unknown outcome', async () => {
    const result = await new OncePerKey().run('k', async () => {
      throw new Error('socket hang up');
    });
    expect(result).toEqual({ status: 'unknown', reason: 'uitzondering: socket hang up' });
  });
});

describe('withDeadline', () => {
  it('passes a prompt result through', async () => {
    expect(await withDeadline(Promise.resolve('snel'), 50, () => 'te laat')).toBe('snel');
  });

  it('answers with the fallback when the work does not finish in time', async () => {
    const started = Date.now();
    expect(await withDeadline(new Promise(() => {}), 20, () => 'te laat')).toBe('te laat');
    expect(Date.now() - started).toBeLessThan(200);
  });
});
