import { describe, expect, it } from 'vitest';
import { searchStatusText } from '../../../../src/lib/knowledge-base/search-status';

describe('search status', () => {
  it('announces singular, plural and no results in Dutch', () => {
    expect(searchStatusText('polis', 1)).toBe('1 resultaat gevonden voor "polis".');
    expect(searchStatusText(' polis ', 3)).toBe('3 resultaten gevonden voor "polis".');
    expect(searchStatusText('xyz', 0)).toMatch(/^Niets gevonden voor "xyz"/);
    expect(searchStatusText('  ', 0)).toBe('');
  });
});
