import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd } from '../../../../src/lib/knowledge-base/structured-data';

describe('structured data', () => {
  it('describes the article with dates, language and publisher', () => {
    const data = articleJsonLd({
      url: 'https://bureau.nl/kennisbank/a/',
      title: 'Titel',
      description: 'Omschrijving',
      published: new Date('2026-11-02'),
      updated: new Date('2026-11-20'),
      author: { kind: 'editorial' },
      publisher: 'Bureau',
      siteUrl: 'https://bureau.nl/',
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-11-02',
      dateModified: '2026-11-20',
      inLanguage: 'nl-NL',
    });
    expect(data.publisher.name).toBe('Bureau');
    expect(data.author).toEqual({ '@type': 'Organization', name: 'Redactie Bureau', url: 'https://bureau.nl/' });
  });

  it('names a person who wrote the article, with their job title and profile', () => {
    const data = articleJsonLd({
      url: 'https://bureau.nl/kennisbank/a/',
      title: 'Titel',
      description: 'Omschrijving',
      published: new Date('2026-11-02'),
      updated: new Date('2026-11-20'),
      author: {
        kind: 'person',
        naam: 'Sanne Visser',
        functie: 'Arbeidsdeskundige',
        url: 'https://bureau.nl/over-ons/#sanne',
      },
      publisher: 'Bureau',
      siteUrl: 'https://bureau.nl/',
    });
    expect(data.author).toEqual({
      '@type': 'Person',
      name: 'Sanne Visser',
      jobTitle: 'Arbeidsdeskundige',
      url: 'https://bureau.nl/over-ons/#sanne',
    });
  });

  it('numbers breadcrumbs from 1 and leaves the URL off the current page', () => {
    const data = breadcrumbJsonLd([{ name: 'Home', url: 'https://bureau.nl/' }, { name: 'Artikel' }]);
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
