// The offer's instances of the shared intake shapes (src/lib/intake/contract.ts): the JSON answers of POST
// /api/aanbod and the state a page is rendered with after a form post without JavaScript.
import type {
  FormAgain as IntakeFormAgain,
  IntakeJsonAnswer,
  IntakePageState,
  Received as IntakeReceived,
} from '../intake/contract';
import type { OfferField, OfferInput } from './fields';

export type { ReceivedAnswer } from '../intake/contract';

/** JSON answer of POST /api/aanbod. Keys are Dutch: they are part of the public contract. */
export type OfferJsonAnswer = IntakeJsonAnswer<OfferField>;

/** The form shown again, with every value, the errors or a message, and the status of the answer. */
export type FormAgain = IntakeFormAgain<OfferInput, OfferField>;

/** The thank-you page with the reference and a copy of the answers. */
export type Received = IntakeReceived;

/** What a page must render after a form post without JavaScript. */
export type OfferPageState = IntakePageState<OfferInput, OfferField>;
