// What the server says about a submission that did not (or perhaps did not, or only partly) arrive, in the JSON
// answer or on the form shown again. One set of texts for every intake; `noun` is its Dutch name (aanbod, aanvraag).
import type { UnknownCause } from '../mail/message';

/** Why the outcome of a delivery is open, in words for the visitor (L3: the cause, not always "too slow"). */
const UNKNOWN_CAUSE_TEXT: Record<UnknownCause, string> = {
  timeout: 'de dienst die het naar ons doorstuurt, antwoordde niet op tijd',
  'server-error': 'de dienst die het naar ons doorstuurt, meldde een storing',
  connection: 'de verbinding met de dienst die het naar ons doorstuurt, werd onderbroken',
  'in-progress': 'een eerdere poging met dezelfde antwoorden wordt nog verwerkt',
};

export function intakeMessages(noun: string) {
  return {
    /** 400: the hidden reference was changed or damaged. */
    badReference: `De referentie van dit formulier klopt niet, dus uw ${noun} is NIET verstuurd. Uw antwoorden staan er nog. Verstuur het formulier opnieuw; u krijgt dan een nieuwe referentie.`,
    /** 408: the body did not arrive in time. */
    tooSlow: `Het versturen duurde te lang, dus wij hebben uw ${noun} niet ontvangen. Probeer het opnieuw.`,
    /** 409: this reference already belongs to a submission with other answers (M4). */
    conflict: `Wij hebben al eerder iets ontvangen met deze referentie, met andere antwoorden. Uw ${noun} is daarom NIET verstuurd. Uw antwoorden staan er nog. Verstuur het formulier opnieuw; u krijgt dan een nieuwe referentie.`,
    /** 413: far over the size of any valid submission. */
    tooLarge: `Uw ${noun} is te groot om te versturen. Maak de teksten korter en probeer het opnieuw.`,
    /** 429, with the wait the Retry-After header gives. */
    tooMany: (waitSeconds: number) => {
      const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
      return `U heeft in korte tijd te vaak een ${noun} verstuurd. Uw ${noun} is NIET verstuurd. Probeer het over ${minutes === 1 ? 'een minuut' : `${minutes} minuten`} opnieuw.`;
    },
    /** 503: refused for certain, by every channel: nothing arrived, so another way in is the right advice. */
    notSent: `Uw ${noun} is NIET verstuurd: er ging iets mis bij het versturen. Uw antwoorden staan er nog. Probeer het over een paar minuten opnieuw, of stuur uw ${noun} per e-mail of telefoon.`,
    /** 504: maybe arrived; a retry with the same reference is deduplicated. */
    notSure: (cause: UnknownCause) =>
      `Wij weten niet zeker of uw ${noun} is aangekomen: ${UNKNOWN_CAUSE_TEXT[cause]}. Uw antwoorden staan er nog. Opnieuw versturen is veilig: u krijgt het niet dubbel, en wij ook niet.`,
    /** 202: the bureau has it through one channel; the other is retried by the server (L2). */
    partlyDelivered: `Wij hebben uw ${noun} ontvangen. Een deel van de verwerking aan onze kant wordt nog afgerond. U hoeft niets opnieuw te versturen.`,
    /** 415: not a form post or JSON. */
    wrongFormat: 'Dit formaat kunnen wij niet verwerken. Gebruik het formulier op de website.',
    /** 400: not readable. */
    unreadable: `Wij konden uw ${noun} niet lezen. Gebruik het formulier op de website.`,
  };
}

/** The texts of one intake. */
export type IntakeMessages = ReturnType<typeof intakeMessages>;

/** Answers to requests that reach no intake at all (the middleware's 403 and 421). */
export const REQUEST_MESSAGES = {
  crossSite: 'Een formulier kan alleen worden verstuurd vanaf deze website zelf.',
  unknownHost: 'Dit adres hoort niet bij deze website.',
} as const;
