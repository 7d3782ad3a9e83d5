import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import RekenhulpEmbed from '../../../src/components/rekenhulpen/RekenhulpEmbed.astro';

// Renders the embed as an article would (the kennisbank registers it as <Rekenhulp naam="…" />).
async function render(naam: string, weergave?: string, locals: App.Locals = {}) {
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  return container.renderToString(RekenhulpEmbed, { props: { naam, weergave }, locals });
}

describe('RekenhulpEmbed', () => {
  it.each([
    ['werkervaringsplaats', 'WerkervaringsplaatsCalculator', 'Resultaat voor u'],
    ['no-riskpolis', 'NoRiskpolisCalculator', 'Totaal over 5 jaar'],
    ['verzuimkosten', 'VerzuimkostenCalculator', 'Loondoorbetaling 104 weken'],
  ])('%s: renders its island hydrated when visible, with a server-rendered result', async (naam, component, summary) => {
    const html = await render(naam);
    expect(html).toMatch(/<astro-island[^>]*client="visible"/);
    expect(html).toContain(component);
    expect(html).toContain(summary);
    expect(html).toContain('Hoe rekenen we dit?');
    expect(html).toContain('geen rechten aan ontlenen');
  });

  it('in an article the explanation is folded away and links to the full page', async () => {
    const html = await render('no-riskpolis');
    expect(html).toContain('<details');
    expect(html).toContain('href="/rekenhulpen/no-riskpolis/"');
  });

  it('on its own page the explanation is shown in full with sources', async () => {
    const html = await render('no-riskpolis', 'volledig');
    expect(html).not.toContain('<details');
    expect(html).toContain('uwv.nl/particulieren/bedragen/detail/maximumdagloon');
    expect(html).toContain('Rekenvoorbeeld');
  });

  it('stops the build when the same calculator is placed twice on one page, naming it', async () => {
    const page: App.Locals = {};
    await render('no-riskpolis', 'artikel', page);
    await render('werkervaringsplaats', 'artikel', page);
    await expect(render('no-riskpolis', 'artikel', page)).rejects.toThrow(/"no-riskpolis" staat twee keer/);
  });
});
