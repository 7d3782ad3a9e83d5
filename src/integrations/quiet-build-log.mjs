// A Vite plugin that drops one warning Rolldown gives for every MDX file: Astro's own content modules start with the
// directive "use astro:head-inject", which Astro handles itself before bundling, and Rolldown warns that it "may not
// be preserved". At 1,000 articles that was 1,000 warnings with code frames (1.3 MB) in the bureau's build log,
// burying the messages that matter. Every other warning is passed on.

/** @returns {import('vite').Plugin} */
export default function quietBuildLog() {
  return {
    name: 'site:quiet-build-log',
    onLog(level, log) {
      if (isAstroHeadInjectWarning(log)) return false;
    },
  };
}

/**
 * True for Rolldown's warning about Astro's "use astro:head-inject" directive.
 * @param {{ code?: string, message: string }} log
 */
export function isAstroHeadInjectWarning(log) {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('"use astro:head-inject"');
}
