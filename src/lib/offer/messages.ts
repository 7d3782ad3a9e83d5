// What the server says to a visitor about an offer that did not (or perhaps did not) arrive: the shared texts of
// every intake (src/lib/intake/messages.ts) with "aanbod".
import { intakeMessages } from '../intake/messages';

export const OFFER_MESSAGES = intakeMessages('aanbod');
