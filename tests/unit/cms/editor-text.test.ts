// The article text field as the editor uses it (Keystatic's own mdx field, wrapped by src/cms/trailing-paragraph.ts):
// while editing, the text always ends in an empty paragraph, so the writer can continue below a final block; saving
// leaves it out, so an unchanged text is saved byte for byte as it was.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { articles } from '../../../src/cms/articles';

const inhoud = articles.schema.inhoud as unknown as {
  defaultValue(): EditorState;
  parse(value: unknown, args: unknown): EditorState;
  serialize(value: EditorState, args: unknown): { content: Uint8Array };
};
const open = (body: string) =>
  inhoud.parse(undefined, {
    content: new TextEncoder().encode(body),
    other: new Map(),
    external: new Map(),
    slug: 'proef',
  });
const save = (state: EditorState) => new TextDecoder().decode(inhoud.serialize(state, { slug: 'proef' }).content);
const lastChild = (state: EditorState) => state.doc.lastChild!;

const ENDS_IN_CALLOUT = 'Eerste alinea.\n\n<Callout soort="tip" titel="Kop">\n  In het kader.\n</Callout>\n';
const ENDS_IN_CALCULATOR = 'Eerste alinea.\n\n<Rekenhulp naam="no-riskpolis" />\n';

describe('the article text in the editor', () => {
  it.each([
    ['Kader', ENDS_IN_CALLOUT, '</Callout>\n'],
    ['Rekenhulp', ENDS_IN_CALCULATOR, '<Rekenhulp naam="no-riskpolis" />\n'],
  ])('ends in an empty paragraph after a final %s, and saves without it', (_, body, ending) => {
    const state = open(body);
    expect(lastChild(state).type.name).toBe('paragraph');
    expect(lastChild(state).content.size).toBe(0);
    const saved = save(state);
    expect(saved.endsWith(ending), saved).toBe(true);
    // Opened and saved again without changes: byte for byte the same file.
    expect(save(open(saved))).toBe(saved);
  });

  it('keeps the paragraph after every change, and adds nothing to a text that ends in one', () => {
    const state = open(ENDS_IN_CALLOUT);
    const emptied = state.apply(state.tr.delete(state.doc.content.size - 2, state.doc.content.size));
    expect(lastChild(emptied).type.name).toBe('paragraph');
    const plain = open('Alleen tekst.\n');
    expect(plain.doc.childCount).toBe(1);
    expect(save(plain)).toBe('Alleen tekst.\n');
  });

  it('gives a new article the paragraph too', () => {
    expect(lastChild(inhoud.defaultValue()).type.name).toBe('paragraph');
  });

  it('shares one copy of prosemirror-state and -history with Keystatic, or its plugins would do nothing', () => {
    const fromKeystatic = createRequire(fileURLToPath(import.meta.resolve('@keystatic/core')));
    const fromHere = createRequire(import.meta.url);
    for (const name of ['prosemirror-state', 'prosemirror-history'])
      expect(fromKeystatic.resolve(name), name).toBe(fromHere.resolve(name));
  });
});
