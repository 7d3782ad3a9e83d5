import { createHash } from 'node:crypto';
import type { Offer } from '../../schemas/offer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The reference that makes a submission idempotent: the UUID the enhanced form sends, or, for a form sent
 * without JavaScript (the static page cannot hold a per-visit UUID), a hash of the normalised offer, so a
 * double click or a retry of the same answers still counts once.
 */
export function resolveReference(sent: string, offer: Offer): string {
  const uuid = sent.trim();
  if (UUID.test(uuid)) return uuid.toLowerCase();
  return `inhoud-${createHash('sha256').update(JSON.stringify(offer)).digest('hex').slice(0, 32)}`;
}

/** True for a reference derived from the content: the same answers give it again, so the form need not carry it. */
export function isContentReference(reference: string): boolean {
  return reference.startsWith('inhoud-');
}

/** One idempotency key per message kind, so the notification and the confirmation never block each other. */
export function idempotencyKey(reference: string, kind: 'bureau' | 'bevestiging'): string {
  return `aanbod-${reference}-${kind}`;
}
