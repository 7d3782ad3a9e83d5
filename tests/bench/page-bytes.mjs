// Bytes per page type as a browser loads them: HTML, JavaScript and CSS, each gzip-compressed here (level 9 is
// not used: default level 6 is what servers and CDNs typically apply). Also looks for web fonts that block rendering.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARTICLE_HTML_TARGET = 14 * 1024;

/** @param {string} css */
function blockingFontFaces(css) {
  // A @font-face without font-display (or with block/auto) hides text until the font arrives.
  return (css.match(/@font-face\s*{[^}]*}/g) ?? []).filter(
    (rule) => !/font-display\s*:\s*(swap|optional|fallback)/.test(rule),
  ).length;
}

/**
 * @param {string} baseUrl
 * @param {{ type: string, path: string }[]} pages
 */
export async function measurePageBytes(baseUrl, pages) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const results = [];
  try {
    for (const { type, path } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {Promise<void>[]} */
      const pending = [];
      const tally = { html: 0, js: 0, css: 0, fontFiles: 0, blockingFonts: 0, jsFiles: /** @type {string[]} */ ([]) };
      page.on('response', (response) => {
        const resourceType = response.request().resourceType();
        if (!response.url().startsWith(baseUrl) || response.status() !== 200) return;
        pending.push(
          response.body().then(
            (body) => {
              const gzip = gzipSync(body).byteLength;
              if (resourceType === 'document') tally.html += gzip;
              else if (resourceType === 'script') {
                tally.js += gzip;
                tally.jsFiles.push(new URL(response.url()).pathname);
              } else if (resourceType === 'stylesheet') {
                tally.css += gzip;
                tally.blockingFonts += blockingFontFaces(body.toString('utf8'));
              } else if (resourceType === 'font') tally.fontFiles += 1;
            },
            () => {},
          ),
        );
      });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      // Islands that hydrate when visible load their code once scrolled into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      // Inline <style> blocks count as part of the HTML; inline @font-face rules are checked too.
      const inlineCss = await page.evaluate(() =>
        [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
      );
      tally.blockingFonts += blockingFontFaces(inlineCss);
      await Promise.all(pending);
      await context.close();
      results.push({
        type,
        path,
        htmlGzip: tally.html,
        jsGzip: tally.js,
        jsFiles: tally.jsFiles,
        cssGzip: tally.css,
        fontFiles: tally.fontFiles,
        blockingFonts: tally.blockingFonts,
      });
    }
  } finally {
    await browser.close();
  }
  const article = results.find((r) => r.type === 'article');
  const targets = [
    {
      target: 'article HTML <= 14 KB gzip',
      value: article ? `${(article.htmlGzip / 1024).toFixed(1)} KB` : 'not measured',
      met: Boolean(article && article.htmlGzip <= ARTICLE_HTML_TARGET),
    },
    {
      target: 'no render-blocking web font',
      value: `${results.reduce((t, r) => t + r.fontFiles, 0)} font files, ${results.reduce((t, r) => t + r.blockingFonts, 0)} blocking @font-face rules`,
      met: results.every((r) => r.blockingFonts === 0),
    },
  ];
  return { pages: results, targets };
}
