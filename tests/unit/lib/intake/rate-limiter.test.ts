import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../../src/lib/intake/rate-limiter';

describe('RateLimiter', () => {
  it('allows max attempts per window, then tells how long to wait', () => {
    const limiter = new RateLimiter(2, 10_000);
    expect(limiter.attempt('a', 0)).toBe(0);
    expect(limiter.attempt('a', 1000)).toBe(0);
    expect(limiter.attempt('a', 2000)).toBe(8);
    expect(limiter.attempt('b', 2000)).toBe(0);
    expect(limiter.attempt('a', 10_001)).toBe(0);
  });

  it('forgets the least recently seen client when it holds too many', () => {
    const limiter = new RateLimiter(1, 60_000, 2);
    limiter.attempt('a', 0);
    limiter.attempt('b', 1);
    limiter.attempt('c', 2);
    expect(limiter.attempt('a', 3)).toBe(0);
    expect(limiter.attempt('c', 4)).toBeGreaterThan(0);
  });
});
