// The bureau's identity in the built site (dist/client of the fixture site): logo, colours, icons, service promises,
// keurmerken and demo mode, all as the fixture's bureau.yaml sets them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { brandPalette, paletteCss } from '../../src/lib/site/brand-colours';
import {
  activeCertifications,
  expiredCertifications,
  openingHoursText,
  responseTimePromise,
} from '../../src/lib/site/bureau-details';
import { todayInNetherlands } from '../../src/lib/format/dates';
import { assertBuildOfTestedContent, builtFileFor, builtPages, CLIENT_DIR } from '../support/built-site';
import { bureau, contentFile, nonEmpty, testedContentDir } from '../support/site-content';

beforeAll(() => assertBuildOfTestedContent());

const pages = builtPages().map((page) => ({ ...page, dom: parse(page.html) }));
/** Pages with the site's layout (every page but the bare error pages of the server). */
const laidOut = nonEmpty(
  pages.filter((page) => page.dom.querySelector('header')),
  'pages with the site header',
);
const page = (path: string) => pages.find((candidate) => candidate.path === path)!;
const text = (path: string) => page(path).dom.querySelector('main')!.textContent.replace(/\s+/g, ' ');
const today = todayInNetherlands();

describe('logo and colours', () => {
  test('every page shows the logo in the header, sized, beside the name that labels the home link', () => {
    const stem = bureau.logo.bestand.replace(/^.*\//, '').replace(/\.\w+$/, '');
    for (const { path, dom } of laidOut) {
      const home = dom.querySelector('header a[href="/"]');
      const logo = home?.querySelector('img');
      expect(logo?.getAttribute('src'), path).toContain(stem);
      expect(logo?.getAttribute('alt'), path).toBe('');
      expect(logo?.getAttribute('width'), path).toMatch(/^\d+$/);
      expect(logo?.getAttribute('height'), path).toMatch(/^\d+$/);
      expect(home?.textContent.trim(), path).toBe(bureau.naam);
    }
  });

  test("the stylesheet gives Tailwind's brand variables the bureau's colours", () => {
    const css = laidOut[0]!.dom
      .querySelectorAll('link[rel="stylesheet"]')
      .map((link) => readFileSync(builtFileFor(link.getAttribute('href')!)!, 'utf8'))
      .join('\n');
    expect(css).toContain(paletteCss(brandPalette(bureau.huisstijl)).trim());
    expect(laidOut[0]!.dom.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(
      bureau.huisstijl.primair,
    );
  });

  test('the favicons are made from the logo', async () => {
    const logo = contentFile(bureau.logo.bestand);
    const favicon = readFileSync(join(CLIENT_DIR, 'favicon.svg'), 'utf8');
    if (bureau.logo.bestand.endsWith('.svg')) expect(favicon).toBe(logo);
    else expect(favicon).toContain('data:image/png;base64,');
    const ico = readFileSync(join(CLIENT_DIR, 'favicon.ico'));
    const png = ico.subarray(ico.readUInt32LE(18));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 });
    expect(await sharp(join(CLIENT_DIR, 'apple-touch-icon.png')).metadata()).toMatchObject({ width: 180, height: 180 });
  });

  test("the share image is in the bureau's primary colour", async () => {
    const { data } = await sharp(join(CLIENT_DIR, 'deelafbeelding.png'))
      .extract({ left: 10, top: 300, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const hex = `#${[...data.subarray(0, 3)].map((part) => part.toString(16).padStart(2, '0')).join('')}`;
    expect(hex).toBe(bureau.huisstijl.primair);
  });
});

describe('service promises and keurmerken', () => {
  const hours = nonEmpty(openingHoursText(bureau), 'opening hours');

  test('the footer of every page gives the opening hours, the response time and the region', () => {
    for (const { path, dom } of laidOut) {
      const footer = dom.querySelector('footer')!.textContent;
      for (const line of hours) expect(footer, path).toContain(line);
      expect(footer, path).toContain(responseTimePromise(bureau));
      expect(footer, path).toContain(bureau.werkgebied);
    }
  });

  test('the contact page gives them too, with the keurmerken', () => {
    const contact = text('/contact/');
    for (const line of hours) expect(contact).toContain(line);
    expect(contact).toContain(responseTimePromise(bureau));
    expect(contact).toContain(bureau.werkgebied);
    for (const mark of nonEmpty(activeCertifications(bureau, today), 'valid keurmerken'))
      expect(contact).toContain(mark.naam);
  });

  test('an expired keurmerk is on no page', () => {
    const expired = nonEmpty(expiredCertifications(bureau, today), 'expired keurmerken');
    for (const { path, html } of pages)
      for (const mark of expired) {
        expect(html, path).not.toContain(mark.naam);
        expect(html, path).not.toContain(mark.url);
      }
  });

  test('the Organization data names the opening hours and the region served', () => {
    const organisation = page('/')
      .dom.querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent))
      .find((data) => data['@type'] === 'Organization');
    expect(organisation.areaServed).toBe(bureau.werkgebied);
    expect(organisation.openingHoursSpecification).toHaveLength(bureau.openingstijden.length);
  });
});

describe(`demo mode (demo: ${bureau.demo} in ${testedContentDir.label}/bureau.yaml)`, () => {
  test('the demo notice and noindex are on every page exactly when the bureau is a demo', () => {
    for (const { path, dom } of laidOut) {
      expect(dom.querySelector('aside[aria-label="Demowebsite"]') !== null, path).toBe(bureau.demo);
      if (bureau.demo) expect(dom.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
    }
    if (!bureau.demo)
      expect(laidOut.filter(({ dom }) => dom.querySelector('meta[name="robots"]')).length).toBeLessThan(laidOut.length);
  });

  test('robots.txt closes the whole site exactly when the bureau is a demo', () => {
    const robots = readFileSync(join(CLIENT_DIR, 'robots.txt'), 'utf8');
    expect(/^Disallow: \/$/m.test(robots)).toBe(bureau.demo);
    expect(robots.includes('Sitemap:')).toBe(!bureau.demo);
  });
});
