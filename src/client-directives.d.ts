// Types of the project's own client directive (src/integrations/hydrate-on-interaction.mjs).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate the island when someone starts to use it, not on load or when it scrolls into view. */
    'client:interaction'?: boolean;
  }
}
