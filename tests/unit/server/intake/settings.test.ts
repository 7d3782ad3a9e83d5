import { describe, expect, it } from 'vitest';
import { fixtureBureau as bureau } from '../../../support/fixture-bureau';
import { readIntakeSettings, readSharedSettings } from '../../../../src/server/intake/settings';
import { TEST_WEBHOOK_SECRET } from '../../../support/fake-webhook.mjs';

const offerDefaults = { recipients: bureau.aanbodOntvangers, sender: bureau.afzender };
const requestDefaults = { recipients: bureau.aanvraagOntvangers, sender: bureau.afzender };

describe('readSharedSettings', () => {
  it('uses the outbox by default, Resend when its key is set', () => {
    expect(readSharedSettings({})).toEqual({ resend: undefined, outboxFolder: expect.stringMatching(/\/outbox$/) });
    expect(readSharedSettings({ RESEND_API_KEY: 're_1', RESEND_BASE_URL: 'http://127.0.0.1:9' }).resend).toEqual({
      apiKey: 're_1',
      baseUrl: 'http://127.0.0.1:9',
    });
  });

  it('names the wrong variable', () => {
    expect(() => readSharedSettings({ RESEND_BASE_URL: 'geen-adres' })).toThrow(/veld "RESEND_BASE_URL"/);
  });
});

describe('readIntakeSettings', () => {
  it('uses the bureau configuration by default, for each intake its own recipients', () => {
    const offer = readIntakeSettings({}, 'AANBOD', offerDefaults);
    expect(offer).toEqual({
      recipients: bureau.aanbodOntvangers,
      sender: bureau.afzender,
      rateLimit: { max: 20, windowMs: 600_000 },
      webhook: undefined,
    });
    expect(readIntakeSettings({}, 'AANVRAAG', requestDefaults).recipients).toEqual(bureau.aanvraagOntvangers);
    expect(bureau.aanvraagOntvangers).not.toEqual(bureau.aanbodOntvangers);
  });

  it('lets each intake’s own variables override everything, and only its own', () => {
    const environment = {
      AANBOD_ONTVANGERS: 'a@b.nl, c@d.nl',
      AANBOD_AFZENDER: 'X <x@y.nl>',
      AANBOD_RATE_LIMIT_MAX: '5',
      AANBOD_RATE_LIMIT_WINDOW_S: '60',
      AANBOD_WEBHOOK_URL: 'https://crm.example/hooks/aanbod',
      AANBOD_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      AANVRAAG_ONTVANGERS: 'aanvragen@bureau.nl',
      AANVRAAG_RATE_LIMIT_MAX: '3',
      AANVRAAG_WEBHOOK_URL: 'https://crm.example/hooks/aanvraag',
      AANVRAAG_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    };
    expect(readIntakeSettings(environment, 'AANBOD', offerDefaults)).toEqual({
      recipients: ['a@b.nl', 'c@d.nl'],
      sender: 'X <x@y.nl>',
      rateLimit: { max: 5, windowMs: 60_000 },
      webhook: { url: 'https://crm.example/hooks/aanbod', secret: TEST_WEBHOOK_SECRET },
    });
    expect(readIntakeSettings(environment, 'AANVRAAG', requestDefaults)).toEqual({
      recipients: ['aanvragen@bureau.nl'],
      sender: bureau.afzender,
      rateLimit: { max: 3, windowMs: 600_000 },
      webhook: { url: 'https://crm.example/hooks/aanvraag', secret: TEST_WEBHOOK_SECRET },
    });
  });

  it('names the wrong variable with its prefix', () => {
    const read = (environment: Record<string, string>, prefix = 'AANBOD') =>
      readIntakeSettings(environment, prefix, offerDefaults);
    expect(() => read({ AANBOD_RATE_LIMIT_MAX: 'veel' })).toThrow(/veld "AANBOD_RATE_LIMIT_MAX"/);
    expect(() => read({ AANVRAAG_ONTVANGERS: 'geen-adres' }, 'AANVRAAG')).toThrow(/veld "AANVRAAG_ONTVANGERS/);
    expect(() => read({ AANBOD_WEBHOOK_URL: 'ftp://x.example', AANBOD_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET })).toThrow(
      /AANBOD_WEBHOOK_URL/,
    );
    expect(() => read({ AANBOD_WEBHOOK_URL: 'https://x.example', AANBOD_WEBHOOK_SECRET: 'geheim' })).toThrow(
      /AANBOD_WEBHOOK_SECRET.*whsec_/,
    );
    expect(() => read({ AANBOD_WEBHOOK_URL: 'https://x.example', AANBOD_WEBHOOK_SECRET: 'whsec_c2hvcnQ=' })).toThrow(
      /24 bytes/,
    );
    // A wrong variable of one intake does not concern the other.
    expect(() => read({ AANVRAAG_RATE_LIMIT_MAX: 'veel' })).not.toThrow();
  });

  it('refuses a webhook with an address but no secret, or the other way round', () => {
    expect(() =>
      readIntakeSettings({ AANVRAAG_WEBHOOK_URL: 'https://x.example' }, 'AANVRAAG', requestDefaults),
    ).toThrow(/AANVRAAG_WEBHOOK_SECRET.*ontbreekt/);
    expect(() => readIntakeSettings({ AANBOD_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET }, 'AANBOD', offerDefaults)).toThrow(
      /AANBOD_WEBHOOK_URL.*ontbreekt/,
    );
  });
});
