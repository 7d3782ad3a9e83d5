import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/kennisbank/toc';
import { chooseCallToAction } from '../../../src/lib/kennisbank/call-to-action';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd } from '../../../src/lib/kennisbank/structured-data';
import { searchStatusText } from '../../../src/lib/kennisbank/search-status';

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

describe('call to action', () => {
  it('sends no-riskpolis and loonkostenvoordeel readers to the no-riskpolis calculator', () => {
    expect(chooseCallToAction(['loonkostenvoordeel'], ['werkgever']).href).toBe('/rekenhulpen/no-riskpolis/');
  });
  it('sends verzuimkosten readers to the verzuimkosten calculator', () => {
    expect(chooseCallToAction(['verzuimkosten'], ['werkgever']).href).toBe('/rekenhulpen/verzuimkosten/');
  });
  it('sends host organisations to the offer form, others to the werkervaringsplaats calculator', () => {
    expect(chooseCallToAction(['werkervaringsplaats'], ['inlener']).href).toBe('/aanbieden/');
    expect(chooseCallToAction(['tweede-spoor'], ['werknemer']).href).toBe('/rekenhulpen/werkervaringsplaats/');
  });
});

describe('structured data', () => {
  it('describes the article with dates, language and publisher', () => {
    const data = articleJsonLd({
      url: 'https://bureau.nl/kennisbank/a/',
      titel: 'Titel',
      omschrijving: 'Omschrijving',
      gepubliceerd: new Date('2026-11-02'),
      bijgewerkt: new Date('2026-11-20'),
      auteurNaam: 'Redactie',
      uitgever: 'Bureau',
      siteUrl: 'https://bureau.nl/',
    });
    expect(data).toMatchObject({ '@type': 'Article', datePublished: '2026-11-02', dateModified: '2026-11-20', inLanguage: 'nl-NL' });
    expect(data.publisher.name).toBe('Bureau');
  });

  it('numbers breadcrumbs from 1 and leaves the URL off the current page', () => {
    const data = breadcrumbJsonLd([{ naam: 'Home', url: 'https://bureau.nl/' }, { naam: 'Artikel' }]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://bureau.nl/' },
      { '@type': 'ListItem', position: 2, name: 'Artikel' },
    ]);
  });

  it('emits FAQPage only when there are questions', () => {
    expect(faqJsonLd([])).toBeUndefined();
    expect(faqJsonLd([{ vraag: 'V?', antwoord: 'A.' }])?.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'V?',
      acceptedAnswer: { '@type': 'Answer', text: 'A.' },
    });
  });
});

describe('search status', () => {
  it('announces singular, plural and no results in Dutch', () => {
    expect(searchStatusText('polis', 1)).toBe('1 artikel gevonden voor "polis".');
    expect(searchStatusText(' polis ', 3)).toBe('3 artikelen gevonden voor "polis".');
    expect(searchStatusText('xyz', 0)).toMatch(/^Geen artikelen gevonden voor "xyz"/);
    expect(searchStatusText('  ', 0)).toBe('');
  });
});
