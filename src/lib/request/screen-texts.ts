// Texts of the employer's request that both the confirmation mail and the thank-you page show (the page is built on
// these; keep the file small, an island may import it).

/** The intake's name in the shared texts ("Uw aanvraag is niet verstuurd"). */
export const REQUEST_NOUN = 'aanvraag';

/**
 * What happens after a request arrives. The response time stays without a number until the bureau's own promise is
 * configurable (the bureau-identity work adds it); then the first step names it.
 */
export const REQUEST_NEXT_STEPS = [
  'Een adviseur neemt zo snel mogelijk contact met u op om uw vraag te bespreken.',
  'In dat gesprek hoort u wat wij voor u kunnen doen en welke stukken wij daarvoor nodig hebben. Stuur ons nu nog geen stukken, en nooit medische gegevens.',
  'Wilt u daarna met ons verder? Dan leggen wij de afspraken vast in een opdrachtbevestiging.',
] as const;
