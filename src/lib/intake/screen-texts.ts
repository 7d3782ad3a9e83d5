// Texts the intake forms show around the server's messages, shipped to the browser (keep this file small).

/** Statuses of the answers that carry a message instead of a receipt or field errors. */
export const MESSAGE_STATUSES = [400, 408, 409, 413, 429, 503, 504] as const;

/** A status whose answer is a message. */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** True for a status with a message of its own. */
export const isMessageStatus = (status: number): status is MessageStatus =>
  (MESSAGE_STATUSES as readonly number[]).includes(status);

/** Heading above a message: the submission certainly did not arrive, or perhaps it did (504). `noun`: aanbod, … */
export function messageHeading(status: MessageStatus, noun: string): string {
  return status === 504 ? `Wij weten niet zeker of uw ${noun} is verstuurd` : `Uw ${noun} is niet verstuurd`;
}

/**
 * What the form says when an answer has none of the server's words (a proxy's own page, or no answer at all), by
 * status: nginx itself answers 413 and 429 (see the README's configuration), and 502–504 when the site is down.
 */
export function fallbackMessage(status: number, noun: string): { status: MessageStatus; message: string } {
  if (status === 413)
    return {
      status,
      message: `Uw ${noun} is te groot om te versturen. Maak de teksten korter en probeer het opnieuw.`,
    };
  if (status === 429)
    return {
      status,
      message: `U heeft in korte tijd te vaak iets verstuurd. Uw ${noun} is NIET verstuurd. Wacht een minuut en probeer het dan opnieuw.`,
    };
  if (status === 504)
    return {
      status,
      message: `Wij weten niet zeker of uw ${noun} is aangekomen: er kwam geen antwoord op tijd. Uw antwoorden staan er nog. Opnieuw versturen is veilig.`,
    };
  return {
    status: 503,
    message: `Uw ${noun} is NIET verstuurd: wij konden de website niet bereiken. Uw antwoorden staan er nog. Controleer uw internetverbinding en probeer het opnieuw.`,
  };
}
