import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { ConfigError, formatConfigError } from '../config-error';

/**
 * Parses a YAML file a bureau edits and validates it against `schema`; throws one readable ConfigError that
 * names the file and every offending field. An empty file is validated as `whenEmpty`.
 */
export function parseYamlFile<T extends z.ZodType>(
  schema: T,
  yamlText: string,
  fileName: string,
  whenEmpty: unknown = {},
): z.output<T> {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new ConfigError(`Fout in ${fileName}: geen geldige YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = schema.safeParse(data ?? whenEmpty);
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
