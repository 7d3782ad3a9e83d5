import { expect, type Page } from '@playwright/test';
import { mailsFor, type OutboxMail } from '../offer/helpers';
import { nonEmpty, services } from '../../support/site-content';

export { mailsFor, type OutboxMail };

import { dateBoxes } from '../support/date-input';

export { dateBoxes };

/** The date `days` days before today (UTC); the server checks the first sick day against the real today. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Types into a field the way a keyboard user does: focus it, then type. */
async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Picks a radio button or ticks a checkbox with the keyboard: focus, then Space. */
async function choose(page: Page, group: string | RegExp, option: string | RegExp): Promise<void> {
  const control = page.getByRole('group', { name: group }).getByLabel(option, { exact: typeof option === 'string' });
  await control.focus();
  await page.keyboard.press('Space');
  await expect(control).toBeChecked();
}

/** Fills the date boxes of a date input (a fieldset with the label as legend). */
export async function typeDate(page: Page, legend: string | RegExp, date: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  const [day, month, year] = dateBoxes(date);
  for (const [box, value] of [
    ['Dag', day],
    ['Maand', month],
    ['Jaar', year],
  ] as const) {
    const field = group.getByLabel(box, { exact: true });
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
}

/** Fills every required answer with the keyboard only; the first sick day is 300 days ago. */
export async function fillRequest(page: Page, organisation: string, firstSickDay = daysAgo(300)): Promise<void> {
  // The fixture bureau's first service, by its title (the choices are the bureau's own services).
  const [service] = nonEmpty(services, 'services');
  await choose(
    page,
    'Waarmee kunnen wij u helpen?',
    new RegExp(`^${service!.data.titel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await typeInto(page, 'Naam van de organisatie', organisation);
  await typeInto(page, 'KvK-nummer', '8765 4321');
  await typeInto(page, 'Uw naam', 'Karin Jansen');
  await typeInto(page, 'Telefoonnummer', '020-1234567');
  await typeInto(page, 'E-mailadres', 'karin@example.com');
  await choose(page, 'Wanneer kunnen wij u het best bellen?', /In de ochtend/);
  await typeInto(page, 'Functie van uw werknemer', 'Chauffeur');
  await typeInto(page, 'Contracturen per week', '32');
  await typeDate(page, 'Eerste ziektedag', firstSickDay);
  await choose(page, 'Is de eerstejaarsevaluatie gehouden?', 'Nee');
  await choose(page, 'Is er een rapport van een arbeidsdeskundige?', 'Nee');
  await choose(page, 'Wat adviseert de bedrijfsarts over het 2e spoor?', 'Nog geen advies');
  await tick(page, /Mijn werknemer weet/);
  await typeInto(page, 'Toelichting (optioneel)', 'Graag "snel" contact <vandaag>.');
  await tick(page, /Ik geef toestemming/);
}

async function tick(page: Page, label: RegExp): Promise<void> {
  const box = page.getByLabel(label);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}
