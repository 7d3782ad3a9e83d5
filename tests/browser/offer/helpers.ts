import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A unique organisation name per test, so parallel tests can find their own mail in the shared outbox. */
export function uniqueOrganisation(label: string): string {
  return `Testbedrijf ${label} ${Math.random().toString(36).slice(2, 8)}`;
}

/** Waits until the Preact island has hydrated (Astro removes the `ssr` attribute). */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

/** Fills every required field (and a few optional ones) with valid answers. */
export async function fillForm(page: Page, organisation: string): Promise<void> {
  await page.getByLabel('Naam van de organisatie').fill(organisation);
  await page.getByLabel('KvK-nummer').fill('1234 5678');
  await page.getByLabel('Sector').selectOption('horeca');
  await page.getByLabel('Postcode van de werkplek').fill('3511ab');
  await page.getByLabel('Plaats van de werkplek').fill('Utrecht');
  await page.getByLabel('Naam contactpersoon').fill('Anna de Vries');
  await page.getByLabel('E-mailadres').fill('anna@example.com');
  await page.getByLabel('Telefoonnummer').fill('06-12345678');
  await page.getByLabel('Functie of rol').fill('Medewerker bediening');
  await page.getByLabel('Werkzaamheden').fill('Gasten ontvangen, bestellingen opnemen en tafels dekken.');
  await page.getByLabel('Uren per week').fill('20');
  await page.getByLabel('Duur in weken (optioneel)').fill('12');
  await page.getByRole('group', { name: 'Is er een begeleider op de werkplek?' }).getByLabel('Ja').check();
  await page.getByRole('group', { name: 'Vergoedt u de reiskosten?' }).getByLabel('In overleg').check();
  await page
    .getByRole('group', { name: /kans op detachering/ })
    .getByLabel('Misschien')
    .check();
  await page.getByLabel('Opmerkingen (optioneel)').fill('Graag "iemand" met <interesse> in horeca.');
  await page.getByLabel(/Ik geef toestemming/).check();
}

export interface OutboxMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  idempotencyKey: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

function outboxMails(): OutboxMail[] {
  const folder = process.env.TEST_OUTBOX_DIR;
  if (!folder) throw new Error('TEST_OUTBOX_DIR is not set (see playwright.config.ts)');
  let files: string[];
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as OutboxMail);
}

/**
 * The mails in the test server's outbox for the offer of `organisation`: the bureau's notification (which names
 * it) and the confirmation with the same reference (which, by design, does not).
 */
export function mailsFor(organisation: string): {
  notification?: OutboxMail;
  confirmation?: OutboxMail;
  all: OutboxMail[];
} {
  const all = outboxMails();
  const notification = all.find((mail) => mail.idempotencyKey.endsWith('-bureau') && mail.text.includes(organisation));
  if (!notification) return { all: [] };
  const prefix = notification.idempotencyKey.replace(/-bureau$/, '');
  const confirmation = all.find((mail) => mail.idempotencyKey === `${prefix}-bevestiging`);
  return { notification, confirmation, all: [notification, ...(confirmation ? [confirmation] : [])] };
}
