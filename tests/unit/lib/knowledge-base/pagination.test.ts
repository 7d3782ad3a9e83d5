import { describe, expect, it } from 'vitest';
import { listingPageHref, pageLinks, paginate } from '../../../../src/lib/knowledge-base/pagination';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('puts every item on exactly one page, in order, and no page holds more than the page size', () => {
    const pages = paginate(numbers(65), 30);
    expect(pages.map((page) => page.items.length)).toEqual([30, 30, 5]);
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(65));
    expect(pages.map((page) => [page.current, page.last])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives page 1 the listing address and the others pagina/<n>', () => {
    expect(paginate(numbers(61), 30).map((page) => page.param)).toEqual([undefined, 'pagina/2', 'pagina/3']);
  });

  it('has one page when everything fits, and one empty page when there is nothing', () => {
    expect(paginate(numbers(30), 30)).toHaveLength(1);
    expect(paginate([], 30)).toEqual([{ items: [], current: 1, last: 1, param: undefined }]);
  });
});

describe('listingPageHref', () => {
  it('links page 1 to the listing itself and later pages below it', () => {
    expect(listingPageHref('/kennisbank/onderwerp/wia/', 1)).toBe('/kennisbank/onderwerp/wia/');
    expect(listingPageHref('/kennisbank/', 3)).toBe('/kennisbank/pagina/3/');
  });
});

describe('pageLinks', () => {
  const shown = (current: number, last: number) =>
    pageLinks(current, last).map((link) => ('gap' in link ? '…' : link.current ? `[${link.page}]` : `${link.page}`));

  it('shows the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(shown(1, 1)).toEqual(['[1]']);
    expect(shown(1, 3)).toEqual(['[1]', '2', '3']);
    expect(shown(5, 10)).toEqual(['1', '…', '4', '[5]', '6', '…', '10']);
    expect(shown(10, 10)).toEqual(['1', '…', '9', '[10]']);
    expect(shown(3, 10)).toEqual(['1', '2', '[3]', '4', '…', '10']);
  });
});
