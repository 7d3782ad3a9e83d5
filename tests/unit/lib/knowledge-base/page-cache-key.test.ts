import { describe, expect, it } from 'vitest';
import {
  articlePageCacheKey,
  listingPageCacheKey,
  type ArticlePageInputs,
  type ListingPageInputs,
} from '../../../../src/lib/knowledge-base/page-cache-key';

const inputs: ArticlePageInputs = {
  article: { id: 'wat-kost-verzuim', digest: 'a1' },
  related: [
    { id: 'no-riskpolis', digest: 'b1' },
    { id: 'loondoorbetaling', digest: 'c1' },
  ],
  calculatorYear: 2026,
  status: 'gepland',
};

describe('articlePageCacheKey', () => {
  it('is the same for the same inputs, so an unchanged page can be reused', () => {
    expect(articlePageCacheKey(inputs)).toBe(articlePageCacheKey(structuredClone(inputs)));
  });

  it.each<[string, Partial<ArticlePageInputs>]>([
    ['the article changes', { article: { id: 'wat-kost-verzuim', digest: 'a2' } }],
    ['a related article changes', { related: [inputs.related[0]!, { id: 'loondoorbetaling', digest: 'c2' }] }],
    ['another article becomes related', { related: [inputs.related[0]!, { id: 'wia', digest: 'e1' }] }],
    ['a related article is no longer related', { related: [inputs.related[0]!] }],
    ['the calculators open in another year', { calculatorYear: 2027 }],
    ['a scheduled article (shown in a preview build) is published', { status: 'gepubliceerd' }],
  ])('changes when %s', (_, change) => {
    expect(articlePageCacheKey({ ...inputs, ...change })).not.toBe(articlePageCacheKey(inputs));
  });

  it('gives no key when an entry has no digest, so such a page is always rendered', () => {
    expect(articlePageCacheKey({ ...inputs, related: [{ id: 'no-riskpolis' }] })).toBeUndefined();
    expect(articlePageCacheKey({ ...inputs, article: { id: 'wat-kost-verzuim' } })).toBeUndefined();
  });
});

const listing: ListingPageInputs = {
  items: [
    { id: 'no-riskpolis', digest: 'b1' },
    { id: 'loondoorbetaling', digest: 'c1' },
  ],
  current: 2,
  last: 3,
};

describe('listingPageCacheKey', () => {
  it('is the same for the same inputs, so an unchanged listing page can be reused', () => {
    expect(listingPageCacheKey(listing)).toBe(listingPageCacheKey(structuredClone(listing)));
  });

  it.each<[string, Partial<ListingPageInputs>]>([
    ['an article on the page changes', { items: [listing.items[0]!, { id: 'loondoorbetaling', digest: 'c2' }] }],
    ['the order changes', { items: [listing.items[1]!, listing.items[0]!] }],
    ['an article leaves the page', { items: [listing.items[0]!] }],
    ['another article comes onto the page', { items: [...listing.items, { id: 'wia', digest: 'e1' }] }],
    ['the listing gets another page', { last: 4 }],
    ['it is another page of the listing', { current: 1 }],
  ])('changes when %s', (_, change) => {
    expect(listingPageCacheKey({ ...listing, ...change })).not.toBe(listingPageCacheKey(listing));
  });

  it('gives no key when an article has no digest', () => {
    expect(listingPageCacheKey({ ...listing, items: [{ id: 'no-riskpolis' }] })).toBeUndefined();
  });
});
