// Services as the pages show them: prices in Dutch notation (always excl. btw with their year) and the Service
// structured data with its offers.
import { formatEuroWhole, formatEuro } from '../format/numbers';
import type { Price, ServiceData } from '../../schemas/service';

/** An amount as visitors read it: whole euros without cents ("€ 1.775"), cents only when there are any. */
export function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? formatEuroWhole(amount) : formatEuro(amount);
}

/** One line of a price table: what it buys and its amount as text ("€ 1.775" or "vanaf € 950"). */
export interface PriceLine {
  omschrijving: string;
  bedrag: string;
}

/** The lines of a price, "vanaf" before each amount of a starting price; none for a price on request. */
export function priceLines(price: Price): PriceLine[] {
  return price.regels.map((regel) => ({
    omschrijving: regel.omschrijving,
    bedrag: `${price.soort === 'vanaf' ? 'vanaf ' : ''}${formatAmount(regel.bedrag)}`,
  }));
}

/** What the amounts mean: "Bedragen exclusief btw, prijzen 2026." (empty for a price on request). */
export function priceBasis(price: Price): string {
  if (price.soort === 'op-aanvraag' || price.jaar === undefined) return '';
  return `Bedragen exclusief btw, prijzen ${price.jaar}.`;
}

/**
 * The price in one line, for the list of services: "€ 1.775 of € 2.750 excl. btw (2026)", "vanaf € 950 excl. btw
 * (2026)" or "Prijs op aanvraag".
 */
export function priceSummary(price: Price): string {
  if (price.soort === 'op-aanvraag' || price.regels.length === 0) return 'Prijs op aanvraag';
  const amounts = price.regels.map((regel) => regel.bedrag);
  const year = price.jaar === undefined ? '' : ` (${price.jaar})`;
  if (price.soort === 'vanaf') return `vanaf ${formatAmount(Math.min(...amounts))} excl. btw${year}`;
  const texts = [...new Set(amounts)].sort((a, b) => a - b).map(formatAmount);
  const joined = texts.length === 1 ? texts[0] : `${texts.slice(0, -1).join(', ')} of ${texts.at(-1)}`;
  return `${joined} excl. btw${year}`;
}

/** What the Service structured data needs besides the service itself. */
export interface ServiceJsonLdInput {
  service: Pick<ServiceData, 'titel' | 'samenvatting' | 'prijs'>;
  /** Absolute URL of the service's page. */
  url: string;
  /** The bureau. */
  provider: { name: string; url: string };
  /** Region served, when the bureau names one. */
  areaServed?: string;
}

/** A price's validity: the whole year it applies to. */
const yearValidity = (year: number | undefined) =>
  year === undefined ? {} : { validFrom: `${year}-01-01`, validThrough: `${year}-12-31` };

/**
 * schema.org Service for one service page: an Offer per price line with `price` and EUR for a fixed price, a
 * PriceSpecification with `minPrice` for a "vanaf" price, no offer for a price on request. Amounts exclude btw.
 */
export function serviceJsonLd({ service, url, provider, areaServed }: ServiceJsonLdInput) {
  const { prijs } = service;
  const offers =
    prijs.soort === 'op-aanvraag'
      ? []
      : prijs.regels.map((regel) => ({
          '@type': 'Offer',
          name: regel.omschrijving,
          url,
          priceCurrency: 'EUR',
          ...(prijs.soort === 'vast' ? { price: regel.bedrag } : {}),
          priceSpecification: {
            '@type': prijs.soort === 'vast' ? 'UnitPriceSpecification' : 'PriceSpecification',
            ...(prijs.soort === 'vast' ? { price: regel.bedrag } : { minPrice: regel.bedrag }),
            priceCurrency: 'EUR',
            valueAddedTaxIncluded: false,
            ...yearValidity(prijs.jaar),
          },
        }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: service.titel,
    description: service.samenvatting,
    url,
    provider: { '@type': 'Organization', name: provider.name, url: provider.url },
    ...(areaServed ? { areaServed } : {}),
    ...(offers.length > 0 ? { offers } : {}),
  };
}

/** The missing references of a service, as Dutch lines naming the field: an article or tool that does not exist. */
export function missingServiceReferences(
  service: Pick<ServiceData, 'artikelen' | 'rekenhulpen'>,
  known: { articles: readonly string[]; tools: readonly string[] },
): string[] {
  const problems: string[] = [];
  service.artikelen.forEach((slug, index) => {
    if (!known.articles.includes(slug))
      problems.push(`  - veld "artikelen.${index}": er is geen artikel "${slug}" in kennisbank/`);
  });
  service.rekenhulpen.forEach((slug, index) => {
    if (!known.tools.includes(slug))
      problems.push(
        `  - veld "rekenhulpen.${index}": er is geen rekenhulp "${slug}" (kies uit: ${known.tools.join(', ')})`,
      );
  });
  return problems;
}
