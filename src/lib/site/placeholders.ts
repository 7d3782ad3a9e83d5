// Values that only the shipped demo may contain; a live build (demo: false) refuses them.

/** The invented advisers of the demo content (mensen/<id>.yaml in content/). */
export const DEMO_PERSON_IDS: readonly string[] = ['sanne-visser', 'ruben-haddou', 'els-van-dijk', 'mark-de-boer'];
