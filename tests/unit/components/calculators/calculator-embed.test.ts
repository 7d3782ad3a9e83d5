import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { experimental_AstroContainer as AstroContainer, type AstroContainerOptions } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import CalculatorEmbed from '../../../../src/components/calculators/CalculatorEmbed.astro';
import { CALCULATORS } from '../../../../src/lib/calculators/catalogue';

// Astro's content collections are not loaded in Vitest: the embed gets fixture data instead, so this tests the
// mechanism, not the bureau's texts or figures (tests/unit/content/real-content.test.ts checks those).
vi.mock('../../../../src/data/calculator-parameters', async () => {
  const { parseParametersFile } = await import('../../../../src/lib/content-files');
  const { toYearParameters } = await import('../../../../src/lib/calculators/year-parameters');
  const fixture = (year: number) =>
    parseParametersFile(
      readFileSync(`tests/fixtures/site/rekenhulpen/parameters/${year}.yaml`, 'utf8'),
      `${year}.yaml`,
    );
  const parameterFiles = [fixture(2025), fixture(2026)];
  return { parameterFiles, yearParameters: parameterFiles.map(toYearParameters), defaultParametersYear: 2026 };
});
vi.mock('../../../../src/data/calculators', async () => {
  const { calculatorBySlug } = await import('../../../../src/lib/calculators/catalogue');
  const { default: CalculatorText } = await import('../../../fixtures/components/CalculatorText.astro');
  return {
    getCalculatorPage: async (slug: 'werkervaringsplaats') => ({
      slug,
      entry: calculatorBySlug(slug),
      content: { id: slug, data: {}, Content: CalculatorText },
    }),
  };
});

async function containerWithRenderers() {
  const renderers = await loadRenderers([getContainerRenderer()]);
  // The project's own `client:interaction` directive (its browser code does not matter when rendering HTML).
  const manifest = {
    clientDirectives: new Map([['interaction', '(()=>{})()']]),
  } as unknown as AstroContainerOptions['manifest'];
  return { container: await AstroContainer.create({ renderers, manifest }) };
}

// Renders the embed as an article would (the kennisbank registers it as <Rekenhulp naam="…" />).
async function render(naam: string, weergave?: string, locals: App.Locals = {}) {
  const { container } = await containerWithRenderers();
  return container.renderToString(CalculatorEmbed, { props: { naam, weergave }, locals });
}

/** The page's text as a reader sees it: no-break spaces and their entity as spaces. */
const readable = (html: string) => html.replace(/\u00a0|&nbsp;|&#160;/g, ' ');

describe('CalculatorEmbed', () => {
  it('has calculators to render', () => expect(CALCULATORS.length).toBeGreaterThan(0));

  it.each(CALCULATORS.map((entry) => [entry.slug, entry] as const))(
    '%s: renders its island hydrated on interaction, with a server-rendered result and a form that works without it',
    async (naam) => {
      const html = await render(naam);
      // A calculator missing from CalculatorIsland.astro renders no island: this fails for it.
      expect(html).toMatch(/<astro-island[^>]*component-url="[^"]*\/islands\/[^"]*"[^>]*client="interaction"/);
      expect(html).toContain(`action="/rekenhulpen/${naam}/uitkomst/"`);
      expect(html).toMatch(/<form[^>]*method="get"/);
      expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Bereken<\/button>/);
      expect(html).not.toContain('<noscript');
      expect(html).toContain('geen rechten aan ontlenen');
    },
  );

  it.each(CALCULATORS.map((entry) => [entry.slug, entry] as const))(
    '%s: its worked example, submitted, gives the summary worked out by hand',
    async (naam, { example }) => {
      const { container } = await containerWithRenderers();
      const html = await container.renderToString(CalculatorEmbed, {
        props: { naam, weergave: 'volledig', ingevuld: example.inputs, vandaag: example.today },
      });
      expect(readable(html)).toContain(example.summary);
      expect(readable(html)).toContain(example.headline);
    },
  );

  it('on its own page it explains how it calculates, with the formulas of its text', async () => {
    const html = await render('no-riskpolis', 'volledig');
    expect(html).toContain('<h2 id="hoe-rekenen-we-dit">Hoe rekenen we dit?</h2>');
    expect(html).toContain('Formule uit de fixture');
  });

  it('in an article it links to that explanation instead of repeating it, which keeps the article light', async () => {
    const html = await render('no-riskpolis');
    expect(html).toMatch(/<a href="\/rekenhulpen\/no-riskpolis\/#hoe-rekenen-we-dit">Hoe rekenen we dit\?/);
    expect(html).not.toContain('Formule uit de fixture');
  });

  it('renders the submitted values of a result page, with an error summary for a negative amount', async () => {
    const { container } = await containerWithRenderers();
    const html = await container.renderToString(CalculatorEmbed, {
      props: { naam: 'werkervaringsplaats', weergave: 'volledig', ingevuld: { jaar: '2026', maandloon: '-5' } },
    });
    expect(html).toContain('Er is 1 antwoord niet goed ingevuld');
    expect(html).toContain('Brutomaandloon van een vergelijkbare medewerker mag niet negatief zijn');
    expect(html).toContain('value="-5"');
  });

  it('on its own page the explanation is shown in full with the sources of its parameters', async () => {
    const html = await render('no-riskpolis', 'volledig');
    expect(html).not.toContain('<details');
    expect(html).toContain('href="https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon"');
    expect(html).toContain('Rekenvoorbeeld');
  });

  it('stops the build when the same calculator is placed twice on one page, naming it', async () => {
    const page: App.Locals = {};
    await render('no-riskpolis', 'artikel', page);
    await render('werkervaringsplaats', 'artikel', page);
    await expect(render('no-riskpolis', 'artikel', page)).rejects.toThrow(/"no-riskpolis" staat twee keer/);
  });

  it('stops the build on a calculator name that does not exist, naming it', async () => {
    await expect(render('rekenmachine')).rejects.toThrow(/Onbekende rekenhulp "rekenmachine"/);
  });
});
