// What an island's form holds once it has hydrated, when a person typed into the server-rendered form before
// (src/components/site/typed-before-hydration.ts reads those values).

/**
 * The form's values after hydration: what the server rendered (`initial`), overridden by what was typed before
 * hydration (`typed`), overridden in turn by anything changed since (a value in `current` that differs from
 * `initial`). The latest typing always wins, whichever order the island applies them in.
 */
export function withTypedBeforeHydration<T extends Record<string, string>>(
  current: T,
  initial: T,
  typed: Partial<T>,
): T {
  const changedSince = Object.fromEntries(Object.entries(current).filter(([key, value]) => value !== initial[key]));
  return { ...initial, ...typed, ...changedSince };
}
