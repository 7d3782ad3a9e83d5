// Adds the `client:interaction` directive: an island hydrates when someone starts to use it, not when it scrolls into
// view. The calculators use it: their server-rendered result is complete, so a page needs no script until a visitor
// touches the form (see src/components/calculators/hydrate-on-interaction.ts).
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export default function hydrateOnInteraction() {
  return {
    name: 'site:hydrate-on-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('../components/calculators/hydrate-on-interaction.ts', import.meta.url)),
        });
      },
    },
  };
}
