import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../../../../src/lib/knowledge-base/new-article';
import { newArticleSource } from '../../../../src/lib/knowledge-base/new-article';
import { parseArticleFrontmatter } from '../../../../src/schemas/article';

describe('slugify', () => {
  it('makes lowercase Dutch slugs without accents or punctuation', () => {
    expect(slugify('Wat is een werkervaringsplaats?')).toBe('wat-is-een-werkervaringsplaats');
    expect(slugify('Eén dag ziek: wat kost dat?')).toBe('een-dag-ziek-wat-kost-dat');
    expect(slugify('  No-riskpolis & loonkostenvoordeel  ')).toBe('no-riskpolis-en-loonkostenvoordeel');
  });
});

describe('new article template', () => {
  it('produces a draft whose frontmatter passes the schema', () => {
    const source = newArticleSource('Wat kost een "zieke" werknemer?', new Date('2026-11-23T10:00:00Z'));
    const data = parseYaml(source.split('---\n')[1] ?? '');
    expect(source).toMatch(/^---\n[\s\S]+\n---\n\n## /);
    const parsed = parseArticleFrontmatter(data, 'nieuw.mdx', {
      topicIds: ['werkervaringsplaats'],
      authorIds: ['redactie'],
    });
    expect(parsed.titel).toBe('Wat kost een "zieke" werknemer?');
    expect(parsed.concept).toBe(true);
    expect(parsed.gepubliceerd).toEqual(new Date('2026-11-23'));
  });
});
