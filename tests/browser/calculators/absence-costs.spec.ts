import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openCalculator, summary } from './helpers';

const url = '/rekenhulpen/verzuimkosten/';

test('compares 104 weeks, a loonsanctie and a 2e spoor, and restores on reload', async ({ page }) => {
  await openCalculator(page, url);
  await page.getByLabel('Brutomaandloon van de zieke werknemer').fill('3250');
  await page.getByLabel('Werkgeverslasten bovenop het loon').fill('20');
  await page.getByLabel('Loon bij ziekte in het eerste jaar').fill('100');
  await page.getByLabel('Loon bij ziekte in het tweede jaar').fill('70');
  await page.getByLabel('Kosten van een 2e-spoortraject').fill('2.750');
  await page.getByLabel('Weken loonsanctie').fill('52');
  await page.getByLabel(/Uurtarief dat de inlener betaalt/).fill('25,00');
  await page.getByLabel('Uren per week gedetacheerd').fill('16');
  await page.getByLabel('Weken gedetacheerd').fill('13');
  // weekly 3,250 × 12 / 52 × 1.2 = 900; 104 weeks = 900 × 52 × (1 + 0.7) = 79,560
  // sanction 900 × 52 × 0.7 = 32,760 → 112,320; 2e spoor 79,560 + 2,750 − 25 × 16 × 13 (5,200) = 77,110
  await expect(summary(page)).toHaveText(
    'Loondoorbetaling 104 weken: € 79.560,00. Een 2e spoor kost in dit voorbeeld € 35.210,00 minder dan een loonsanctie.',
  );
  await page.reload();
  await openCalculator(page, page.url());
  await expect(summary(page)).toContainText('€ 35.210,00 minder');
  await expectNoAxeViolations(page);
});

test('prints a clean result without site header and footer', async ({ page }) => {
  await openCalculator(page, url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.no-print, footer.no-print').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Begin opnieuw' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Hoe rekenen we dit?' })).toBeHidden();
  await expect(summary(page)).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
