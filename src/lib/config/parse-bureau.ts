import { bureauSchema, type Bureau } from '../../schemas/bureau';
import { parseYamlFile } from './parse-yaml-file';

/** Path of the bureau configuration, relative to the project root. */
export const BUREAU_CONFIG_FILE = 'content/bureau.yaml';

/** Parses and validates the bureau configuration; throws one readable ConfigError naming file and field. */
export function parseBureauConfig(yamlText: string, fileName = BUREAU_CONFIG_FILE): Bureau {
  return parseYamlFile(bureauSchema, yamlText, fileName);
}
