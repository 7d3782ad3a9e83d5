import { describe, expect, it } from 'vitest';
import { buildPhases, phaseTable } from '../../bench/build-phases.mjs';

// The lines of an `npm run build` log of our site that the benchmark reads (Astro 7 and Pagefind, colours included).
const ourLog = [
  '\u001b[2m05:17:08\u001b[22m \u001b[34m[content]\u001b[39m Synced content',
  '05:17:08 [build] ✓ Completed in 3.53s.',
  '05:17:08 [build] Building server entrypoints...',
  '05:17:22 [vite] ✓ built in 14.72s',
  '05:17:24 [vite] ✓ built in 1.98s',
  '05:17:24 [vite] ✓ built in 358ms',
  ' generating static routes ',
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

  it('reads durations Astro prints in milliseconds', () => {
    expect(buildPhases(ourLog.replace('✓ Completed in 16.28s.', '✓ Completed in 855ms.'), kinds).renderMs).toBe(855);
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
