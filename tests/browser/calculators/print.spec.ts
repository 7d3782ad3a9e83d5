// Share and keep: every calculator prints its inputs and result on one A4 page, with the address of the result, every
// table whole, and its sources as a numbered list with their addresses.
import { expect, test } from '@playwright/test';
import { EXAMPLE_CASES } from '../../support/calculator-examples';
import { summary } from './helpers';

/** A4 portrait at 96 dpi less the 1 cm margins of the print style: the width a printed page has for content. */
const A4_CONTENT = { width: Math.floor(((210 - 20) / 25.4) * 96), height: Math.floor(((297 - 20) / 25.4) * 96) };

test('every calculator of the catalogue is printed', () => {
  expect(EXAMPLE_CASES.length).toBeGreaterThan(0);
});

for (const { slug, query } of EXAMPLE_CASES) {
  test(`${slug}: prints the inputs and the result on one A4 page, tables whole, sources with addresses`, async ({
    page,
  }) => {
    await page.goto(`/rekenhulpen/${slug}/`);
    await page.getByRole('button', { name: 'Bereken' }).click();
    await expect(page).toHaveURL(/\/uitkomst\/\?/);
    await page.goto(`/rekenhulpen/${slug}/uitkomst/${query}`);
    await page.setViewportSize(A4_CONTENT);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.no-print, footer.no-print').first()).toBeHidden();
    await expect(page.getByRole('link', { name: 'Begin opnieuw' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeHidden();
    await expect(page.getByTestId('rekenhulp-kort')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Hoe rekenen we dit?' })).toBeHidden();
    await expect(summary(page)).toBeVisible();
    await expect(page.getByText(/^Deze uitkomst online: /)).toBeVisible();

    // No table is clipped or scrolls: every cell lies within its region, which lies within the page.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.calc-table-region')].flatMap((region) => {
        const box = region.getBoundingClientRect();
        const cells = [...region.querySelectorAll<HTMLElement>('th, td')];
        const outside = cells.filter((cell) => cell.getBoundingClientRect().right > box.right + 0.5);
        return region.scrollWidth > region.clientWidth ||
          box.right > document.documentElement.clientWidth ||
          outside.length > 0
          ? [`${region.getAttribute('aria-labelledby')}: ${outside.map((cell) => cell.textContent).join(', ')}`]
          : [];
      }),
    );
    expect(clipped).toEqual([]);

    // The sources as a numbered list, each with its full address.
    const sources = page.getByTestId('bronnen-afdruk');
    await expect(sources).toBeVisible();
    const items = sources.locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const text of await items.allInnerTexts()) expect(text).toMatch(/https?:\/\/\S+/);

    const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}
