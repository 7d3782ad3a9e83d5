// The validated sector list, bundled at build time so the server function needs no file access.
import rawSectorsYaml from '../../content/sectoren.yaml?raw';
import { parseYamlFile } from '../lib/config/parse-yaml-file';
import { sectorListSchema } from '../schemas/sectors';

export const sectoren = parseYamlFile(sectorListSchema, rawSectorsYaml, 'content/sectoren.yaml', []);
