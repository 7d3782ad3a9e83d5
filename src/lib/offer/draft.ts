// The draft of the offer form in localStorage (src/lib/intake/draft.ts): kept for 30 days, so an organisation can
// finish its offer another day.
import { draftStore } from '../intake/draft';
import { emptyInput, type OfferInput } from './fields';

export const DRAFT_STORAGE_KEY = 'wep-aanbod-concept';
export const DRAFT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

const store = draftStore<OfferInput>({ key: DRAFT_STORAGE_KEY, lifetimeMs: DRAFT_LIFETIME_MS, emptyInput });

export const { save: saveDraft, load: loadDraft, clear: clearDraft } = store;
