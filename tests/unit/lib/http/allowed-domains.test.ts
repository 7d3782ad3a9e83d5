import { describe, expect, it } from 'vitest';
import { allowedDomains } from '../../../../src/lib/http/allowed-domains.mjs';

describe('allowedDomains', () => {
  it("trusts the bureau's own host name, with the scheme of its websiteUrl", () => {
    expect(allowedDomains('https://www.bureau.example', undefined)).toEqual([
      { hostname: 'www.bureau.example', protocol: 'https' },
    ]);
  });

  it('adds the host names of ALLOWED_HOSTS once each', () => {
    expect(
      allowedDomains('https://www.bureau.example', ' bureau.example, STAGING.bureau.example ,www.bureau.example,'),
    ).toEqual([
      { hostname: 'www.bureau.example', protocol: 'https' },
      { hostname: 'bureau.example', protocol: 'https' },
      { hostname: 'staging.bureau.example', protocol: 'https' },
    ]);
  });

  it('stops the build on something that is not a host name', () => {
    expect(() => allowedDomains('https://www.bureau.example', 'https://x.example/pad')).toThrow(
      /ALLOWED_HOSTS: "https:\/\/x.example\/pad"/,
    );
  });
});
