// Texts the offer island and the pages show around the server's messages. Kept apart from messages.ts so the
// browser bundle carries only these.

/** Statuses of the answers that carry a message instead of an offer's receipt or field errors. */
export const MESSAGE_STATUSES = [408, 413, 429, 503, 504] as const;

/** A status whose answer is a message. */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Heading above a message: the offer certainly did not arrive, or perhaps it did (504). */
export function messageHeading(status: MessageStatus): string {
  return status === 504 ? 'Wij weten niet zeker of uw aanbod is verstuurd' : 'Uw aanbod is niet verstuurd';
}

/** What happens after an offer arrives; on the thank-you page and in the confirmation mail. */
export const NEXT_STEPS = [
  'Een adviseur neemt binnen twee werkdagen contact met u op.',
  'Samen bespreken we het werk, de begeleiding en de afspraken die nodig zijn.',
  'Past de plek bij iemand die wij begeleiden, dan maken we kennis op de werkplek.',
] as const;
