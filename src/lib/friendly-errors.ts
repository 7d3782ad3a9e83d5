// Turning a wrong configuration or content file into one readable Dutch message that names the file and the field.
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
