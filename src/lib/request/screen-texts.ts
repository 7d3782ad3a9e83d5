// Texts of the employer's request that both the confirmation mail and the thank-you page show (the page is built on
// these; keep the file small, an island may import it).
import { workingDaysText } from '../format/working-days';

/** The intake's name in the shared texts ("Uw aanvraag is niet verstuurd"). */
export const REQUEST_NOUN = 'aanvraag';

/**
 * What happens after a request arrives; the first step is the bureau's promise of when it calls back. `workingDays`
 * is the bureau's response time (bureau.yaml `reactietijdWerkdagen`).
 */
export function requestNextSteps(workingDays: number): readonly string[] {
  return [
    `Een adviseur neemt binnen ${workingDaysText(workingDays)} contact met u op om uw vraag te bespreken.`,
    'In dat gesprek hoort u wat wij voor u kunnen doen en welke stukken wij daarvoor nodig hebben. Stuur ons nu nog geen stukken, en nooit medische gegevens.',
    'Wilt u daarna met ons verder? Dan leggen wij de afspraken vast in een opdrachtbevestiging.',
  ];
}

/**
 * What the employer can have at hand for the call (facts §15.8): documents the employer itself holds, without
 * medical data. Nothing needs to be sent before the bureau asks for it.
 */
export const REQUEST_PREPARE = [
  'de probleemanalyse en het plan van aanpak, met de laatste bijstelling;',
  'het verslag van de eerstejaarsevaluatie, als die is gehouden;',
  'de functionele mogelijkhedenlijst (FML) of het advies van de bedrijfsarts over wat uw werknemer kan;',
  'het rapport van de arbeidsdeskundige, als dat er is;',
  'de functieomschrijving en de contracturen.',
] as const;
