// A server-rendered form can be used before its island hydrates. Preact keeps most of what is in the page while
// hydrating, but it resets a textarea at once and every other control on its next render, wiping what a person
// typed. Islands call this in their first render (a useState initialiser), before Preact touches the form.

/** Values, by control name, that a person changed in the form with this id since the page loaded ('' for an unticked box). */
export function valuesTypedBeforeHydration(formId: string): Record<string, string> {
  // Also runs while the server renders the island, where there is no form to read.
  if (typeof HTMLFormElement === 'undefined') return {};
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return {};
  // A reset copy holds the values the server put in the HTML.
  const asLoaded = form.cloneNode(true) as HTMLFormElement;
  asLoaded.reset();
  const now = new FormData(form);
  const before = new FormData(asLoaded);
  const typed: Record<string, string> = {};
  for (const name of new Set([...now.keys(), ...before.keys()])) {
    const value = String(now.get(name) ?? '');
    if (value !== String(before.get(name) ?? '')) typed[name] = value;
  }
  return typed;
}
