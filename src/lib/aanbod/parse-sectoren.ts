import { parseYamlFile } from '../config/parse-yaml-file';
import { sectorListSchema, type Sector } from './sector-schema';

/** Path of the sector list, relative to the project root. */
export const SECTOREN_FILE = 'content/sectoren.yaml';

/** Parses and validates the sector list; throws one readable ConfigError naming file and field. */
export function parseSectoren(yamlText: string, fileName = SECTOREN_FILE): Sector[] {
  return parseYamlFile(sectorListSchema, yamlText, fileName, []);
}
