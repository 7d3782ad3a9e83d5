// The bureau's own pages in the build: services with their prices and Service structured data, people with their
// photos, results with their provenance, client stories only as consented, and articles credited to their author. All
// expected values come from the content under test (the fixture site), never from the demo.
import { expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/built-site';
import { nonEmpty, people, results, services, stories } from '../support/site-content';
import { publishedArticles } from '../browser/knowledge-base/article-files';
import { priceSummary } from '../../src/lib/bureau/services';

const pages = builtPages().map((page) => ({ ...page, dom: parse(page.html) }));
const page = (path: string) => {
  const found = pages.find((entry) => entry.path === path);
  if (!found) throw new Error(`The build has no page ${path}`);
  return found;
};
const text = (dom: HTMLElement) => dom.textContent.replace(/\s+/g, ' ');
/** The JSON-LD objects of a page. */
const jsonLd = (dom: HTMLElement) =>
  dom.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));

test('every JSON-LD block on every page is valid JSON with a schema.org type', () => {
  const blocks = pages.flatMap((entry) => jsonLd(entry.dom).map((data) => ({ path: entry.path, data })));
  expect(blocks.length).toBeGreaterThan(pages.length / 2);
  for (const { path, data } of blocks) {
    expect(data['@context'], path).toBe('https://schema.org');
    expect(data['@type'], path).toMatch(/^[A-Z][A-Za-z]+$/);
  }
});

test('/diensten/ lists every service in order with its price summary', () => {
  const list = page('/diensten/').dom.querySelector('[data-testid="diensten"]')!;
  const ordered = [...nonEmpty(services, 'services')].sort((a, b) => a.data.volgorde - b.data.volgorde);
  expect(list.querySelectorAll('h2').map((heading) => heading.textContent.trim())).toEqual(
    ordered.map((service) => service.data.titel),
  );
  for (const service of ordered) expect(text(list)).toContain(priceSummary(service.data.prijs).replace(/\s+/g, ' '));
});

test.each(nonEmpty(services, 'services').map((service) => [service.slug, service] as const))(
  'the page of service %s shows its steps and price, gives Service structured data and ends with the request form',
  (slug, service) => {
    const { dom } = page(`/diensten/${slug}/`);
    expect(dom.querySelector('h1')!.textContent.trim()).toBe(service.data.titel);
    for (const step of service.data.stappen) expect(text(dom)).toContain(step.titel);
    const data = jsonLd(dom).find((entry) => entry['@type'] === 'Service');
    expect(data).toMatchObject({ name: service.data.titel, description: service.data.samenvatting });
    const { prijs } = service.data;
    if (prijs.soort === 'op-aanvraag') {
      expect(data.offers).toBeUndefined();
      expect(text(dom)).toContain('Prijs op aanvraag');
    } else {
      expect(data.offers).toHaveLength(prijs.regels.length);
      prijs.regels.forEach((regel, index) => {
        const offer = data.offers[index];
        expect(offer.priceCurrency).toBe('EUR');
        expect(offer.priceSpecification).toMatchObject({
          valueAddedTaxIncluded: false,
          validFrom: `${prijs.jaar}-01-01`,
        });
        if (prijs.soort === 'vast') expect(offer.price).toBe(regel.bedrag);
        else expect(offer.priceSpecification.minPrice).toBe(regel.bedrag);
      });
      expect(text(dom)).toContain(`Bedragen exclusief btw, prijzen ${prijs.jaar}.`);
    }
    const links = dom.querySelectorAll('a').map((link) => link.getAttribute('href'));
    expect(
      links.at(
        -1 -
          links
            .slice()
            .reverse()
            .findIndex((href) => href?.startsWith('/aanvragen/')),
      ),
    ).toBe(`/aanvragen/?dienst=${slug}`);
  },
);

test('the fixture covers every kind of price, so the test above checks each', () => {
  for (const kind of ['vast', 'vanaf', 'op-aanvraag'])
    nonEmpty(
      services.filter((service) => service.data.prijs.soort === kind),
      `service with a price of kind ${kind}`,
    );
});

test('/over-ons/ shows every person at their anchor, with a sized photo, alt text and registrations', () => {
  const { dom } = page('/over-ons/');
  for (const person of nonEmpty(people, 'people')) {
    const profile = dom.getElementById(person.id);
    expect(profile, person.id).not.toBeNull();
    expect(text(profile!)).toContain(person.naam);
    expect(text(profile!)).toContain(person.functie);
    for (const registration of person.registraties) expect(text(profile!)).toContain(registration);
    const image = profile!.querySelector('img')!;
    expect(image.getAttribute('alt')).toBe(person.foto.alt);
    expect(image.getAttribute('width')).toBe('144');
    expect(image.getAttribute('srcset')).toMatch(/\.webp 2x/);
  }
});

test('/over-ons/ shows every result with what it measures, its period, its trajectories and its source', () => {
  const { dom } = page('/over-ons/');
  expect(dom.getElementById('resultaten'), 'the anchor the home page links to').not.toBeNull();
  for (const result of nonEmpty(results, 'results')) {
    const figure = dom.querySelector(`[data-result="${result.id}"]`)!;
    for (const part of [result.omschrijving, result.periode.label, result.bron, `${result.aantalTrajecten} traject`])
      expect(text(figure)).toContain(part);
  }
});

test('client stories are shown, anonymised ones without the name or organisation anywhere on the site', () => {
  const overOns = text(page('/over-ons/').dom);
  for (const story of nonEmpty(stories, 'client stories')) expect(overOns).toContain(story.titel);
  const hidden = nonEmpty(
    stories.filter((story) => story.geanonimiseerd && (story.naam || story.organisatie)),
    'anonymised stories with a name filled in',
  ).flatMap((story) => [story.naam, story.organisatie].filter((value): value is string => Boolean(value)));
  for (const entry of pages) for (const value of hidden) expect(entry.html, entry.path).not.toContain(value);
  for (const story of nonEmpty(
    stories.filter((entry) => !entry.geanonimiseerd),
    'named stories',
  ))
    expect(overOns).toContain(story.naam ?? story.organisatie!);
});

test("an article names its author once: a person with a link to their profile and a Person with jobTitle, or 'Redactie'", () => {
  const byPerson = nonEmpty(
    publishedArticles().filter((article) => article.frontmatter.auteur !== 'redactie'),
    'articles by a person',
  );
  for (const article of byPerson) {
    const { dom } = page(`/kennisbank/${article.slug}/`);
    const person = people.find((entry) => entry.id === article.frontmatter.auteur)!;
    const line = dom.querySelector('[data-testid="auteur"]')!;
    expect(line.querySelector('a')!.getAttribute('href')).toBe(`/over-ons/#${person.id}`);
    expect(text(line)).toContain(`${person.naam}, ${person.functie}`);
    const author = jsonLd(dom).find((entry) => entry['@type'] === 'Article').author;
    expect(author).toMatchObject({ '@type': 'Person', name: person.naam, jobTitle: person.functie });
    expect(author.url).toMatch(new RegExp(`/over-ons/#${person.id}$`));
  }
  const byTeam = nonEmpty(
    publishedArticles().filter((article) => article.frontmatter.auteur === 'redactie'),
    'articles by the editorial team',
  );
  for (const article of byTeam) {
    const line = page(`/kennisbank/${article.slug}/`).dom.querySelector('[data-testid="auteur"]')!;
    expect(text(line).match(/redactie/gi)).toHaveLength(1);
  }
});
