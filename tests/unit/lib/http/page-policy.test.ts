import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashesOnly } from '../../../../src/lib/http/page-policy.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const [script, otherScript, style, otherStyle] = ['run()', 'other()', 'p{color:red}', 'a{}'];
const policy = `default-src 'self'; script-src 'self' ${hash(script)} ${hash(otherScript)} 'sha384-x'; style-src 'self' ${hash(style)} ${hash(otherStyle)};`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('withOwnHashesOnly', () => {
  it("keeps the hashes of the page's own inline scripts and styles and drops the others", () => {
    const html = page(`<style>${style}</style><script>${script}</script><p>Tekst</p>`);
    expect(policyOf(withOwnHashesOnly(html))).toBe(
      `default-src 'self'; script-src 'self' ${hash(script)} 'sha384-x'; style-src 'self' ${hash(style)};`,
    );
  });

  it('needs no hash for external scripts or JSON data blocks', () => {
    const html = page(`<script src="/_astro/x.js"></script><script type="application/ld+json">${otherScript}</script>`);
    expect(policyOf(withOwnHashesOnly(html))).toBe(
      `default-src 'self'; script-src 'self' 'sha384-x'; style-src 'self';`,
    );
  });

  it('leaves a page without a policy alone', () => {
    expect(withOwnHashesOnly('<p>x</p>')).toBe('<p>x</p>');
  });
});
