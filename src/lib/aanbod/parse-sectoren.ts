import { parse as parseYaml } from 'yaml';
import { ConfigError, formatConfigError } from '../config/friendly-error';
import { sectorListSchema, type Sector } from './sector-schema';

/** Path of the sector list, relative to the project root. */
export const SECTOREN_FILE = 'content/sectoren.yaml';

/** Parses and validates the sector list; throws one readable ConfigError naming file and field. */
export function parseSectoren(yamlText: string, fileName = SECTOREN_FILE): Sector[] {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new ConfigError(`Fout in ${fileName}: geen geldige YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = sectorListSchema.safeParse(data ?? []);
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
