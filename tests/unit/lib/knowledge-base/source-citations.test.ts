import { describe, expect, it } from 'vitest';
import {
  citationElement,
  sourceAnchorId,
  sourceNumbers,
  sourceUrlKey,
} from '../../../../src/lib/knowledge-base/source-citations';

describe('sourceNumbers', () => {
  it('numbers the sources in their order, from 1', () => {
    const numbers = sourceNumbers([{ url: 'https://a.example/x' }, { url: 'https://b.example/' }]);
    expect([...numbers]).toEqual([
      ['https://a.example/x', 1],
      ['https://b.example', 2],
    ]);
  });

  it('keeps the first number of a source listed twice', () => {
    const numbers = sourceNumbers([
      { url: 'https://a.example/' },
      { url: 'https://b.example' },
      { url: 'https://a.example' },
    ]);
    expect(numbers.get('https://a.example')).toBe(1);
    expect(numbers.size).toBe(2);
  });
});

describe('sourceUrlKey', () => {
  it('ignores a trailing slash and surrounding spaces, nothing else', () => {
    expect(sourceUrlKey(' https://a.example/pad/ ')).toBe('https://a.example/pad');
    expect(sourceUrlKey('https://a.example/pad#deel')).toBe('https://a.example/pad#deel');
    expect(sourceUrlKey('https://a.example/Pad')).not.toBe(sourceUrlKey('https://a.example/pad'));
  });
});

describe('citationElement', () => {
  it('is a superscript link to the numbered source that a screen reader reads as "bron [3]"', () => {
    const sup = citationElement(3);
    expect(sup).toMatchObject({ type: 'mdxJsxTextElement', name: 'sup' });
    expect(sup.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'class', value: 'citation' }]);
    const link = sup.children[0];
    expect(link).toMatchObject({ name: 'a', attributes: [{ name: 'href', value: `#${sourceAnchorId(3)}` }] });
    const text = (node: unknown): string =>
      typeof node === 'object' && node !== null && 'value' in node
        ? String(node.value)
        : ((node as { children?: unknown[] }).children ?? []).map(text).join('');
    expect(text(link)).toBe('bron [3]');
    expect(sourceAnchorId(3)).toBe('bron-3');
  });
});
