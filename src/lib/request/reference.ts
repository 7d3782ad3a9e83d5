// The request's references start with AV (aanvraag), e.g. `AV-4F7K-2Q` (see src/lib/intake/reference.ts).

/** Prefix of every request reference (aanvraag). */
export const REQUEST_REFERENCE_PREFIX = 'AV';
