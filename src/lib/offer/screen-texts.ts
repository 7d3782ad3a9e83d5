// Texts the offer island and the pages show, shipped to the browser. The messages around a failed send are shared
// by every intake (src/lib/intake/screen-texts.ts).
import { workingDaysText } from '../format/working-days';

/** The intake's name in the shared texts ("Uw aanbod is niet verstuurd"). */
export const OFFER_NOUN = 'aanbod';

/**
 * What happens after an offer arrives; on the thank-you page and in the confirmation mail. `workingDays` is the
 * bureau's response time (bureau.yaml `reactietijdWerkdagen`).
 */
export function offerNextSteps(workingDays: number): readonly string[] {
  return [
    `Een adviseur neemt binnen ${workingDaysText(workingDays)} contact met u op.`,
    'Samen bespreken we het werk, de begeleiding en de afspraken die nodig zijn.',
    'Past de plek bij iemand die wij begeleiden, dan maken we kennis op de werkplek.',
  ];
}
