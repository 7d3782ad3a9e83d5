// Share and keep: every calculator prints its inputs and result on one A4 page, with the address of the result.
import { expect, test } from '@playwright/test';
import { summary } from './helpers';

for (const slug of ['werkervaringsplaats', 'no-riskpolis', 'verzuimkosten']) {
  test(`${slug}: prints the inputs and the result on one A4 page, also from a result page`, async ({ page }) => {
    await page.goto(`/rekenhulpen/${slug}/`);
    await page.getByRole('button', { name: 'Bereken' }).click();
    await expect(page).toHaveURL(/\/uitkomst\/\?/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.no-print, footer.no-print').first()).toBeHidden();
    await expect(page.getByRole('link', { name: 'Begin opnieuw' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeHidden();
    await expect(page.getByTestId('rekenhulp-kort')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Hoe rekenen we dit?' })).toBeHidden();
    await expect(summary(page)).toBeVisible();
    await expect(page.getByText(/^Deze uitkomst online: /)).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}
