/** What the structured data of an article page needs to know. */
export interface ArticleJsonLdInput {
  /** Absolute URL of the article page. */
  url: string;
  titel: string;
  omschrijving: string;
  gepubliceerd: Date;
  bijgewerkt: Date;
  /** Author name; the redaction is published as an organisation. */
  auteurNaam: string;
  /** Name of the bureau (publisher). */
  uitgever: string;
  /** Absolute URL of the site root. */
  siteUrl: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** schema.org Article for one kennisbank article. */
export function articleJsonLd(input: ArticleJsonLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.titel,
    description: input.omschrijving,
    datePublished: isoDate(input.gepubliceerd),
    dateModified: isoDate(input.bijgewerkt),
    inLanguage: 'nl-NL',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    author: { '@type': 'Organization', name: `${input.auteurNaam} ${input.uitgever}`.trim() },
    publisher: { '@type': 'Organization', name: input.uitgever, url: input.siteUrl },
  };
}

/** One step of a breadcrumb trail; the last step (the current page) may omit its URL. */
export interface Crumb {
  naam: string;
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
      name: crumb.naam,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  };
}

/** schema.org FAQPage, or undefined when there are no questions. */
export function faqJsonLd(vragen: readonly { vraag: string; antwoord: string }[]) {
  if (vragen.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: vragen.map(({ vraag, antwoord }) => ({
      '@type': 'Question',
      name: vraag,
      acceptedAnswer: { '@type': 'Answer', text: antwoord },
    })),
  };
}
