import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sourceCitations } from '../../../src/integrations/source-citations';

// The MDX fixtures of the mechanism tests stand in for the articles folder.
const articlesDir = join(process.cwd(), 'tests/fixtures/mdx');
const article = join(articlesDir, 'een-artikel.mdx');
const bronnen = [
  { titel: 'Wet', url: 'https://wetten.example/wet', geraadpleegd: new Date('2026-01-01') },
  { titel: 'UWV', url: 'https://uwv.example/pagina/', geraadpleegd: new Date('2026-01-01') },
];

/** Compiles MDX the way Astro's MDX processor does: the file's frontmatter is in `data.astro.frontmatter`. */
const compile = async (source: string, path = article, frontmatter: Record<string, unknown> = { bronnen }) =>
  (
    await mdxToJs(source, {
      mdastPlugins: [sourceCitations({ articlesDir })],
      fileURL: pathToFileURL(path),
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    })
  ).code;

/** The numbers of the references in compiled MDX, in reading order. */
const references = (code: string) => [...code.matchAll(/href: "#bron-(\d+)"/g)].map((match) => Number(match[1]));

describe('the source-citations Markdown plugin', () => {
  it('turns a link to a listed source into its text and a numbered reference, every time it is used', async () => {
    const code = await compile(
      'Het staat in de [wet](https://wetten.example/wet), volgens [UWV](https://uwv.example/pagina) en [de wet](https://wetten.example/wet).',
    );
    expect(references(code)).toEqual([1, 2, 1]);
    expect(code).not.toContain('https://wetten.example/wet');
    expect(code).not.toContain('https://uwv.example/pagina');
    expect(code).toContain('"wet"');
    expect(code).toMatch(/_jsx\(_components.sup, \{\s*class: "citation"/);
  });

  it('keeps the formatting inside the link text', async () => {
    const code = await compile('Lees [de **hele** wet](https://wetten.example/wet).');
    expect(code).toMatch(/_jsx\(_components.strong, \{ children: "hele" \}\)/);
    expect(references(code)).toEqual([1]);
  });

  it('leaves links to the site, to unlisted websites and inside headings alone', async () => {
    const code = await compile(
      '## Zie de [wet](https://wetten.example/wet)\n\nNaar [de planner](/rekenhulpen/poortwachter-planner/) of [UWV](https://uwv.example/).',
    );
    expect(references(code)).toEqual([]);
    expect(code).toContain('href: "https://wetten.example/wet"');
    expect(code).toContain('href: "/rekenhulpen/poortwachter-planner/"');
    expect(code).toContain('href: "https://uwv.example/"');
  });

  it('leaves files outside the articles folder and articles without sources alone', async () => {
    const source = 'De [wet](https://wetten.example/wet).';
    expect(references(await compile(source, join(process.cwd(), 'content/paginas/privacy.mdx')))).toEqual([]);
    expect(references(await compile(source, article, {}))).toEqual([]);
    expect(references(await compile(source))).toEqual([1]);
  });
});
