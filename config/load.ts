// Loads the terminal configuration: defaults < file. A bad value stops start-up with a message
// that names the file and the field, because a technician reads it on site without the source.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { configSchema, type KioskConfig } from './schema.ts';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Formats zod issues as "field a.b.c: message" lines. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    return `field "${field}": ${issue.message}`;
  });
}

/** Validates an already-parsed value; `source` names where it came from in error messages. */
export function parseConfig(value: unknown, source: string): KioskConfig {
  const result = configSchema.safeParse(value);
  if (!result.success) throw new ConfigError(source, describeIssues(result.error));
  return result.data;
}

/** Reads and validates a JSON config file; with no file, returns the defaults. */
export function loadConfig(file?: string): KioskConfig {
  if (!file) return parseConfig({}, 'built-in defaults');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [`cannot read the file: ${(err as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  return parseConfig(json, file);
}
