// The bureau's editor (Keystatic at /keystatic): what it edits and where it saves. The build still validates every
// file with the zod schemas in src/schemas/; tests/unit/cms/ proves the editor reads and writes what they accept.
import { config } from '@keystatic/core';
import { bureau as bureauDetails } from '../data/bureau';
import { articles } from './articles';
import { bureau } from './bureau';
import { calculatorPages } from './calculator-pages';
import { calculatorParameters } from './calculator-parameters';
import { glossaryList, sectorList, topicList } from './lists';
import { people } from './people';
import { results } from './results';
import { services } from './services';
import { stories } from './stories';
import { pages } from './pages';

// Set by src/integrations/editor.mjs from src/lib/editor-mode.mjs; absent outside an Astro build (tests) → local.
declare const __EDITOR_STORAGE__: 'local' | 'github' | undefined;
declare const __EDITOR_GITHUB_REPO__: string | undefined;
declare const __EDITOR_BRANCH_PREFIX__: string | undefined;

const storageKind = typeof __EDITOR_STORAGE__ === 'undefined' ? 'local' : __EDITOR_STORAGE__;
const [owner = '', name = ''] = (typeof __EDITOR_GITHUB_REPO__ === 'undefined' ? '' : __EDITOR_GITHUB_REPO__).split(
  '/',
);
const branchPrefix = typeof __EDITOR_BRANCH_PREFIX__ === 'undefined' ? '' : __EDITOR_BRANCH_PREFIX__;

export default config({
  storage:
    storageKind === 'github'
      ? { kind: 'github', repo: { owner, name }, ...(branchPrefix ? { branchPrefix } : {}) }
      : { kind: 'local' },
  // English buttons: Keystatic's Dutch translation covers a few words, several wrongly ("Redden" for Save), and
  // would mix with English elsewhere. Every label and hint of the forms is Dutch; content/README.md names the buttons.
  locale: 'en-US',
  ui: {
    brand: { name: `Redactie ${bureauDetails.naam}` },
    navigation: {
      Kennisbank: ['kennisbank', 'onderwerpen', 'begrippen'],
      Rekenhulpen: ['parameters', ...(Object.keys(calculatorPages) as (keyof typeof calculatorPages)[])],
      Bureau: ['bureau', 'mensen', 'diensten', 'resultaten', 'verhalen', 'paginas', 'sectoren'],
    },
  },
  collections: {
    kennisbank: articles,
    paginas: pages,
    parameters: calculatorParameters,
    mensen: people,
    diensten: services,
    verhalen: stories,
  },
  singletons: {
    bureau,
    onderwerpen: topicList,
    resultaten: results,
    begrippen: glossaryList,
    sectoren: sectorList,
    ...calculatorPages,
  },
});
