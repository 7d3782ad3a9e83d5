// Bytes per page type as a browser loads them: HTML, JavaScript and CSS, each gzip-compressed here (level 9 is
// not used: default level 6 is what servers and CDNs typically apply). Also looks for web fonts that block rendering.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARTIKEL_HTML_DOEL = 14 * 1024;

/** @param {string} css */
function blokkerendeFontFaces(css) {
  // A @font-face without font-display (or with block/auto) hides text until the font arrives.
  return (css.match(/@font-face\s*{[^}]*}/g) ?? []).filter(
    (regel) => !/font-display\s*:\s*(swap|optional|fallback)/.test(regel),
  ).length;
}

/**
 * @param {string} basisUrl
 * @param {{ soort: string, pad: string }[]} paginas
 */
export async function meetPaginaBytes(basisUrl, paginas) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const resultaten = [];
  try {
    for (const { soort, pad } of paginas) {
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {Promise<void>[]} */
      const wachtrij = [];
      const telling = {
        html: 0,
        js: 0,
        css: 0,
        fontBestanden: 0,
        blokkerendeFonts: 0,
        jsBestanden: /** @type {string[]} */ ([]),
      };
      page.on('response', (antwoord) => {
        const soortBron = antwoord.request().resourceType();
        if (!antwoord.url().startsWith(basisUrl) || antwoord.status() !== 200) return;
        wachtrij.push(
          antwoord.body().then(
            (body) => {
              const gzip = gzipSync(body).byteLength;
              if (soortBron === 'document') telling.html += gzip;
              else if (soortBron === 'script') {
                telling.js += gzip;
                telling.jsBestanden.push(new URL(antwoord.url()).pathname);
              } else if (soortBron === 'stylesheet') {
                telling.css += gzip;
                telling.blokkerendeFonts += blokkerendeFontFaces(body.toString('utf8'));
              } else if (soortBron === 'font') telling.fontBestanden += 1;
            },
            () => {},
          ),
        );
      });
      await page.goto(basisUrl + pad, { waitUntil: 'networkidle' });
      // Islands that hydrate when visible load their code once scrolled into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      // Inline <style> blocks count as part of the HTML; inline @font-face rules are checked too.
      const inlineCss = await page.evaluate(() =>
        [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
      );
      telling.blokkerendeFonts += blokkerendeFontFaces(inlineCss);
      await Promise.all(wachtrij);
      await context.close();
      resultaten.push({
        soort,
        pad,
        htmlGzip: telling.html,
        jsGzip: telling.js,
        jsBestanden: telling.jsBestanden,
        cssGzip: telling.css,
        fontBestanden: telling.fontBestanden,
        blokkerendeFonts: telling.blokkerendeFonts,
      });
    }
  } finally {
    await browser.close();
  }
  const artikel = resultaten.find((r) => r.soort === 'article');
  const doelen = [
    {
      doel: 'article HTML <= 14 KB gzip',
      waarde: artikel ? `${(artikel.htmlGzip / 1024).toFixed(1)} KB` : 'not measured',
      gehaald: Boolean(artikel && artikel.htmlGzip <= ARTIKEL_HTML_DOEL),
    },
    {
      doel: 'no render-blocking web font',
      waarde: `${resultaten.reduce((t, r) => t + r.fontBestanden, 0)} font files, ${resultaten.reduce((t, r) => t + r.blokkerendeFonts, 0)} blocking @font-face rules`,
      gehaald: resultaten.every((r) => r.blokkerendeFonts === 0),
    },
  ];
  return { paginas: resultaten, doelen };
}
