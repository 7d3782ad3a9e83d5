import { describe, expect, it } from 'vitest';
import { buildPhases, phaseBounds, phaseTable, type BuildPhases } from '../../bench/build-phases.mjs';

// The lines of an `npm run build` log of our site that the benchmark reads (Astro 7 and Pagefind, colours included).
const ourLog = [
  '\u001b[2m05:17:08\u001b[22m \u001b[34m[content]\u001b[39m Synced content',
  '05:17:08 [build] ✓ Completed in 3.53s.',
  '05:17:08 [build] Building server entrypoints...',
  '05:17:22 [vite] ✓ built in 14.72s',
  '05:17:24 [vite] ✓ built in 1.98s',
  '05:17:24 [vite] ✓ built in 358ms',
  ' prerendering static routes ',
  '05:17:25 ▶ src/pages/kennisbank/[slug].astro',
  '05:17:25   ├─ /kennisbank/een-artikel/index.html (+12ms) ',
  '05:17:25   ├─ /kennisbank/nog-een-artikel/index.html (+10ms) ',
  '05:17:25   ├─ /kennisbank/oud-artikel/index.html (restored) ',
  '05:17:25   ├─ /kennisbank/begrippen/index.html (+30ms) ',
  '05:17:25   ├─ /kennisbank/index.html (+9ms) ',
  '05:17:25   └─ /kennisbank/onderwerp/wia/pagina/2/index.html (+11ms) ',
  '05:17:41 ✓ Completed in 16.28s.',
  '05:17:42 [build] ✓ Completed in 34.45s.',
  'Finished in 4.455 seconds',
].join('\n');

const kinds = {
  isArticle: (path: string) => /^\/kennisbank\/(een-artikel|nog-een-artikel|oud-artikel)\//.test(path),
  isListing: (path: string) => /^\/kennisbank\/(index\.html|onderwerp\/)/.test(path),
};

describe('buildPhases', () => {
  it("reads Astro's phases and Pagefind's total from a build log", () => {
    expect(buildPhases(ourLog, kinds)).toMatchObject({
      collectMs: 3530,
      bundleMs: 14720,
      otherBundlesMs: 1980 + 358,
      renderMs: 16280,
      searchIndexMs: 4455,
    });
  });

  it('sums the render time per kind of page, leaving out pages copied from the last build', () => {
    expect(buildPhases(ourLog, kinds).pages).toEqual({
      article: { count: 2, ms: 22 },
      listing: { count: 2, ms: 20 },
      other: { count: 1, ms: 30 },
    });
  });

  it('reads durations as Astro and Vite print them: milliseconds, seconds and minutes', () => {
    const slow = ourLog
      .replace('✓ Completed in 16.28s.', '✓ Completed in 1m 4s.')
      .replace('[vite] ✓ built in 14.72s', '[vite] ✓ built in 2m')
      .replace('[build] ✓ Completed in 3.53s.', '[build] ✓ Completed in 855ms.')
      .replace('/kennisbank/een-artikel/index.html (+12ms)', '/kennisbank/een-artikel/index.html (+1.20s)');
    expect(buildPhases(slow, kinds)).toMatchObject({
      collectMs: 855,
      bundleMs: 120_000,
      renderMs: 64_000,
      pages: { article: { count: 2, ms: 1210 } },
    });
  });

  it('takes the rendering time from the static routes step, not from image optimisation after it', () => {
    const withImages = ourLog.replace(
      '05:17:41 ✓ Completed in 16.28s.',
      '05:17:41 ✓ Completed in 16.28s.\n generating optimized images \n05:17:42 ✓ Completed in 2.00s.',
    );
    expect(buildPhases(withImages, kinds).renderMs).toBe(16_280);
    expect(buildPhases(withImages.replace('05:17:41 ✓ Completed in 16.28s.\n', ''), kinds).renderMs).toBe(2000);
  });

  it("reads the search index time from our build's own line too (Pagefind through its Node API)", () => {
    const ours = ourLog.replace(
      'Finished in 4.455 seconds',
      "Zoekindex: de artikelen en 27 begrippen, rekenhulpen, diensten en pagina's, in 4.46 s.",
    );
    expect(buildPhases(ours, kinds).searchIndexMs).toBe(4460);
  });

  it('gives no search index time for a site without Pagefind', () => {
    expect(buildPhases(ourLog.replace(/^Finished in.*$/m, ''), kinds).searchIndexMs).toBe(0);
  });
});

describe('phaseTable', () => {
  it('shows each phase of both sites, the difference, and the wall time not in any phase', () => {
    const ours = [{ wallMs: 45_000, phases: buildPhases(ourLog, kinds) }];
    const blogPhases = buildPhases(
      [
        '05:17:52 [build] ✓ Completed in 2.67s.',
        '05:18:03 [vite] ✓ built in 10.49s',
        ' generating static routes ',
        '05:18:13 ✓ Completed in 10.09s.',
      ].join('\n'),
      kinds,
    );
    const lines = phaseTable('Titel', ours, [{ wallMs: 25_000, phases: blogPhases }]);
    expect(lines[0]).toBe('Titel');
    expect(lines).toContain('| bundling pages and articles (Vite) | 14.7 s | 10.5 s | +4.2 s |');
    expect(lines).toContain('| search index (Pagefind) | 4.5 s | 0.0 s | +4.5 s |');
    // 45 s − (3.53 + 14.72 + 2.338 + 16.28 + 4.455) s = 3.677 s; 25 s − (2.67 + 10.49 + 10.09) s = 1.75 s
    expect(lines).toContain('| rest of the wall time (start-up, hooks, sitemap) | 3.7 s | 1.8 s | +1.9 s |');
    expect(lines).toContain('| wall time | 45.0 s | 25.0 s | +20.0 s |');
  });
});

describe('phaseBounds', () => {
  const phases = (overrides: Partial<BuildPhases> & { listingMs?: number }): BuildPhases => ({
    collectMs: 2000,
    bundleMs: 10_000,
    otherBundlesMs: 0,
    renderMs: 9000,
    searchIndexMs: 0,
    ...overrides,
    pages: {
      article: { count: 100, ms: 8000 },
      listing: { count: 1, ms: overrides.listingMs ?? 0 },
      other: { count: 1, ms: 100 },
    },
  });
  const blog = [
    { n: 100, wallMs: 5000, phases: phases({}) },
    { n: 1000, wallMs: 25_000, phases: phases({}) },
  ];
  const ours = [
    { n: 100, wallMs: 8000, phases: phases({ searchIndexMs: 500, otherBundlesMs: 2000, listingMs: 200 }) },
    { n: 1000, wallMs: 40_000, phases: phases({ searchIndexMs: 5000, otherBundlesMs: 2500, listingMs: 2000 }) },
  ];
  const republishes = [{ wallMs: 30_000, phases: phases({ searchIndexMs: 5000, otherBundlesMs: 2500 }) }];

  it('bounds the cold build by the work the blog example does not do', () => {
    // (25 s + 5 s search index + 2.5 s other bundles + 2 s listing pages) / 25 s
    expect(phaseBounds(ours, blog, republishes).coldRatioFloor).toBeCloseTo(1.38);
  });

  it('bounds the growth per article by how those phases and the listing pages grow', () => {
    // blog: 20 s / 900 articles; ours adds (9.5 s − 2.7 s) / 900 articles on top
    expect(phaseBounds(ours, blog, republishes).growthRatioFloor).toBeCloseTo((20_000 + 6800) / 20_000);
  });

  it('bounds the re-publish by what every build does, whatever changed', () => {
    // (2 s sync + 10 s bundling + 2.5 s other bundles + 5 s search index) / 40 s cold build
    expect(phaseBounds(ours, blog, republishes).republishRatioFloor).toBeCloseTo(19.5 / 40);
  });
});
