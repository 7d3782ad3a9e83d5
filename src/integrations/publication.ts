// Tells src/data/articles.ts what this build publishes: the day it counts as today (BUILD_DATE, or the date in the
// Netherlands) and whether drafts and scheduled articles are shown (`astro dev` and preview builds only).
import type { AstroIntegration } from 'astro';
import { resolveBuildDate, showsUnpublished } from '../lib/publication-settings';

export function publication(): AstroIntegration {
  return {
    name: 'site:publication',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const today = resolveBuildDate(process.env, new Date());
        const showUnpublished = showsUnpublished(command, process.env);
        if (command === 'build')
          logger.info(
            showUnpublished
              ? `Voorbeeldbuild op ${today}: met concepten en geplande artikelen`
              : `Publicatiedatum ${today}: geplande artikelen van na die dag staan er nog niet in`,
          );
        updateConfig({
          vite: {
            define: {
              __BUILD_DATE__: JSON.stringify(today),
              __SHOW_UNPUBLISHED__: JSON.stringify(showUnpublished),
            },
          },
        });
      },
    },
  };
}
