// The draft of the employer's request in sessionStorage (src/lib/intake/draft.ts): it holds absence data (a first
// sick day), so it lives only as long as the browser tab, never on the server, and goes after a successful send.
import { draftStore } from '../intake/draft';
import { emptyRequestInput, type RequestInput } from './fields';

export const REQUEST_DRAFT_STORAGE_KEY = 'wep-aanvraag-concept';

export const requestDraft = draftStore<RequestInput>({
  key: REQUEST_DRAFT_STORAGE_KEY,
  lifetimeMs: 24 * 60 * 60 * 1000,
  emptyInput: emptyRequestInput,
});
