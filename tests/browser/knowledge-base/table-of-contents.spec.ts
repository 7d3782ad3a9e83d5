import { expect, test, type Locator } from '@playwright/test';
import { longestArticle } from './article-files';

const article = `/kennisbank/${longestArticle().slug}/`;

/** Words of the table of contents that run over two lines: it may break lines at spaces and hyphens only. */
async function wordsBrokenOverLines(toc: Locator): Promise<string[]> {
  return toc.evaluate((nav) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(nav, NodeFilter.SHOW_TEXT);
    let words = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
        words++;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    if (words === 0) throw new Error('no words in the table of contents');
    return broken;
  });
}

test('on a wide screen the table of contents stays beside the text while reading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(article);
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const text = page.locator('[data-article-body]');

  const besideText = async () => {
    const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
    expect(tocBox!.x, 'right of the text').toBeGreaterThanOrEqual(textBox!.x + textBox!.width);
  };
  await besideText();
  expect(await wordsBrokenOverLines(toc)).toEqual([]);

  await page.mouse.wheel(0, 3000);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
  await expect(toc).toBeInViewport();
  await besideText();
  const top = (await toc.boundingBox())!.y;
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(40);

  // Its links still work from there.
  await toc.getByRole('link').last().click();
  await expect(page).toHaveURL(/#[\w-]+$/);
});

test('on a phone the table of contents comes before the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(article);
  const tocBox = await page.getByRole('navigation', { name: 'Op deze pagina' }).boundingBox();
  const textBox = await page.locator('[data-article-body]').boundingBox();
  expect(tocBox!.y + tocBox!.height).toBeLessThanOrEqual(textBox!.y);
  expect(tocBox!.width).toBeGreaterThan(300);
  expect(await wordsBrokenOverLines(page.getByRole('navigation', { name: 'Op deze pagina' }))).toEqual([]);
});
