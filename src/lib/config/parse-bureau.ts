import { parse as parseYaml } from 'yaml';
import { bureauSchema, type Bureau } from './bureau-schema';
import { ConfigError, formatConfigError } from './friendly-error';

/** Path of the bureau configuration, relative to the project root. */
export const BUREAU_CONFIG_FILE = 'content/bureau.yaml';

/** Parses and validates the bureau configuration; throws one readable ConfigError naming file and field. */
export function parseBureauConfig(yamlText: string, fileName = BUREAU_CONFIG_FILE): Bureau {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new ConfigError(`Fout in ${fileName}: geen geldige YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = bureauSchema.safeParse(data ?? {});
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
