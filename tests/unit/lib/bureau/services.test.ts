import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  missingServiceReferences,
  priceBasis,
  priceLines,
  priceSummary,
  serviceJsonLd,
} from '../../../../src/lib/bureau/services';
import { priceSchema, type Price } from '../../../../src/schemas/service';

const price = (input: unknown): Price => priceSchema.parse(input);
/** Intl puts a no-break space after the euro sign, so an amount never breaks from its sign. */
const eur = (text: string) => text.replaceAll('€ ', '€\u00a0');
const fixed = price({
  soort: 'vast',
  regels: [
    { omschrijving: 'Traject van 6 maanden', bedrag: 2750 },
    { omschrijving: 'Traject van 3 maanden', bedrag: 1775 },
  ],
  jaar: 2026,
});
const from = price({ soort: 'vanaf', regels: [{ omschrijving: 'Onderzoek', bedrag: 1250.5 }], jaar: 2027 });
const onRequest = price({ soort: 'op-aanvraag' });

describe('service prices', () => {
  it('writes amounts the Dutch way, cents only when there are any', () => {
    expect(formatAmount(1775)).toBe(eur('€ 1.775'));
    expect(formatAmount(1250.5)).toBe(eur('€ 1.250,50'));
  });

  it('lists each amount, with "vanaf" before a starting price', () => {
    expect(priceLines(fixed)).toEqual([
      { omschrijving: 'Traject van 6 maanden', bedrag: eur('€ 2.750') },
      { omschrijving: 'Traject van 3 maanden', bedrag: eur('€ 1.775') },
    ]);
    expect(priceLines(from)).toEqual([{ omschrijving: 'Onderzoek', bedrag: eur('vanaf € 1.250,50') }]);
    expect(priceLines(onRequest)).toEqual([]);
  });

  it('always says the amounts exclude btw and names their year', () => {
    expect(priceBasis(fixed)).toBe('Bedragen exclusief btw, prijzen 2026.');
    expect(priceSummary(fixed)).toBe(eur('€ 1.775 of € 2.750 excl. btw (2026)'));
    expect(priceSummary(from)).toBe(eur('vanaf € 1.250,50 excl. btw (2027)'));
    expect(priceBasis(onRequest)).toBe('');
    expect(priceSummary(onRequest)).toBe('Prijs op aanvraag');
  });
});

describe('Service structured data', () => {
  const input = (prijs: Price) => ({
    service: { titel: '2e-spoortraject', samenvatting: 'Begeleiding naar werk elders.', prijs },
    url: 'https://bureau.nl/diensten/tweede-spoor/',
    provider: { name: 'Bureau', url: 'https://bureau.nl/' },
  });

  it('gives an Offer with price and EUR for each fixed amount, excluding btw, valid for its year', () => {
    const data = serviceJsonLd(input(fixed));
    expect(data).toMatchObject({ '@type': 'Service', name: '2e-spoortraject', provider: { name: 'Bureau' } });
    expect(data.offers).toHaveLength(2);
    expect(data.offers![0]).toMatchObject({
      '@type': 'Offer',
      name: 'Traject van 6 maanden',
      price: 2750,
      priceCurrency: 'EUR',
      priceSpecification: {
        price: 2750,
        priceCurrency: 'EUR',
        valueAddedTaxIncluded: false,
        validFrom: '2026-01-01',
        validThrough: '2026-12-31',
      },
    });
  });

  it('gives a starting price as a price specification with minPrice, without a fixed price', () => {
    const offer = serviceJsonLd(input(from)).offers![0]!;
    expect(offer).not.toHaveProperty('price');
    expect(offer.priceSpecification).toMatchObject({
      '@type': 'PriceSpecification',
      minPrice: 1250.5,
      priceCurrency: 'EUR',
    });
  });

  it('gives no offer for a price on request', () => {
    expect(serviceJsonLd(input(onRequest))).not.toHaveProperty('offers');
  });
});

describe('the references of a service', () => {
  it('names each article or tool that does not exist, with its field', () => {
    expect(
      missingServiceReferences(
        { artikelen: ['bestaat', 'weg'], rekenhulpen: ['verzuimkosten', 'rekenmachine'] },
        { articles: ['bestaat'], tools: ['verzuimkosten'] },
      ),
    ).toEqual([
      '  - veld "artikelen.1": er is geen artikel "weg" in kennisbank/',
      '  - veld "rekenhulpen.1": er is geen rekenhulp "rekenmachine" (kies uit: verzuimkosten)',
    ]);
  });
});
