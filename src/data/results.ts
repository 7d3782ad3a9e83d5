// The bureau's result figures (resultaten.yaml of the content folder, optional) and client stories (verhalen/*.yaml),
// validated at build time: a story without consent, or naming a service that does not exist, stops the build.
import { CONTENT_FILES, CONTENT_FOLDERS, parseResults, parseStory } from '../lib/content-files';
import { ConfigError } from '../lib/friendly-errors';
import type { Result } from '../schemas/results';
import type { Story } from '../schemas/story';
import { serviceIds } from './services';

const resultFiles = import.meta.glob<string>('@content/resultaten.yaml', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const storyFiles = import.meta.glob<string>('@content/verhalen/*.yaml', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The result figures in file order; the first one is the home page's. Empty when there is no resultaten.yaml. */
export const results: readonly Result[] = Object.values(resultFiles).flatMap((text) =>
  parseResults(text, `${__CONTENT_DIR__}/${CONTENT_FILES.results}`),
);

/** The client stories, newest first. */
export const stories: readonly Story[] = Object.entries(storyFiles)
  .map(([path, text]) => {
    const file = `${__CONTENT_DIR__}/${CONTENT_FOLDERS.stories}/${path.replace(/^.*\//, '')}`;
    const story = parseStory(text, file);
    if (story.dienst && !serviceIds.includes(story.dienst))
      throw new ConfigError(
        `Fout in ${file}:\n  - veld "dienst": er is geen dienst "${story.dienst}" in diensten/ (kies uit: ${serviceIds.join(', ')})`,
      );
    return story;
  })
  .sort((a, b) => b.datum.localeCompare(a.datum));
