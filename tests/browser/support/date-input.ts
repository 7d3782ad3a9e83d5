// The GOV.UK date input (three boxes Dag, Maand, Jaar in a fieldset whose legend is the question), as the forms, the
// calculators, the planner and the dossiercheck render it.
import { expect, type Locator, type Page } from '@playwright/test';

/** `date` as the three boxes of a date input (dag, maand, jaar), e.g. `2025-09-01` → ['1', '9', '2025']. */
export function dateBoxes(date: string): [string, string, string] {
  const [year, month, day] = date.split('-');
  return [String(Number(day)), String(Number(month)), year!];
}

/** The date input whose legend is `legend`, inside `scope`. */
export function dateInput(scope: Page | Locator, legend: string | RegExp): Locator {
  return scope.getByRole('group', { name: legend, exact: typeof legend === 'string' });
}

/** One box of the date input whose legend is `legend`. */
export function dateBox(scope: Page | Locator, legend: string | RegExp, box: 'Dag' | 'Maand' | 'Jaar'): Locator {
  return dateInput(scope, legend).getByLabel(box, { exact: true });
}

/** Fills the three boxes of a date input with `date` (`YYYY-MM-DD`; '' empties them). */
export async function fillDate(scope: Page | Locator, legend: string | RegExp, date: string): Promise<void> {
  const values = date === '' ? ['', '', ''] : dateBoxes(date);
  for (const [index, box] of (['Dag', 'Maand', 'Jaar'] as const).entries())
    await dateBox(scope, legend, box).fill(values[index]!);
}

/** Expects the boxes of a date input to show `date` (`YYYY-MM-DD`), with or without a leading zero in day and month. */
export async function expectDate(scope: Page | Locator, legend: string | RegExp, date: string): Promise<void> {
  const values = dateBoxes(date);
  for (const [index, box] of (['Dag', 'Maand', 'Jaar'] as const).entries())
    await expect(dateBox(scope, legend, box)).toHaveValue(new RegExp(`^0?${values[index]}$`));
}

/** Types `date` into the boxes with the keyboard, starting in the focused day box: day, Tab, month, Tab, year. */
export async function typeDateFromDayBox(page: Page, date: string): Promise<void> {
  const [day, month, year] = dateBoxes(date);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}
