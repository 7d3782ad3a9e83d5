import { describe, expect, it } from 'vitest';
import type { DeliveryResult } from '../../../../src/lib/mail/message';
import { OncePerKey, withDeadline } from '../../../../src/server/delivery/once-per-key';

const accepted = async (): Promise<DeliveryResult> => ({ status: 'accepted', id: 'x' });

describe('OncePerKey', () => {
  it('shares one attempt between concurrent calls with the same key and content', async () => {
    const once = new OncePerKey();
    let attempts = 0;
    const attempt = async (): Promise<DeliveryResult> => {
      attempts++;
      await new Promise((r) => setTimeout(r, 10));
      return { status: 'accepted', id: 'x' };
    };
    const results = await Promise.all([
      once.run('k', 'inhoud', attempt),
      once.run('k', 'inhoud', attempt),
      once.run('other', 'inhoud', attempt),
    ]);
    expect(attempts).toBe(2);
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
  });

  it('remembers an accepted delivery and tries again after a rejected or unknown one', async () => {
    const once = new OncePerKey();
    const outcomes: DeliveryResult[] = [
      { status: 'rejected', reason: 'nee' },
      { status: 'unknown', reason: '?', cause: 'server-error' },
      { status: 'accepted', id: 'ja' },
    ];
    let attempts = 0;
    const attempt = async () => outcomes[attempts++]!;
    expect((await once.run('k', 'a', attempt)).status).toBe('rejected');
    expect((await once.run('k', 'a', attempt)).status).toBe('unknown');
    expect((await once.run('k', 'a', attempt)).status).toBe('accepted');
    expect((await once.run('k', 'a', attempt)).status).toBe('accepted');
    expect(attempts).toBe(3);
  });

  it('refuses the same key with other content as a conflict and sends nothing (M4), while it is pending and after', async () => {
    const once = new OncePerKey();
    let attempts = 0;
    const attempt = async (): Promise<DeliveryResult> => {
      attempts++;
      await new Promise((r) => setTimeout(r, 10));
      return { status: 'accepted', id: 'x' };
    };
    const [first, pending] = await Promise.all([once.run('k', 'eerste', attempt), once.run('k', 'tweede', attempt)]);
    expect(first.status).toBe('accepted');
    expect(pending.status).toBe('conflict');
    expect((await once.run('k', 'tweede', attempt)).status).toBe('conflict');
    expect(attempts).toBe(1);
  });

  it('forgets an attempt as soon as the caller’s signal aborts, even if it never settles, so a retry starts afresh (M3)', async () => {
    const once = new OncePerKey();
    const controller = new AbortController();
    const hung = once.run('k', 'a', () => new Promise<DeliveryResult>(() => {}), controller.signal);
    controller.abort();
    const retry = await once.run('k', 'a', accepted);
    expect(retry).toEqual({ status: 'accepted', id: 'x' });
    // The hung call itself stays the caller's business (the deliverer puts a deadline on it).
    expect(await withDeadline<DeliveryResult | string>(hung, 20, () => 'nog steeds bezig')).toBe('nog steeds bezig');
  });

  it('hands the caller’s signal to the attempt', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    await new OncePerKey().run(
      'k',
      'a',
      async (signal) => {
        seen = signal;
        return { status: 'accepted', id: 'x' };
      },
      controller.signal,
    );
    expect(seen).toBe(controller.signal);
  });

  it('turns a thrown error into an unknown outcome', async () => {
    const result = await new OncePerKey().run('k', 'a', async () => {
      throw new Error('socket hang up');
    });
    expect(result).toEqual({ status: 'unknown', reason: 'uitzondering: socket hang up', cause: 'connection' });
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
