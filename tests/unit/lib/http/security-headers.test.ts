import { describe, expect, it } from 'vitest';
import {
  EDITOR_PATH,
  contentSecurityPolicyFor,
  editorContentSecurityPolicy,
  headerContentSecurityPolicy,
} from '../../../../src/lib/http/security-headers.mjs';

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

describe('editorContentSecurityPolicy', () => {
  const astro = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='";

  it("keeps Astro's script hashes and allows inline styles and GitHub only on the editor's pages", () => {
    const policy = editorContentSecurityPolicy(astro);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' https://api.github.com https://raw.githubusercontent.com");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicyFor(astro)).not.toContain('unsafe-inline');
  });

  it('falls back to the header-only rules where Astro sets no policy (astro dev)', () => {
    expect(editorContentSecurityPolicy(null)).toBe(headerContentSecurityPolicy);
  });

  it('matches the editor and its API, and nothing else', () => {
    for (const path of ['/keystatic', '/keystatic/', '/keystatic/collection/kennisbank', '/api/keystatic/tree'])
      expect(EDITOR_PATH.test(path), path).toBe(true);
    for (const path of ['/kennisbank/', '/keystaticx', '/api/aanbod', '/kennisbank/keystatic/'])
      expect(EDITOR_PATH.test(path), path).toBe(false);
  });
});
