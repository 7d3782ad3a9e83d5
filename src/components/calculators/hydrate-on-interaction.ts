// The `client:interaction` directive (registered by src/integrations/hydrate-on-interaction.mjs): an island hydrates
// on the first sign that someone is about to use it (a pointer over it, a press, focus or typing inside it). Until
// then the server-rendered HTML works on its own (a calculator's form submits with GET and shows the same result), so
// no script runs while the page paints and nothing blocks the main thread on load.
import type { ClientDirective } from 'astro';

const TRIGGERS = ['pointerover', 'pointerdown', 'focusin', 'input', 'change'] as const;

const hydrateOnInteraction: ClientDirective = (load, _options, island) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of TRIGGERS) island.removeEventListener(type, start, true);
    const hydrate = await load();
    await hydrate();
  };
  for (const type of TRIGGERS) island.addEventListener(type, start, { capture: true, passive: true });
};

export default hydrateOnInteraction;
