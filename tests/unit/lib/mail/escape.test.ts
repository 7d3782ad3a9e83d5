import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlKeepingLineBreaks, singleLine } from '../../../../src/lib/mail/escape';

describe('mail escaping', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('keeps line breaks visible as <br>', () => {
    expect(escapeHtmlKeepingLineBreaks('a<b\r\nc\nd')).toBe('a&lt;b<br>\nc<br>\nd');
  });

  it('puts a header value on one line without control or bidi characters', () => {
    expect(singleLine('a\r\nb\nc\u2028d\te')).toBe('a b c d e');
    expect(singleLine('x\u202ey\u0000z\u2066')).toBe('x y z');
  });
});
