// The Cypher panel: named queries on top, then the read-only console (CodeMirror, JSON
// parameters, Ctrl+Enter, history) with results drawn on the canvas and shown as a table in words,
// and Neo4j's errors inline with their position.
import type { EditorApi } from '@neo4j-cypher/codemirror';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../api/client.ts';
import { clearHighlight, errorText } from '../../app/canvas-actions.ts';
import { NamedQueries, type NamedPreset } from '../named-queries/NamedQueries.tsx';
import { ReferenceRetry, referenceRetry } from '../named-queries/ReferenceRetry.tsx';
import {
  consoleRequest,
  fillConsole,
  runRequest,
  sharedRunShown,
  shownRun,
  type ConsoleRun,
} from './console-actions.ts';
import {
  clearErrorMark,
  closeCompletions,
  editorText,
  markError,
  mountEditor,
  replaceText,
  schema,
} from './cypher-editor.ts';
import { drawResult, readResult } from './draw-result.ts';
import { historyLabel, loadHistory, remember, type HistoryEntry } from './history.ts';
import { errorPosition, ResultView, type ShownResult } from './ResultView.tsx';

/** `named`: from the named queries' form (shown under it), else from the console's editor. */
type Output =
  | ((
      | { kind: 'result'; result: ShownResult }
      | { kind: 'error'; code: string; message: string; at?: string }
      | { kind: 'busy' }
    ) & { named: boolean })
  | null;

function HistorySelect(props: { history: HistoryEntry[]; onPick(e: HistoryEntry): void }) {
  const { history } = props;
  return (
    <select
      name="cypher-history"
      aria-label="History"
      value=""
      onChange={(ev) => {
        const e = history[Number(ev.currentTarget.value)];
        if (e) props.onPick(e);
        ev.currentTarget.value = '';
      }}
    >
      <option value="">{history.length ? `History (${history.length})` : 'History (empty)'}</option>
      {history.map((e, i) => (
        <option value={String(i)} title={e.query}>
          {historyLabel(e.query)}
        </option>
      ))}
    </select>
  );
}

/**
 * Brings a new result into the panel's view, as little as brings it in (at 1024x700 the editor and
 * the named query's form otherwise leave it below the fold), but never past the named query's Run
 * button: the form the user just used stays in view (walk 13, 4), its result right under it.
 */
function reveal(out: HTMLElement, named: boolean): void {
  out.scrollIntoView({ block: 'nearest' });
  const keep = named ? document.querySelector('#named-query-form button[type="submit"]') : null;
  const host = out.closest<HTMLElement>('#left-panel');
  if (!keep || !host) return;
  const over = host.getBoundingClientRect().top - keep.getBoundingClientRect().top;
  if (over > 0) host.scrollTop -= over;
}

/** What a run gave; each new result or error is scrolled into the panel's view (reveal). */
function ConsoleOutput({ output, typed }: { output: Output; typed: string }) {
  const retry = output?.kind === 'result' ? referenceRetry(shownRun.value, output.result.res.rows.length) : null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!output || output.kind === 'busy') return;
    // A frame later: the table's column cue, set by its own effect, has been laid out by then.
    const frame = requestAnimationFrame(() => ref.current && reveal(ref.current, output.named));
    return () => cancelAnimationFrame(frame);
  }, [output]);
  return (
    <div id="cypher-output" class="stack" ref={ref}>
      {output?.kind === 'busy' ? <p class="muted">Running…</p> : null}
      {output?.kind === 'result' ? <ResultView result={output.result} previous={isPrevious(typed)} /> : null}
      {retry ? <ReferenceRetry run={retry} /> : null}
      {output?.kind === 'error' ? (
        <div class="cypher-error" role="alert" id="cypher-error">
          <strong title={output.code}>{ERROR_HEADINGS[output.code] ?? output.code}</strong>
          {output.at ?? ''}
          {`\n${output.message}`}
        </div>
      ) : null}
    </div>
  );
}

/** A query or parameters the console cannot send, headed as the server heads bad input (walk 33, clumsy 11: "error"). */
const badInput = (message: string) => ({ kind: 'error' as const, code: 'invalid_request', message, named: false });

/** The server's error codes as the console heads them (the code stays in the heading's tooltip: walk 29, 7). */
const ERROR_HEADINGS: Record<string, string> = {
  read_only: 'Refused: the console is read-only',
  query_timeout: 'Stopped at the time limit',
  cypher_syntax_error: 'Syntax error',
  cypher_error: 'Cypher error',
  rate_limited: 'Too many queries',
  invalid_request: 'Invalid input',
  // Not the server's answer (the network, the browser).
  error: 'Could not run the query',
};

/**
 * Is the shown result a console query's other than the one the editor holds now (one picked from the
 * History, or typed, and not run yet: walk 12, 8)? A named query's result is its form's, not the editor's.
 */
function isPrevious(typed: string): boolean {
  const run = shownRun.value;
  return !!run && 'query' in run && run.query !== typed.trim();
}

/**
 * Runs a query (or named query), draws its result, and shows the table or Neo4j's error at its
 * position. `quiet` (a share link's run under another panel): the table only, the canvas untouched.
 */
async function showResult(
  setOutput: (o: Output) => void,
  ed: EditorApi | undefined,
  title: string,
  run: ConsoleRun,
  entityIds?: string[],
  quiet = false,
): Promise<void> {
  // The last result's highlight goes now: an error must not sit beside it as if it were this query's.
  if (!quiet) clearHighlight();
  shownRun.value = null;
  const named = 'named' in run;
  setOutput({ kind: 'busy', named });
  try {
    const res = await ('named' in run ? api.runQuery(run.named, run.params) : api.cypher(run.query, run.params));
    const typed = title === 'Query';
    const label = typed ? 'cypher result' : title;
    const name = typed ? 'query result' : `query ${title}`;
    const drawn = quiet ? await readResult(res, entityIds) : await drawResult(res, { label, name, entityIds });
    setOutput({ kind: 'result', result: { title, res, names: drawn.names, drawn, typed: !('named' in run) }, named });
    shownRun.value = run;
  } catch (err) {
    const pos = err instanceof ApiError ? errorPosition(err.details) : null;
    setOutput({
      kind: 'error',
      code: err instanceof ApiError ? err.code : 'error',
      message: errorText(err),
      at: pos ? ` at line ${pos.line}, column ${pos.column}` : undefined,
      named,
    });
    if (pos && ed) {
      markError(ed, pos, errorText(err));
      ed.setPosition({ line: pos.line, column: pos.column });
      ed.focus();
    }
  }
}

/**
 * The editor's query and the parameters box as JSON, those the query uses (`dropped`: the box had
 * others), or what is wrong with them.
 */
function checkInput(
  ed: EditorApi | undefined,
  paramsText: string,
): { query: string; params: Record<string, unknown>; dropped: boolean } | { problem: string } {
  const query = ed ? editorText(ed).trim() : '';
  if (!query) return { problem: 'Write a query first.' };
  try {
    const given = parseParams(paramsText);
    const params = usedParams(query, given);
    return { query, params, dropped: Object.keys(params).length < Object.keys(given).length };
  } catch (err) {
    return { problem: `Parameters are not valid JSON: ${errorText(err)}` };
  }
}

function parseParams(text: string): Record<string, unknown> {
  const p = text.trim() ? (JSON.parse(text) as unknown) : {};
  if (typeof p !== 'object' || Array.isArray(p) || p === null) throw new Error('parameters must be a JSON object');
  return p as Record<string, unknown>;
}

/**
 * The parameters a query uses ($name or $`name`), kept from those given: the box drops the rest when
 * the query runs, so it never shows a value (a named query's, the example's) that the run ignored.
 */
function usedParams(query: string, params: Record<string, unknown>): Record<string, unknown> {
  const used = new Set([...query.matchAll(/\$(?:`([^`]+)`|(\w+))/g)].map((m) => m[1] ?? m[2]));
  return Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k)));
}

/** A query sent from elsewhere: what the editor held goes to the history first, so nothing is lost. */
function useConsoleRequests(
  editor: { current: EditorApi | undefined },
  paramsRef: { current: string },
  setParams: (p: string) => void,
  setHistory: (f: (h: HistoryEntry[]) => HistoryEntry[]) => void,
): void {
  const request = consoleRequest.value;
  useEffect(() => {
    const ed = editor.current;
    if (!request || !ed) return;
    const current = editorText(ed).trim();
    if (current && current !== request.query.trim())
      setHistory((h) => remember(h, { query: current, params: paramsRef.current }));
    replaceText(ed, request.query);
    if (request.params) setParams(JSON.stringify(request.params));
    if (request.focus) ed.focus();
  }, [request?.seq]);
}

/**
 * A run a share link asked for: a console query goes into the editor (the old text kept in the
 * history) and runs; a named one is handed to the named queries' form (returned).
 */
function useSharedRun(
  editor: { current: EditorApi | undefined },
  show: (title: string, r: ConsoleRun, entityIds?: string[], quiet?: boolean) => Promise<void>,
): NamedPreset | null {
  const shared = runRequest.value;
  useEffect(() => {
    if (!shared || 'named' in shared.run || !editor.current) return;
    fillConsole(shared.run.query, shared.run.params);
    void show('Query', shared.run, undefined, shared.quiet);
  }, [shared?.seq]);
  return shared && 'named' in shared.run ? { ...shared.run, quiet: shared.quiet, seq: shared.seq } : null;
}

/** Mounts the editor (Ctrl+Enter runs) and follows its text, for the result's "previous query" mark. */
function useMountedEditor(
  host: { current: HTMLDivElement | null },
  editor: { current: EditorApi | undefined },
  runRef: { current: () => void },
): string {
  const [typed, setTyped] = useState('');
  useEffect(() => {
    editor.current = mountEditor(host.current!, () => runRef.current());
    setTyped(editorText(editor.current));
    return editor.current.onValueChanged((v: string) => setTyped(v));
  }, []);
  return typed;
}

export function ConsolePanel() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorApi | undefined>(undefined);
  const [params, setParams] = useState('{"id": "bac-ninh"}');
  const [history, setHistory] = useState(loadHistory);
  const [output, setOutput] = useState<Output>(null);
  const paramsRef = useRef(params);
  paramsRef.current = params;

  const show = (title: string, r: ConsoleRun, entityIds?: string[], quiet?: boolean) =>
    showResult(setOutput, editor.current, title, r, entityIds, quiet).finally(sharedRunShown);
  // No result: none highlighted either (nothing stays on the canvas that no table explains).
  const noResult = (o: Output) => (clearHighlight(), (shownRun.value = null), setOutput(o));
  // Picking or running a named query: no completion list left over the editor (walk 14, 6).
  const startNamed = () => (editor.current && closeCompletions(editor.current), noResult(null));

  const run = () => {
    if (editor.current) {
      closeCompletions(editor.current);
      clearErrorMark(editor.current);
    }
    const checked = checkInput(editor.current, paramsRef.current);
    if ('problem' in checked) return noResult(badInput(checked.problem));
    if (checked.dropped) setParams((paramsRef.current = JSON.stringify(checked.params)));
    setHistory((h) => remember(h, { query: checked.query, params: paramsRef.current }));
    void show('Query', { query: checked.query, params: checked.params });
  };
  const runRef = useRef(run);
  runRef.current = run;

  const typed = useMountedEditor(host, editor, runRef);

  // $parameter completion follows the keys of the parameters box.
  useEffect(() => {
    try {
      editor.current?.setSchema(schema(Object.keys(parseParams(params))));
    } catch {
      // Half-typed JSON: keep the last good list.
    }
  }, [params]);

  useConsoleRequests(editor, paramsRef, setParams, setHistory);
  const shared = useSharedRun(editor, show);
  // A named query's result shows under its form, the console's under the editor.
  const shown = <ConsoleOutput output={output} typed={typed} />;

  return (
    <section class="panel" aria-label="Cypher console">
      <h2>Cypher</h2>
      <h3>Named queries</h3>
      <NamedQueries
        onStart={startNamed}
        onRun={(title, q, p, entityIds, quiet) => void show(title, { named: q, params: p }, entityIds, quiet)}
        preset={shared}
      />
      {output?.named ? shown : null}
      <h3>Console (read-only)</h3>
      <div class="cm-host" id="cypher-editor" ref={host} />
      <label class="param-label">
        Parameters (JSON)
        <textarea
          class="params"
          name="cypher-params"
          rows={2}
          spellcheck={false}
          value={params}
          onInput={(ev) => setParams(ev.currentTarget.value)}
          onKeyDown={(ev) => {
            if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
              ev.preventDefault();
              run();
            }
          }}
        />
      </label>
      <div class="row console-actions">
        <button type="button" class="primary" id="btn-run-cypher" onClick={run}>
          Run (Ctrl+Enter)
        </button>
        <HistorySelect
          history={history}
          onPick={(e) => {
            if (editor.current) replaceText(editor.current, e.query);
            setParams(e.params);
          }}
        />
      </div>
      {output?.named ? null : shown}
    </section>
  );
}
