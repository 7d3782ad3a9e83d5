// The writer can always continue below a final block. Keystatic 0.6.9 builds the text's ProseMirror state without a
// trailing-node plugin, and its gap cursor does not survive the DOM after a block: in a text that ends in a Kader,
// Ctrl+End, ArrowDown and a click below all land inside the Kader, and after a final Rekenhulp typing can replace it.
// This keeps an empty paragraph at the end while editing (on load, for a new entry, after every change) and leaves
// it out when the text is saved, so files stay byte-identical. It also makes Undo go back one paragraph or sentence
// at a time instead of everything typed without a half-second pause.
// Both plugins must come from the same prosemirror-state/-history copy as Keystatic's (package.json pins them to it;
// tests/unit/cms/editor-text.test.ts checks it).
import { closeHistory } from 'prosemirror-history';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';

/** Closes the current undo step before every Enter and before the space after a full stop, "?" or "!". */
const undoSteps = new Plugin({
  key: new PluginKey('siteUndoSteps'),
  props: {
    handleKeyDown(view, event) {
      if (event.key === 'Enter' && !event.isComposing) view.dispatch(closeHistory(view.state.tr));
      return false;
    },
    handleTextInput(view, from, _to, text) {
      if (text === ' ' && /[.?!]$/.test(view.state.doc.textBetween(Math.max(0, from - 1), from)))
        view.dispatch(closeHistory(view.state.tr));
      return false;
    },
  },
});

const trailingKey = new PluginKey('siteTrailingParagraph');

/** A transaction that appends an empty paragraph when the text does not end in a paragraph, or null. */
function appendParagraph(state: EditorState): Transaction | null {
  const paragraph = state.schema.nodes.paragraph;
  const last = state.doc.lastChild;
  if (!paragraph || (last && last.type === paragraph)) return null;
  return state.tr.insert(state.doc.content.size, paragraph.create());
}

const trailingParagraph = new Plugin({
  key: trailingKey,
  appendTransaction: (transactions, _old, state) =>
    transactions.some((tr) => tr.docChanged && !tr.getMeta(trailingKey)) ? appendParagraph(state) : null,
});

/** The state with both plugins and the trailing paragraph. */
function withPlugins(state: EditorState): EditorState {
  // undoSteps goes first, so it sees Enter before Keystatic's keymap handles it.
  const configured = state.plugins.includes(trailingParagraph)
    ? state
    : state.reconfigure({ plugins: [undoSteps, ...state.plugins, trailingParagraph] });
  const tr = appendParagraph(configured);
  return tr ? configured.apply(tr.setMeta('addToHistory', false)) : configured;
}

/** The state without empty paragraphs at its end, for saving: the file stays as the writer left it. */
export function withoutTrailingEmptyParagraphs(state: EditorState): EditorState {
  const { doc } = state;
  let index = doc.childCount - 1;
  let end = doc.content.size;
  while (index > 0) {
    const node = doc.child(index);
    if (node.type !== state.schema.nodes.paragraph || node.content.size > 0) break;
    end -= node.nodeSize;
    index -= 1;
  }
  if (end === doc.content.size) return state;
  // The meta keeps the plugin from adding the paragraph straight back to this copy, which is only serialised.
  return state.apply(state.tr.delete(end, doc.content.size).setMeta(trailingKey, true));
}

/** What this wrapper needs of Keystatic's content field (fields.mdx). */
interface ContentField {
  defaultValue(): unknown;
  parse(value: unknown, args: never): unknown;
  serialize(value: unknown, args: never): unknown;
}

/** Wraps a fields.mdx() field so its text always ends in an empty paragraph while editing. */
export function withTrailingParagraph<Field extends ContentField>(field: Field): Field {
  return {
    ...field,
    defaultValue: () => withPlugins(field.defaultValue() as EditorState),
    parse: (value: unknown, args: never) => withPlugins(field.parse(value, args) as EditorState),
    serialize: (value: unknown, args: never) =>
      field.serialize(withoutTrailingEmptyParagraphs(value as EditorState), args),
  };
}
