// The offer's references start with WP (werkervaringsplaats), e.g. `WP-4F7K-2Q` (see src/lib/intake/reference.ts).

/** Prefix of every offer reference. */
export const OFFER_REFERENCE_PREFIX = 'WP';
