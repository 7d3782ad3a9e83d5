// What the offer pipeline says to a visitor, in one place: the island, the re-rendered form page, the thank-you
// page and the server's JSON answers use the same words.

/** Why an offer was not (or perhaps not) delivered, by HTTP status of the answer. */
export const OFFER_MESSAGES = {
  408: 'Het versturen duurde te lang, dus wij hebben uw aanbod niet ontvangen. Probeer het opnieuw.',
  413: 'Uw aanbod is te groot om te versturen. Maak de teksten korter en probeer het opnieuw.',
  429: 'U heeft in korte tijd te vaak een aanbod verstuurd. Wacht een paar minuten en probeer het dan opnieuw.',
  503: 'Uw aanbod is NIET verstuurd: er ging iets mis bij het versturen. Uw antwoorden staan er nog. Probeer het over een paar minuten opnieuw, of stuur uw aanbod per e-mail of telefoon.',
  504: 'Wij weten niet zeker of uw aanbod is aangekomen: het versturen duurde te lang. Uw antwoorden staan er nog. Opnieuw versturen is veilig: u krijgt het niet dubbel, en wij ook niet.',
} as const;

/** A status whose answer is one of the messages above. */
export type OfferMessageStatus = keyof typeof OFFER_MESSAGES;

/** Answers to requests that are not an offer from the form at all. */
export const REQUEST_MESSAGES = {
  wrongFormat: 'Dit formaat kunnen wij niet verwerken. Gebruik het formulier op de website.',
  unreadable: 'Wij konden uw aanbod niet lezen. Gebruik het formulier op de website.',
  crossSite: 'Een aanbod kan alleen worden verstuurd vanaf deze website zelf.',
} as const;

/** Heading above a message: the offer certainly did not arrive, or perhaps it did. */
export function messageHeading(status: OfferMessageStatus): string {
  return status === 504 ? 'Wij weten niet zeker of uw aanbod is verstuurd' : 'Uw aanbod is niet verstuurd';
}

/** What happens after an offer arrives; on the thank-you page and in the confirmation mail. */
export const NEXT_STEPS = [
  'Een adviseur neemt binnen twee werkdagen contact met u op.',
  'Samen bespreken we het werk, de begeleiding en de afspraken die nodig zijn.',
  'Past de plek bij iemand die wij begeleiden, dan maken we kennis op de werkplek.',
] as const;
