import { describe, expect, it } from 'vitest';
import { fixtureBureau as bureau } from '../../../support/fixture-bureau';
import { readOfferSettings } from '../../../../src/server/offer/settings';
import { TEST_WEBHOOK_SECRET } from '../../../support/fake-webhook.mjs';

describe('readOfferSettings', () => {
  it('uses the outbox and the bureau configuration by default', () => {
    const settings = readOfferSettings({}, bureau);
    expect(settings.resend).toBeUndefined();
    expect(settings.webhook).toBeUndefined();
    expect(settings.outboxFolder).toMatch(/\/outbox$/);
    expect(settings.recipients).toEqual(bureau.aanbodOntvangers);
    expect(settings.sender).toBe(bureau.afzender);
    expect(settings.rateLimit).toEqual({ max: 20, windowMs: 600_000 });
  });

  it('lets environment variables override everything', () => {
    const settings = readOfferSettings(
      {
        RESEND_API_KEY: 're_1',
        RESEND_BASE_URL: 'http://127.0.0.1:9',
        AANBOD_ONTVANGERS: 'a@b.nl, c@d.nl',
        AANBOD_AFZENDER: 'X <x@y.nl>',
        AANBOD_RATE_LIMIT_MAX: '5',
        AANBOD_RATE_LIMIT_WINDOW_S: '60',
        AANBOD_WEBHOOK_URL: 'https://crm.example/hooks/aanbod',
        AANBOD_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      },
      bureau,
    );
    expect(settings.resend).toEqual({ apiKey: 're_1', baseUrl: 'http://127.0.0.1:9' });
    expect(settings.recipients).toEqual(['a@b.nl', 'c@d.nl']);
    expect(settings.sender).toBe('X <x@y.nl>');
    expect(settings.rateLimit).toEqual({ max: 5, windowMs: 60_000 });
    expect(settings.webhook).toEqual({ url: 'https://crm.example/hooks/aanbod', secret: TEST_WEBHOOK_SECRET });
  });

  it('names the wrong variable', () => {
    expect(() => readOfferSettings({ AANBOD_RATE_LIMIT_MAX: 'veel' }, bureau)).toThrow(/veld "AANBOD_RATE_LIMIT_MAX"/);
    expect(() => readOfferSettings({ AANBOD_ONTVANGERS: 'geen-adres' }, bureau)).toThrow(/AANBOD_ONTVANGERS/);
    expect(() =>
      readOfferSettings({ AANBOD_WEBHOOK_URL: 'ftp://x.example', AANBOD_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET }, bureau),
    ).toThrow(/AANBOD_WEBHOOK_URL/);
    expect(() =>
      readOfferSettings({ AANBOD_WEBHOOK_URL: 'https://x.example', AANBOD_WEBHOOK_SECRET: 'geheim' }, bureau),
    ).toThrow(/AANBOD_WEBHOOK_SECRET.*whsec_/);
    expect(() =>
      readOfferSettings({ AANBOD_WEBHOOK_URL: 'https://x.example', AANBOD_WEBHOOK_SECRET: 'whsec_c2hvcnQ=' }, bureau),
    ).toThrow(/24 bytes/);
  });

  it('refuses a webhook with an address but no secret, or the other way round', () => {
    expect(() => readOfferSettings({ AANBOD_WEBHOOK_URL: 'https://x.example' }, bureau)).toThrow(
      /AANBOD_WEBHOOK_SECRET.*ontbreekt/,
    );
    expect(() => readOfferSettings({ AANBOD_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET }, bureau)).toThrow(
      /AANBOD_WEBHOOK_URL.*ontbreekt/,
    );
  });
});
