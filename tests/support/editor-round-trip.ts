// Saves a content file the way the editor's "Opslaan" does, without a browser: every field is parsed and serialised
// by Keystatic's own field code (the browser build of @keystatic/core, which the Vitest config points the package at,
// carries the MDX serialiser the Node build leaves out), then written as YAML with the same js-yaml dump() call as
// serializeEntryToFiles() in @keystatic/core. What comes out is what a bureau's first save in the editor would commit.
// An image field (a person's photo) is read from its file and saved under the name the editor gives it, as the editor
// does: `<directory>/<slug>/<field path>.<extension>`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dump, load } from 'js-yaml';

/** A Keystatic field schema, as far as this harness uses it. */
interface FieldSchema {
  kind: 'form' | 'object' | 'array' | string;
  formKind?: string;
  fields?: Record<string, FieldSchema>;
  element?: FieldSchema;
  parse: (value: unknown, context?: unknown) => unknown;
  serialize: (value: unknown, context?: unknown) => { value?: unknown; content?: Uint8Array };
  /** An image field: the folder its files live in, and the file name a value points to. */
  directory?: string;
  filename?: (
    value: unknown,
    args: { slug: string | undefined; suggestedFilenamePrefix?: string },
  ) => string | undefined;
  serializeWithSlug?: (value: unknown) => { value: unknown };
}

/** A collection or singleton: its fields, and for a collection the field that names the file. */
export interface EditorEntryType {
  schema: Record<string, FieldSchema>;
  slugField?: string;
}

interface Context {
  slug: string | undefined;
  slugField: string | undefined;
  body: string;
  content?: string;
  external: Map<string, Map<string, Uint8Array>>;
  /** The folder the editor's paths are relative to (the project), for image fields. */
  root: string | undefined;
}

/** Splits a file into its YAML frontmatter (parsed) and its body; a data file is all frontmatter. */
export function splitFile(text: string, hasBody: boolean): { data: Record<string, unknown>; body: string } {
  if (!hasBody) return { data: (load(text) ?? {}) as Record<string, unknown>, body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('geen frontmatter tussen --- en ---');
  return { data: (load(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

function parseValue(
  schema: FieldSchema,
  value: unknown,
  context: Context,
  isSlugField: boolean,
  path: string[] = [],
): unknown {
  if (schema.kind === 'form') {
    if (schema.formKind === 'asset') {
      const file = schema.filename!(value, { slug: context.slug, suggestedFilenamePrefix: path.join('/') });
      const folder = [context.root, schema.directory, context.slug].filter(Boolean).join('/');
      const asset = file && existsSync(`${folder}/${file}`) ? readFileSync(`${folder}/${file}`) : undefined;
      if (file && !asset) throw new Error(`afbeelding ${folder}/${file} bestaat niet`);
      return schema.parse(value, { asset, slug: context.slug });
    }
    if (schema.formKind === 'slug' && isSlugField) return schema.parse(value, { slug: context.slug });
    if (schema.formKind === 'content') {
      return schema.parse(undefined, {
        content: new TextEncoder().encode(context.body),
        other: new Map(),
        external: context.external,
        slug: context.slug,
      });
    }
    return schema.parse(value, undefined);
  }
  if (schema.kind === 'object') {
    const object = (value ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (!(key in schema.fields!)) throw new Error(`veld "${key}" staat niet in de redactieomgeving`);
    }
    return Object.fromEntries(
      Object.entries(schema.fields!).map(([key, field]) => [
        key,
        parseValue(field, object[key], context, false, [...path, key]),
      ]),
    );
  }
  if (schema.kind === 'array') {
    return ((value ?? []) as unknown[]).map((item, index) =>
      parseValue(schema.element!, item, context, false, [...path, String(index)]),
    );
  }
  throw new Error(`veldsoort ${schema.kind} wordt hier niet ondersteund`);
}

function serializeValue(
  schema: FieldSchema,
  value: unknown,
  context: Context,
  isSlugField: boolean,
  path: string[] = [],
): unknown {
  if (schema.kind === 'form') {
    if (schema.formKind === 'asset')
      return schema.serialize(value, { slug: context.slug, suggestedFilenamePrefix: path.join('/') }).value;
    if (schema.formKind === 'slug' && isSlugField) return schema.serializeWithSlug!(value).value;
    if (schema.formKind === 'content') {
      context.content = new TextDecoder().decode(schema.serialize(value, { slug: context.slug }).content);
      return undefined;
    }
    return schema.serialize(value, { slug: context.slug }).value;
  }
  if (schema.kind === 'object') {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(schema.fields!)
        .map(([key, field]) => [key, serializeValue(field, object[key], context, false, [...path, key])])
        .filter(([, serialized]) => serialized !== undefined),
    );
  }
  if (schema.kind === 'array') {
    return (value as unknown[]).map(
      (item, index) => serializeValue(schema.element!, item, context, false, [...path, String(index)]) ?? null,
    );
  }
  throw new Error(`veldsoort ${schema.kind} wordt hier niet ondersteund`);
}

/**
 * The file as the editor would save it after opening it and changing nothing.
 * @param entryType the collection or singleton from src/cms/config.ts
 * @param fileText the file as it is on disk
 * @param options slug: the file name without extension (collections); imageDirectory: where its images live;
 *   contentRoot: the project folder, for image fields (whose folders are relative to it)
 */
export function saveAsEditor(
  entryType: EditorEntryType,
  fileText: string,
  options: { slug?: string; imageDirectory?: string; contentRoot?: string } = {},
): string {
  const contentField = Object.entries(entryType.schema).find(([, field]) => field.formKind === 'content')?.[0];
  const { data, body } = splitFile(fileText, contentField !== undefined);
  const external = new Map<string, Map<string, Uint8Array>>();
  const { slug, imageDirectory } = options;
  if (imageDirectory && slug && existsSync(`${imageDirectory}/${slug}`)) {
    const files = readdirSync(`${imageDirectory}/${slug}`);
    external.set(
      imageDirectory,
      new Map(files.map((file) => [file, readFileSync(`${imageDirectory}/${slug}/${file}`)])),
    );
  }
  const context: Context = { slug, slugField: entryType.slugField, body, external, root: options.contentRoot };
  const root = { kind: 'object', fields: entryType.schema } as FieldSchema;
  const parseTop = (field: FieldSchema, key: string) =>
    parseValue(field, data[key], context, key === entryType.slugField, [key]);
  for (const key of Object.keys(data)) {
    if (!(key in entryType.schema)) throw new Error(`veld "${key}" staat niet in de redactieomgeving`);
  }
  const state = Object.fromEntries(Object.entries(root.fields!).map(([key, field]) => [key, parseTop(field, key)]));
  const saved = Object.fromEntries(
    Object.entries(root.fields!)
      .map(([key, field]) => [key, serializeValue(field, state[key], context, key === entryType.slugField, [key])])
      .filter(([, value]) => value !== undefined),
  );
  const yaml = dump(saved);
  return contentField === undefined ? yaml : `---\n${yaml}---\n${context.content ?? ''}`;
}
