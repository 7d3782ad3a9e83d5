declare namespace App {
  interface Locals {
    /** FAQ items of the article being rendered, read by <VeelgesteldeVragen />. */
    kennisbankVragen?: { vraag: string; antwoord: string }[];
  }
}
