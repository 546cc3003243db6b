// The CodeMirror 6 editor with Neo4j's Cypher language support (@neo4j-cypher/codemirror:
// highlighting, linting, completion of the graph's labels, types, properties and parameters).
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
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
