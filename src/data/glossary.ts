// The glossary (begrippen.yaml of the content folder), validated at build time and in alphabetical order for the
// glossary page.
import rawGlossary from '@content/begrippen.yaml?raw';
import { CONTENT_FILES, parseGlossary } from '../lib/content-files';
import { sortTerms } from '../lib/knowledge-base/glossary';
import type { GlossaryTerm } from '../schemas/glossary';

/** Every term, alphabetically by `term`. */
export const glossary: readonly GlossaryTerm[] = sortTerms(
  parseGlossary(rawGlossary, `${__CONTENT_DIR__}/${CONTENT_FILES.glossary}`),
);
