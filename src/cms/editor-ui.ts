// The editor's React app for src/cms/EditorPage.astro.
import { makePage } from '@keystatic/astro/ui';
import config from './config';

export const EditorApp = makePage(config);
