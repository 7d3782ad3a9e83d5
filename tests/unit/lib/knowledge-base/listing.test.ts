import { describe, expect, it } from 'vitest';
import { isFixedPageSlug, sortByPublished, sortForListing } from '../../../../src/lib/knowledge-base/listing';

const entry = (
  id: string,
  opts: { concept?: boolean; uitgelicht?: number; bijgewerkt?: string; gepubliceerd?: string } = {},
) => ({
  id,
  data: {
    concept: opts.concept ?? false,
    uitgelicht: opts.uitgelicht,
    bijgewerkt: new Date(opts.bijgewerkt ?? '2026-01-01'),
    gepubliceerd: new Date(opts.gepubliceerd ?? '2026-01-01'),
  },
});

describe('listing order', () => {
  it('puts featured articles first, lowest number first, then the most recently updated', () => {
    const sorted = sortForListing([
      entry('oud', { bijgewerkt: '2025-01-01' }),
      entry('uitgelicht-2', { uitgelicht: 2 }),
      entry('nieuw', { bijgewerkt: '2026-10-01' }),
      entry('uitgelicht-1', { uitgelicht: 1, bijgewerkt: '2020-01-01' }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['uitgelicht-1', 'uitgelicht-2', 'nieuw', 'oud']);
  });

  it('orders the feed by publication date, newest first', () => {
    const sorted = sortByPublished([
      entry('a', { gepubliceerd: '2026-01-01' }),
      entry('b', { gepubliceerd: '2026-05-01' }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['b', 'a']);
  });
});

describe('isFixedPageSlug', () => {
  it('names the addresses under /kennisbank/ that fixed pages use', () => {
    for (const slug of ['begrippen', 'te-controleren', 'voor', 'onderwerp'])
      expect(isFixedPageSlug(slug), slug).toBe(true);
    for (const slug of ['begrippenlijst', 'wat-is-een-werkervaringsplaats'])
      expect(isFixedPageSlug(slug), slug).toBe(false);
  });
});
