// Writes build-info.json next to the build (dist/build-info.json, outside the served files): which content folder the
// build was made from, so the test suites can tell a build of the demo from one of the fixture site and say which
// command to run instead of failing on the wrong values.
import { writeFileSync } from 'node:fs';
import { contentDir } from '../cli/content-dir.mjs';

/** The file's name in the build's output folder. */
export const BUILD_INFO_FILE = 'build-info.json';

/** @returns {import('astro').AstroIntegration} */
export default function buildInfo() {
  /** @type {URL} */
  let outDir;
  return {
    name: 'site:build-info',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:done': () => {
        writeFileSync(new URL(BUILD_INFO_FILE, outDir), `${JSON.stringify({ contentDir: contentDir.label })}\n`);
      },
    },
  };
}
