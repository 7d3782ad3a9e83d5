// Lighthouse (Node API) in its default mode: mobile form factor with simulated throttling, on Debian's Chromium.
// Returns the four category scores, LCP, and every audit that cost points, so the report can name the problems.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LCP_TARGET_MS = 1000;
const RUNS_PER_PAGE = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/**
 * @param {string} baseUrl
 * @param {{ type: string, path: string }[]} pages
 */
export async function measureLighthouse(baseUrl, pages) {
  const chrome = await launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (const { type, path } of pages) {
      // Lighthouse's simulated throttling varies from run to run on a shared machine; like PageSpeed practice,
      // report the run with the median LCP out of RUNS_PER_PAGE.
      const runs = [];
      for (let run = 0; run < RUNS_PER_PAGE; run++) {
        const outcome = await lighthouse(baseUrl + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${path}`);
        runs.push(outcome.lhr);
      }
      runs.sort(
        (a, b) =>
          (a.audits['largest-contentful-paint']?.numericValue ?? 0) -
          (b.audits['largest-contentful-paint']?.numericValue ?? 0),
      );
      const lhr = runs[Math.floor(runs.length / 2)];
      const allLcpMs = runs.map((r) => Math.round(r.audits['largest-contentful-paint']?.numericValue ?? NaN));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const lcpMs = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      // Audits that count towards a category score and did not get full marks.
      const findings = CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => ({ category, id: audit.id, title: audit.title, value: audit.displayValue ?? '' })),
      );
      const errors = lhr.runtimeError ? [lhr.runtimeError.message] : [];
      results.push({ type, path, scores, lcpMs, allLcpMs, findings, errors, lighthouseVersion: lhr.lighthouseVersion });
    }
  } finally {
    chrome.kill();
  }
  const targets = results.flatMap((r) => [
    {
      target: `${r.type}: 100 in all four categories`,
      value: CATEGORIES.map((c) => r.scores[c]).join(' / '),
      met: CATEGORIES.every((c) => r.scores[c] === 100),
    },
    { target: `${r.type}: LCP <= 1.0 s`, value: `${(r.lcpMs / 1000).toFixed(2)} s`, met: r.lcpMs <= LCP_TARGET_MS },
  ]);
  return { pages: results, targets };
}
