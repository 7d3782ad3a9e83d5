import { isoDate } from '../format/dates';

/** What the structured data of an article page needs to know. */
export interface ArticleJsonLdInput {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  description: string;
  published: Date;
  updated: Date;
  /** Who wrote it: a person (named with their job title and profile) or the editorial team (an organisation). */
  author: { kind: 'person'; naam: string; functie: string; url: string } | { kind: 'editorial' };
  /** Name of the bureau (publisher). */
  publisher: string;
  /** Absolute URL of the site root. */
  siteUrl: string;
}

/** schema.org Article for one kennisbank article. */
export function articleJsonLd(input: ArticleJsonLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    datePublished: isoDate(input.published),
    dateModified: isoDate(input.updated),
    inLanguage: 'nl-NL',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    author:
      input.author.kind === 'person'
        ? { '@type': 'Person', name: input.author.naam, jobTitle: input.author.functie, url: input.author.url }
        : { '@type': 'Organization', name: `Redactie ${input.publisher}`, url: input.siteUrl },
    publisher: { '@type': 'Organization', name: input.publisher, url: input.siteUrl },
  };
}

/** One step of a breadcrumb trail; the last step (the current page) may omit its URL. */
export interface Crumb {
  name: string;
  url?: string;
}

/** schema.org BreadcrumbList; `url` values must be absolute. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  };
}

/** schema.org FAQPage, or undefined when there are no questions. */
export function faqJsonLd(questions: readonly { vraag: string; antwoord: string }[]) {
  if (questions.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map(({ vraag, antwoord }) => ({
      '@type': 'Question',
      name: vraag,
      acceptedAnswer: { '@type': 'Answer', text: antwoord },
    })),
  };
}
