import { describe, expect, it } from 'vitest';
import { bureau } from '../../../src/config/bureau';
import { leesInstellingen } from '../../../src/lib/aanbod/instellingen';
import { parseSectoren } from '../../../src/lib/aanbod/parse-sectoren';
import { RateLimiter } from '../../../src/lib/aanbod/rate-limiter';
import { eenRegel } from '../../../src/lib/mail/escape-html';
import { leesInvoer } from '../../../src/lib/aanbod/velden';

describe('parseSectoren', () => {
  it('reads the sector list shipped in content/', async () => {
    const { sectoren } = await import('../../../src/config/sectoren');
    expect(sectoren.length).toBeGreaterThan(5);
  });
  it('names the file and the field of a wrong entry', () => {
    expect(() => parseSectoren('- id: Zorg\n  naam: Zorg')).toThrow(/content\/sectoren\.yaml[\s\S]*veld "0\.id"/);
    expect(() => parseSectoren('- id: a\n  naam: Aa\n- id: a\n  naam: Bb')).toThrow(/één keer/);
  });
});

describe('leesInstellingen', () => {
  it('uses the outbox and the bureau configuration by default', () => {
    const i = leesInstellingen({}, bureau);
    expect(i.resend).toBeUndefined();
    expect(i.outboxMap).toMatch(/\/outbox$/);
    expect(i.ontvangers).toEqual(bureau.aanbodOntvangers);
    expect(i.afzender).toBe(bureau.afzender);
    expect(i.rateLimit).toEqual({ max: 20, vensterMs: 600_000 });
  });
  it('lets environment variables override everything', () => {
    const i = leesInstellingen(
      { RESEND_API_KEY: 're_1', RESEND_BASE_URL: 'http://127.0.0.1:9', AANBOD_ONTVANGERS: 'a@b.nl, c@d.nl', AANBOD_AFZENDER: 'X <x@y.nl>', AANBOD_RATE_LIMIT_MAX: '5', AANBOD_RATE_LIMIT_WINDOW_S: '60' },
      bureau,
    );
    expect(i.resend).toEqual({ apiKey: 're_1', baseUrl: 'http://127.0.0.1:9' });
    expect(i.ontvangers).toEqual(['a@b.nl', 'c@d.nl']);
    expect(i.afzender).toBe('X <x@y.nl>');
    expect(i.rateLimit).toEqual({ max: 5, vensterMs: 60_000 });
  });
  it('names the wrong variable', () => {
    expect(() => leesInstellingen({ AANBOD_RATE_LIMIT_MAX: 'veel' }, bureau)).toThrow(/veld "AANBOD_RATE_LIMIT_MAX"/);
    expect(() => leesInstellingen({ AANBOD_ONTVANGERS: 'geen-adres' }, bureau)).toThrow(/AANBOD_ONTVANGERS/);
  });
});

describe('RateLimiter', () => {
  it('allows max attempts per window, then tells how long to wait', () => {
    const limiter = new RateLimiter(2, 10_000);
    expect(limiter.probeer('a', 0)).toBe(0);
    expect(limiter.probeer('a', 1000)).toBe(0);
    expect(limiter.probeer('a', 2000)).toBe(8);
    expect(limiter.probeer('b', 2000)).toBe(0);
    expect(limiter.probeer('a', 10_001)).toBe(0);
  });
});

describe('helpers', () => {
  it('eenRegel removes every kind of line break', () => {
    expect(eenRegel('a\r\nb\nc\u2028d\te')).toBe('a b c d e');
  });
  it('leesInvoer keeps only known fields as text', () => {
    const invoer = leesInvoer({ organisatie: { $gt: '' }, uren_per_week: 16, privacy: true, onbekend: 'x', __proto__: { kvk: 'x' } });
    expect(invoer.organisatie).toBe('');
    expect(invoer.uren_per_week).toBe('16');
    expect(invoer.privacy).toBe('true');
    expect(invoer.kvk).toBe('');
    expect('onbekend' in invoer).toBe(false);
  });
});

describe('vandaagInNederland', () => {
  it('uses the Dutch calendar day, whatever the server time zone', async () => {
    const { vandaagInNederland } = await import('../../../src/lib/aanbod/normaliseer');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
    expect(vandaagInNederland(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(vandaagInNederland(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
