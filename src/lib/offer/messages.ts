// What the server says to a visitor about an offer that did not (or perhaps did not) arrive, in the JSON answer or
// on the form shown again. The island shows the server's words; only the texts in screen-texts.ts ship to the browser.

import type { MessageStatus } from './screen-texts';

/** Why an offer was not (or perhaps not) delivered, by HTTP status of the answer. */
export const OFFER_MESSAGES: Record<MessageStatus, string> = {
  408: 'Het versturen duurde te lang, dus wij hebben uw aanbod niet ontvangen. Probeer het opnieuw.',
  413: 'Uw aanbod is te groot om te versturen. Maak de teksten korter en probeer het opnieuw.',
  429: 'U heeft in korte tijd te vaak een aanbod verstuurd. Wacht een paar minuten en probeer het dan opnieuw.',
  503: 'Uw aanbod is NIET verstuurd: er ging iets mis bij het versturen. Uw antwoorden staan er nog. Probeer het over een paar minuten opnieuw, of stuur uw aanbod per e-mail of telefoon.',
  504: 'Wij weten niet zeker of uw aanbod is aangekomen: het versturen duurde te lang. Uw antwoorden staan er nog. Opnieuw versturen is veilig: u krijgt het niet dubbel, en wij ook niet.',
};

/** Answers to requests that are not an offer from the form at all. */
export const REQUEST_MESSAGES = {
  wrongFormat: 'Dit formaat kunnen wij niet verwerken. Gebruik het formulier op de website.',
  unreadable: 'Wij konden uw aanbod niet lezen. Gebruik het formulier op de website.',
  crossSite: 'Een aanbod kan alleen worden verstuurd vanaf deze website zelf.',
} as const;
