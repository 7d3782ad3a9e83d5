import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../../src/lib/knowledge-base/toc';

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and ignores deeper headings', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});
