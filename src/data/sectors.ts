// The validated sector list of the offer form, bundled at build time so the server function needs no file access.
import rawSectorsYaml from '../../content/sectoren.yaml?raw';
import { parseSectors } from '../lib/content-files';

export const sectors = parseSectors(rawSectorsYaml);
