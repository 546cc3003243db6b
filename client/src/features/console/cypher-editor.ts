// The CodeMirror 6 editor with Neo4j's Cypher language support (@neo4j-cypher/codemirror:
// highlighting, linting, completion of the graph's labels, types, properties and parameters), and
// Neo4j's own errors marked where the server says they are (@codemirror/lint's diagnostics: an
// underline, a gutter mark and the message on hover, gone at the next edit).
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { closeCompletion } from '@codemirror/autocomplete';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { EDGE_TYPES, NODE_KINDS } from '../../../../common/model.ts';

const PROPERTY_KEYS = [
  'id',
  'name',
  'kind',
  'aliases',
  'country',
  'lat',
  'lon',
  'title',
  'date',
  'endDate',
  'dateFrom',
  'dateTo',
  'article',
  'quote',
  'document',
  'docKind',
  'amountUsd',
  'role',
  'outlet',
  'published',
  'text',
  'basis',
];

export const EXAMPLE = `// Who did Bắc Ninh sign with, and when?
MATCH (p:Province {id: $id})-[r:SIGNED]-(other)
RETURN p, r, other ORDER BY r.dateFrom`;

export function schema(parameters: string[]) {
  return {
    labels: ['Entity', 'Article', ...NODE_KINDS],
    relationshipTypes: [...EDGE_TYPES],
    propertyKeys: PROPERTY_KEYS,
    parameters,
  };
}

export function mountEditor(host: HTMLElement, onRun: () => void): EditorApi {
  // The package's .d.ts says EditorApi, but the function returns {editor: EditorApi}.
  const { editor } = createCypherEditor(host, {
    value: EXAMPLE,
    theme: 'light',
    lineNumbers: true,
    lineWrapping: true,
    schema: schema(['id']),
    preExtensions: [Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }]))],
  }) as unknown as { editor: EditorApi };
  return editor;
}

export function editorText(editor: EditorApi): string {
  return editor.codemirror.state.doc.toString();
}

/** Marks the server's error at (line, column), both from 1, over the word there (or the last character). */
export function markError(editor: EditorApi, pos: { line: number; column: number }, message: string): void {
  const view = editor.codemirror;
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(pos.line, 1), doc.lines));
  let from = Math.min(line.from + Math.max(pos.column - 1, 0), line.to);
  let to = from;
  while (to < line.to && /\w/.test(doc.sliceString(to, to + 1))) to++;
  if (to === from) {
    if (to < line.to) to++;
    else from = Math.max(line.from, from - 1);
  }
  if (to === from) to = Math.min(doc.length, from + 1);
  view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message, source: 'Neo4j' }]));
}

export function clearErrorMark(editor: EditorApi): void {
  editor.codemirror.dispatch(setDiagnostics(editor.codemirror.state, []));
}

/**
 * Running a query, picking a named query or replacing the text closes the completion list it may have
 * left open (walk 14, 6: it floated over the editor). Leaving the editor closes it too (the package's
 * autocompleteCloseOnBlur, on by default).
 */
export function closeCompletions(editor: EditorApi): void {
  closeCompletion(editor.codemirror);
}

/** The editor's whole text replaced (a History pick, a query sent from elsewhere): no stale completion list over it. */
export function replaceText(editor: EditorApi, text: string): void {
  editor.setValue(text);
  closeCompletion(editor.codemirror);
}
