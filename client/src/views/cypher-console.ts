// The Cypher console: CodeMirror 6 with Neo4j's Cypher language support (@neo4j-cypher/codemirror:
// highlighting, linting, completion of the graph's labels and types), JSON parameters, Ctrl+Enter to
// run, a history, results as graph (on the canvas) and table, and Neo4j's errors inline with position.
// The named queries from cypher/queries/ sit on top, each with a form for its parameters.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import type { CypherResponse, NamedQuery } from '../../../common/wire.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../../common/model.ts';
import { ApiError, api } from '../api/client.ts';
import { byId, h, type AppContext } from '../context.ts';
import { clearHighlight } from '../graph/actions.ts';
import { fitView } from '../graph/canvas.ts';
import { applyFilters } from '../graph/filters.ts';
import { resultTable } from './result-table.ts';

const HISTORY_KEY = 'corridor.cypher.history';
const PROPERTY_KEYS = ['id', 'name', 'kind', 'aliases', 'country', 'lat', 'lon', 'title', 'date', 'endDate', 'dateFrom', 'dateTo', 'article', 'quote', 'document', 'docKind', 'amountUsd', 'role', 'outlet', 'published', 'text'];
const EXAMPLE = `// Who did Bắc Ninh sign with, and when?
MATCH (p:Province {id: $id})-[r:SIGNED]-(other)
RETURN p, r, other ORDER BY r.dateFrom`;

function schema(parameters: string[]) {
  return { labels: ['Entity', 'Article', ...NODE_KINDS], relationshipTypes: [...EDGE_TYPES], propertyKeys: PROPERTY_KEYS, parameters };
}

function loadHistory(): { query: string; params: string }[] {
  try {
    return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
  } catch {
    return [];
  }
}

/** Neo4j's position, where the server passed it on: {line, column, offset} somewhere in details. */
function errorPosition(details: unknown): { line: number; column: number } | null {
  const d = details as Record<string, unknown> | undefined;
  const p = (d?.position ?? d) as Record<string, unknown> | undefined;
  if (p && typeof p.line === 'number' && typeof p.column === 'number') return { line: p.line, column: p.column };
  return null;
}

function paramInput(p: NamedQuery['params'][number]): HTMLInputElement | HTMLSelectElement {
  const value = p.default === undefined ? '' : Array.isArray(p.default) ? p.default.join(', ') : String(p.default);
  if (p.type === 'boolean') return h('select', { name: p.name }, h('option', { value: 'true', selected: value === 'true' }, 'true'), h('option', { value: 'false', selected: value !== 'true' }, 'false'));
  return h('input', { type: p.type === 'integer' || p.type === 'float' ? 'number' : 'text', name: p.name, value, step: p.type === 'float' ? 'any' : undefined, placeholder: p.type === 'list<string>' ? 'a, b, c' : p.type === 'date' ? 'YYYY-MM-DD' : p.type });
}

function paramValue(type: NamedQuery['params'][number]['type'], raw: string): unknown {
  if (raw === '') return undefined;
  if (type === 'integer') return Math.trunc(Number(raw));
  if (type === 'float') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  if (type === 'list<string>') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  return raw;
}

export function mountCypherConsole(ctx: AppContext): { setQuery(query: string, params?: Record<string, unknown>): void } {
  const root = byId('panel-cypher');
  const editorHost = h('div', { class: 'cm-host', id: 'cypher-editor' });
  const params = h('textarea', { class: 'params', name: 'cypher-params', rows: 3, spellcheck: 'false', 'aria-label': 'Parameters (JSON)' });
  params.value = '{"id": "bac-ninh"}';
  const historySelect = h('select', { name: 'cypher-history', 'aria-label': 'History' });
  const output = h('div', { id: 'cypher-output', class: 'stack' });
  const namedBox = h('div', { class: 'stack' });
  let history = loadHistory();
  // eslint-disable-next-line prefer-const -- assigned below, after the callbacks that use it are built
  let editor: EditorApi;
  const syncParamNames = () => {
    try {
      const p = JSON.parse(params.value) as unknown;
      if (p && typeof p === 'object' && !Array.isArray(p)) editor.setSchema(schema(Object.keys(p)));
    } catch {
      // Half-typed JSON: keep the last good list.
    }
  };

  const renderHistory = () => {
    historySelect.replaceChildren(h('option', { value: '' }, history.length ? `History (${history.length})` : 'History (empty)'), ...history.map((e, i) => h('option', { value: String(i) }, e.query.replace(/\s+/g, ' ').slice(0, 70))));
  };
  historySelect.addEventListener('change', () => {
    const e = history[Number(historySelect.value)];
    if (e) {
      editor.setValue(e.query);
      params.value = e.params;
    }
    historySelect.value = '';
  });

  const showResult = (res: CypherResponse, title: string) => {
    clearHighlight(ctx);
    const added = ctx.canvas.add(res.elements);
    const ids = new Set([...res.elements.nodes.map((n) => n.data.id), ...res.elements.edges.map((e) => e.data.id)]);
    const onCanvas = () => ctx.canvas.cy.elements().filter((e) => ids.has(e.id()));
    if (added.nonempty()) {
      ctx.history.push({ label: 'cypher result', undo: () => void ctx.canvas.cy.remove(added) });
      applyFilters(ctx.canvas.cy, ctx.filters());
      void ctx.canvas.layout(undefined, { incremental: ctx.canvas.cy.nodes().length > added.nodes().length }).then(() => onCanvas().nonempty() && fitView(ctx.canvas.cy, onCanvas()));
    } else if (onCanvas().nonempty()) fitView(ctx.canvas.cy, onCanvas());
    ctx.canvas.cy.$(':selected').unselect();
    onCanvas().select();
    ctx.bus.emit('canvas:changed');
    output.replaceChildren(
      h('p', { id: 'cypher-summary' }, `${title}: ${res.rows.length} row${res.rows.length === 1 ? '' : 's'}${res.truncated ? ` (cut at ${res.rowCap})` : ''}, ${res.elements.nodes.length} nodes and ${res.elements.edges.length} relationships drawn on the canvas (${added.length} new) · ${Math.round(res.elapsedMs)} ms`),
      res.columns.length ? resultTable(res.columns, res.rows) : h('p', { class: 'muted' }, 'No columns.'),
    );
  };

  const showError = (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    const pos = err instanceof ApiError ? errorPosition(err.details) : null;
    const code = err instanceof ApiError ? err.code : 'error';
    output.replaceChildren(h('div', { class: 'cypher-error', role: 'alert', id: 'cypher-error' }, h('strong', {}, code), pos ? ` at line ${pos.line}, column ${pos.column}` : '', `\n${message}`));
    if (pos) {
      editor.setPosition({ line: pos.line, column: pos.column });
      editor.focus();
    }
  };

  const run = async () => {
    const query = editor.codemirror.state.doc.toString().trim();
    if (!query) return showError(new Error('Write a query first.'));
    let p: Record<string, unknown>;
    try {
      p = params.value.trim() ? JSON.parse(params.value) : {};
      if (typeof p !== 'object' || Array.isArray(p) || p === null) throw new Error('parameters must be a JSON object');
    } catch (err) {
      return showError(new Error(`Parameters are not valid JSON: ${err instanceof Error ? err.message : String(err)}`));
    }
    history = [{ query, params: params.value }, ...history.filter((e) => e.query !== query)].slice(0, 30);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
    output.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
    try {
      showResult(await api.cypher(query, p), 'Query');
    } catch (err) {
      showError(err);
    }
  };

  const renderNamed = async () => {
    namedBox.replaceChildren(h('p', { class: 'muted' }, 'Loading named queries…'));
    let queries: NamedQuery[];
    try {
      queries = (await api.queries()).queries;
    } catch (err) {
      namedBox.replaceChildren(h('p', { class: 'error' }, `Named queries are not available: ${err instanceof Error ? err.message : String(err)}`));
      return;
    }
    const form = h('form', { class: 'stack', id: 'named-query-form' });
    const select = h('select', { name: 'named-query', 'aria-label': 'Named query' }, h('option', { value: '' }, `Named queries (${queries.length})…`), ...queries.map((q) => h('option', { value: q.name }, q.title)));
    const renderForm = () => {
      const q = queries.find((x) => x.name === select.value);
      if (!q) return form.replaceChildren();
      const inputs = q.params.map((p) => [p, paramInput(p)] as const);
      form.replaceChildren(
        h('p', { class: 'muted' }, q.description),
        ...inputs.map(([p, input]) => h('label', {}, `${p.name} (${p.type})${p.description ? ` — ${p.description}` : ''}`, input)),
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'submit', class: 'primary' }, 'Run'),
          h('button', { type: 'button', onclick: () => (editor.setValue(q.cypher), (params.value = JSON.stringify(collect(), null, 0)), syncParamNames()) }, 'Open in editor'),
        ),
      );
      const collect = () => Object.fromEntries(inputs.map(([p, i]) => [p.name, paramValue(p.type, i.value)]).filter(([, v]) => v !== undefined));
      form.onsubmit = async (ev) => {
        ev.preventDefault();
        output.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
        try {
          showResult(await api.runQuery(q.name, collect()), q.title);
        } catch (err) {
          showError(err);
        }
      };
    };
    select.addEventListener('change', renderForm);
    namedBox.replaceChildren(select, form);
  };

  root.replaceChildren(
    h('h2', {}, 'Cypher'),
    h('h3', {}, 'Named queries'),
    namedBox,
    h('h3', {}, 'Console (read-only)'),
    editorHost,
    h('label', { class: 'param-label' }, 'Parameters (JSON)', params),
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', id: 'btn-run-cypher', onclick: () => void run() }, 'Run (Ctrl+Enter)'), historySelect),
    output,
  );
  // The package's .d.ts says EditorApi, but the function returns {editor: EditorApi}.
  ({ editor } = createCypherEditor(editorHost, {
    value: EXAMPLE,
    theme: 'light',
    lineNumbers: true,
    lineWrapping: true,
    schema: schema(['id']),
    preExtensions: [Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (void run(), true) }]))],
  }) as unknown as { editor: EditorApi });
  // $parameter completion follows the keys of the parameters box.
  params.addEventListener('input', syncParamNames);
  params.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void run();
    }
  });
  renderHistory();
  void renderNamed();
  return {
    setQuery(query, p) {
      editor.setValue(query);
      if (p) params.value = JSON.stringify(p);
      syncParamNames();
    },
  };
}
