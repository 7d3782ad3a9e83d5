import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offerCopySchema } from '../../../src/schemas/offer-copy';

describe('the JSON copy documented in the README', () => {
  it('is a valid version-1 copy, so the documentation and the schema cannot drift apart', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /<!-- offer-copy:example -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README.md has a ```json block after <!-- offer-copy:example -->').toBeDefined();
    expect(offerCopySchema.parse(JSON.parse(example!))).toEqual(JSON.parse(example!));
  });

  it('refuses a copy that does not follow the shape', () => {
    expect(offerCopySchema.safeParse({ schemaVersie: 2 }).success).toBe(false);
  });
});
