import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor, headerContentSecurityPolicy } from '../../../../src/lib/http/security-headers.mjs';

describe('contentSecurityPolicyFor', () => {
  it('uses the header-only policy when the page has none of its own', () => {
    expect(contentSecurityPolicyFor(null)).toBe(headerContentSecurityPolicy);
  });

  it("completes Astro's per-page policy with frame-ancestors, base-uri, form-action and object-src", () => {
    const astro = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';";
    const merged = contentSecurityPolicyFor(astro);
    expect(merged).toBe(
      `default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; ${headerContentSecurityPolicy}`,
    );
    for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"])
      expect(merged).toContain(directive);
  });

  it('never adds a directive twice', () => {
    const merged = contentSecurityPolicyFor("default-src 'self'; frame-ancestors 'self'");
    expect(merged.match(/frame-ancestors/g)).toHaveLength(1);
    expect(merged).toContain("base-uri 'self'");
  });
});
