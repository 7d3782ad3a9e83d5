// Topics of the kennisbank, validated at build time (a bad file stops the build). Authors are the bureau's people
// (src/data/people.ts).
import rawTopics from '@content/onderwerpen.yaml?raw';
import { CONTENT_FILES, parseTopics } from '../lib/content-files';
import type { Topic } from '../schemas/topics';

export const topics: readonly Topic[] = parseTopics(rawTopics, `${__CONTENT_DIR__}/${CONTENT_FILES.topics}`);
