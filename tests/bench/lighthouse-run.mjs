// Lighthouse (Node API) in its default mode: mobile form factor with simulated throttling, on Debian's Chromium.
// Returns the four category scores, LCP, and every audit that cost points, so the report can name the problems.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIEEN = ['performance', 'accessibility', 'best-practices', 'seo'];
const LCP_DOEL_MS = 1000;
const RUNS_PER_PAGE = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/**
 * @param {string} basisUrl
 * @param {{ soort: string, pad: string }[]} paginas
 */
export async function meetLighthouse(basisUrl, paginas) {
  const chrome = await launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const resultaten = [];
  try {
    for (const { soort, pad } of paginas) {
      // Lighthouse's simulated throttling varies from run to run on a shared machine; like PageSpeed practice,
      // report the run with the median LCP out of RUNS_PER_PAGE.
      const runs = [];
      for (let run = 0; run < RUNS_PER_PAGE; run++) {
        const uitkomst = await lighthouse(basisUrl + pad, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIEEN,
        });
        if (!uitkomst) throw new Error(`Lighthouse returned nothing for ${pad}`);
        runs.push(uitkomst.lhr);
      }
      runs.sort(
        (a, b) =>
          (a.audits['largest-contentful-paint']?.numericValue ?? 0) -
          (b.audits['largest-contentful-paint']?.numericValue ?? 0),
      );
      const lhr = runs[Math.floor(runs.length / 2)];
      const alleLcpMs = runs.map((r) => Math.round(r.audits['largest-contentful-paint']?.numericValue ?? NaN));
      const scores = Object.fromEntries(CATEGORIEEN.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const lcpMs = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      // Audits that count towards a category score and did not get full marks.
      const bevindingen = CATEGORIEEN.flatMap((categorie) =>
        (lhr.categories[categorie]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => ({ categorie, id: audit.id, titel: audit.title, waarde: audit.displayValue ?? '' })),
      );
      const fouten = lhr.runtimeError ? [lhr.runtimeError.message] : [];
      resultaten.push({
        soort,
        pad,
        scores,
        lcpMs,
        alleLcpMs,
        bevindingen,
        fouten,
        lighthouseVersie: lhr.lighthouseVersion,
      });
    }
  } finally {
    chrome.kill();
  }
  const doelen = resultaten.flatMap((r) => [
    {
      doel: `${r.soort}: 100 in all four categories`,
      waarde: CATEGORIEEN.map((c) => r.scores[c]).join(' / '),
      gehaald: CATEGORIEEN.every((c) => r.scores[c] === 100),
    },
    { doel: `${r.soort}: LCP <= 1.0 s`, waarde: `${(r.lcpMs / 1000).toFixed(2)} s`, gehaald: r.lcpMs <= LCP_DOEL_MS },
  ]);
  return { paginas: resultaten, doelen };
}
