import { expect, test } from '@playwright/test';
import { openCalculator } from './helpers';

test.use({ viewport: { width: 320, height: 640 } });

for (const slug of ['werkervaringsplaats', 'no-riskpolis', 'verzuimkosten']) {
  test(`${slug}: works at 320 px without horizontal scrolling`, async ({ page }) => {
    await openCalculator(page, `/rekenhulpen/${slug}/`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
}
