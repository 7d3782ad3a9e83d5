// The validated sector list of the offer form, bundled at build time so the server function needs no file access.
import rawSectorsYaml from '@content/sectoren.yaml?raw';
import { CONTENT_FILES, parseSectors } from '../lib/content-files';

export const sectors = parseSectors(rawSectorsYaml, `${__CONTENT_DIR__}/${CONTENT_FILES.sectors}`);
