import { createHash } from 'node:crypto';
import type { Aanbod } from './schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The reference that makes a submission idempotent: the UUID the enhanced form sends, or, for a form sent
 * without JavaScript (the static page cannot hold a per-visit UUID), a hash of the normalised offer, so a
 * double click on the same answers still counts once.
 */
export function bepaalReferentie(gestuurd: string, aanbod: Aanbod): string {
  const uuid = gestuurd.trim();
  if (UUID.test(uuid)) return uuid.toLowerCase();
  return `inhoud-${createHash('sha256').update(JSON.stringify(aanbod)).digest('hex').slice(0, 32)}`;
}

/** One idempotency key per message kind, so the notification and the confirmation never block each other. */
export function idempotencySleutel(referentie: string, soort: 'bureau' | 'bevestiging'): string {
  return `aanbod-${referentie}-${soort}`;
}
