declare namespace App {
  interface Locals {
    /** FAQ items of the article being rendered, read by <VeelgesteldeVragen />. */
    kennisbankVragen?: { vraag: string; antwoord: string }[];
    /** Calculators already placed on the page being rendered: each may appear once (ids, form names and URL state). */
    rekenhulpenOpPagina?: Set<string>;
  }
}
