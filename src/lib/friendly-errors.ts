// Turning a wrong configuration or content file into one readable Dutch message that names the file and the field.
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** Formats a zod error as one readable message that names the file and each offending field. */
export function formatConfigError(fileName: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(hele bestand)';
    return `  - veld "${field}": ${issue.message}`;
  });
  return `Fout in ${fileName}:\n${lines.join('\n')}`;
}

/** Thrown when a configuration or content file does not match its schema. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

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
