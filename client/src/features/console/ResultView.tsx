// A result's summary line and its table, cells in words (cells.ts), rows that read the same folded
// into one with a count. In the panel, long text (quotes) is clamped to a few lines so that one row
// never fills the box; the full text shows on hover and a click (or Enter) opens the cell in full.
// "Open the table wide" shows it across the screen, every cell in full. The panel's table leaves
// out the columns returned only to be drawn and those empty in every row (table-columns.ts), and
// where it is narrow shows each row as a record, its values under their columns' names.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CypherResponse } from '../../../../common/wire.ts';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { highlightOn, highlightShows } from '../../app/highlight.ts';
import { keepTabInside } from '../../ui/modal-focus.ts';
import { cellDetail, cellText, type NameIndex } from './cells.ts';
import { downloadResultCsv } from './result-csv.ts';
import { readAlike, tableRows, type TableRow } from './row-fold.ts';
import { columnHeading, panelColumns, recordLabel, wideColumns, type PanelColumns } from './table-columns.ts';

export interface ShownResult {
  title: string;
  res: CypherResponse;
  names: NameIndex;
  drawn: { nodes: number; edges: number; added: { nodes: number; edges: number }; ids: string[] };
  /** The researcher wrote the query (not a named one): a relationship column is one they asked for. */
  typed: boolean;
}

/** How the canvas shows a result now: highlighted, its highlight cleared, or replaced by a later one's. */
type Lit = 'lit' | 'cleared' | 'replaced';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the result put on the canvas, and how it shows there now (the highlight may have gone since). */
export function drawnText(d: ShownResult['drawn'], lit: Lit): string {
  if (!d.nodes) return 'nothing to draw on the canvas';
  const what = `${plural(d.nodes, 'node')} and ${plural(d.edges, 'relationship')}`;
  // Said in words: "(8 new)" left the researcher asking new to what (walk 21).
  // Nodes and relationships counted apart: "10 of them added" summed the two (walk 34, C4).
  const { nodes, edges } = d.added;
  const newly = [nodes && plural(nodes, 'node'), edges && plural(edges, 'relationship')].filter(Boolean).join(' and ');
  const added = newly ? `${newly} of them new on the canvas` : 'all on the canvas already';
  if (lit === 'replaced')
    return `${what} drawn on the canvas (${added}); the canvas now highlights a later result, not this one`;
  if (lit === 'cleared') return `${what} drawn on the canvas (${added}); the highlight has been cleared`;
  return `${what} highlighted on the canvas (orange outline, the rest faded; ${added}), the view fitted to them`;
}

/** The rows the query returned and, where identical ones were merged, how many the table shows. */
function rowsText(returned: number, shown: number, cut: string): string {
  if (shown >= returned) return plural(returned, 'row') + cut;
  return `${plural(returned, 'row')}${cut}, shown as ${shown} (identical rows merged, counted under "rows")`;
}

/** `previous`: the editor holds another query now than the one this result came from (walk 12, 8). */
export function ResultView({ result, previous = false }: { result: ShownResult; previous?: boolean }) {
  const { res, drawn } = result;
  const lit: Lit = highlightShows(canvas().cy, drawn.ids) ? 'lit' : highlightOn.value ? 'replaced' : 'cleared';
  // Why the rows stop early: the row cap, or the answer's size (walk 31, 7: "162 rows (cut at 1000)").
  const cut = !res.truncated
    ? ''
    : res.truncatedBy === 'responseSize'
      ? ` (cut: the answer reached its size limit before ${res.rowCap} rows)`
      : ` (cut at ${res.rowCap})`;
  const words = (v: unknown, c: number, detail: boolean) =>
    (detail ? cellDetail : cellText)(v, result.names, res.columns[c]);
  const { inPanel, panelRows } = panelTable(result, words);
  // The wide table: every column but those empty in every row, which it names instead (walk 17, 8),
  // and a named query's nodes that other columns name.
  const named = !result.typed;
  const wide = wideColumns(res.columns, res.rows, inPanel, named);
  const repeats = inPanel.drawnOnly.some((c) => !wide.includes(res.columns.indexOf(c)));
  const rows = tableRows(res.rows, wide, words);
  const folded = rows.length < res.rows.length;
  const headings = (cols: number[]) => cols.map((c) => columnHeading(res.columns[c]!, res.rows, c, named));
  return (
    <div class="stack">
      <p id="cypher-summary" class={lit === 'replaced' || previous ? 'muted' : undefined}>
        {previous
          ? 'Result of the previous query — Run (Ctrl+Enter) for this one · '
          : lit === 'replaced'
            ? 'Earlier result — '
            : ''}
        {result.title}: {rowsText(res.rows.length, panelRows.length, cut)} · {drawnText(drawn, lit)} ·{' '}
        {Math.round(res.elapsedMs)} ms
      </p>
      {drawn.nodes && lit === 'lit' ? (
        <div class="row">
          <button type="button" onClick={clearHighlight}>
            Clear highlight
          </button>
        </div>
      ) : null}
      {!res.columns.length ? (
        <p class="muted">No columns.</p>
      ) : !res.rows.length ? (
        // Not an empty table's header row, nor a wide table of nothing (walk 13, 6).
        <p class="muted" id="cypher-no-rows">
          No rows.
        </p>
      ) : (
        <>
          <LeftOut columns={inPanel} heading={(c) => headings([res.columns.indexOf(c)])[0]!} />
          <ResultTable
            columns={inPanel.shown.map((c) => res.columns[c]!)}
            headings={headings(inPanel.shown)}
            rows={panelRows}
            folded={panelRows.length < res.rows.length}
            cue
          />
          <WideTable
            title={result.title}
            count={rowsText(res.rows.length, rows.length, cut)}
            columns={wide.map((c) => res.columns[c]!)}
            headings={headings(wide)}
            empty={inPanel.empty.map((c) => columnHeading(c, [], 0, named))}
            repeats={repeats}
            rows={rows}
            folded={folded}
            saveCsv={() =>
              downloadResultCsv(
                result.title,
                wide.map((c) => res.columns[c]!),
                res.rows.map((row) => wide.map((c) => words(row[c], c, false))),
              )
            }
          />
        </>
      )}
    </div>
  );
}

/**
 * The panel's columns and rows. Where rows would read the same only because a column drawn on the
 * canvas is left out (two agreements between the same ends), that column is shown after all.
 */
function panelTable(result: ShownResult, words: (v: unknown, c: number, detail: boolean) => string) {
  const { res } = result;
  const inPanel = panelColumns(res.columns, res.rows, result.names, { keepRelationships: result.typed });
  const panelRows = tableRows(res.rows, inPanel.shown, words);
  if (!inPanel.drawnOnly.length || !readAlike(panelRows).length) return { inPanel, panelRows };
  const shown = res.columns.flatMap((c, i) => (inPanel.empty.includes(c) ? [] : [i]));
  const all: PanelColumns = { shown, drawnOnly: [], empty: inPanel.empty };
  return { inPanel: all, panelRows: tableRows(res.rows, shown, words) };
}

/** `headings`: what each column's header says (columnHeading); `columns`: the result's names. */
type TableProps = { columns: string[]; headings: string[]; rows: TableRow[]; folded: boolean };

/**
 * Says which columns the panel's table leaves out, and where they are. Columns empty in every row are
 * counted, not named (walk 14, 7: "endDate, count (empty in every row)" read as clutter, a fault of the
 * query): the wide table names them, without their blank columns (walk 17, 8).
 */
function LeftOut({ columns, heading }: { columns: PanelColumns; heading: (column: string) => string }) {
  const empty = columns.empty.length;
  const parts = [
    columns.drawnOnly.length
      ? `${columns.drawnOnly.map(heading).join(', ')} (drawn on the canvas, named in the other columns)`
      : '',
    empty ? `${empty === 1 ? 'a column' : `${empty} columns`} with no value in any row` : '',
  ].filter(Boolean);
  if (!parts.length) return null;
  return <p class="muted table-left-out">Not shown here: {parts.join('; ')}. The wide table has the others.</p>;
}

/**
 * Whether the panel's table reads as records: where its columns, as a grid, would not all fit the
 * box (walk 8, 11: "4 more columns to the right" at 1440), or where the box is narrow and there are
 * more than three. Measured on the grid; the class is set back at once so that nothing flickers.
 */
function needsRecords(box: HTMLElement, columns: number): boolean {
  const had = box.classList.contains('records');
  box.classList.remove('records');
  const records = box.scrollWidth > box.clientWidth + 1 || (columns > 3 && box.clientWidth <= 400);
  box.classList.toggle('records', had);
  return records;
}

/** Whether the panel's table reads as records, decided again as the box changes size. */
function useRecords(ref: { current: HTMLElement | null }, columns: number, deps: unknown[]): boolean {
  const [records, setRecords] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => setRecords(needsRecords(box, columns));
    update();
    const watch = new ResizeObserver(update);
    watch.observe(box.parentElement ?? box);
    return () => watch.disconnect();
  }, deps);
  return records;
}

/** The rows wholly below the box's visible part, counted again as it scrolls or changes size. */
function useRowsBelow(ref: { current: HTMLElement | null }, deps: unknown[]): number {
  const [below, setBelow] = useState(0);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const bottom = box.getBoundingClientRect().bottom;
      setBelow([...box.querySelectorAll('tbody tr')].filter((tr) => tr.getBoundingClientRect().top >= bottom).length);
    };
    update();
    const watch = new ResizeObserver(update);
    watch.observe(box);
    box.addEventListener('scroll', update, { passive: true });
    return () => (watch.disconnect(), box.removeEventListener('scroll', update));
  }, deps);
  return below;
}

/**
 * The table; in the panel (`cue`) a grid while its columns fit, its first column kept in view, and
 * otherwise each row as a record (its values under their columns' names), so nothing lies to the
 * right. `full` (the wide table): every cell shows its whole text.
 */
function ResultTable({ columns, headings, rows, folded, cue, full }: TableProps & { cue?: boolean; full?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const records = useRecords(ref, columns.length + (folded ? 1 : 0), [columns, rows, folded]) && !!cue;
  // Said under the panel's box: a list scrolled inside it showed 3 of "20 rows" with no sign of the
  // rest (walk 18, 11).
  const below = useRowsBelow(ref, [columns, rows, folded, records]);
  return (
    <div>
      <div class="result-table-frame">
        <div class={`result-table${cue ? ' keeps-first' : ''}${records ? ' records' : ''}`} ref={ref}>
          <table>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th title={headings[i] === c ? undefined : `column ${c}`}>{headings[i]}</th>
                ))}
                {folded ? <th title="Identical rows shown once, with how many there were">rows</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  {r.cells.map((text, i) =>
                    full ? <td>{text}</td> : <Cell text={text} column={columns[i]!} heading={headings[i]!} />,
                  )}
                  {folded ? (
                    <td class="row-count" data-col="rows" data-label="rows">
                      {r.count > 1 ? `×${r.count}` : ''}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {cue && below ? (
        <p class="muted rows-below" id="rows-below">
          ↓ {below} more {below === 1 ? 'row' : 'rows'} below: scroll the table, or open it wide
        </p>
      ) : null}
    </div>
  );
}

/**
 * The same table across the screen, in a dialog (Esc closes): a result of many columns reads there.
 * `count`: its rows, and where the result was cut, as the panel says it (walk 13, 6).
 */
function WideTable({
  count,
  empty,
  repeats,
  saveCsv,
  ...props
}: TableProps & { title: string; count: string; empty: string[]; repeats: boolean; saveCsv: () => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
  }, [open]);
  return (
    <>
      <div class="row">
        <button type="button" id="btn-table-wide" onClick={() => setOpen(true)}>
          Open the table wide
        </button>
        <button type="button" class="btn-result-csv" title="Every row and column, as a CSV file" onClick={saveCsv}>
          Download CSV
        </button>
      </div>
      {open ? (
        <dialog
          ref={ref}
          id="result-table-dialog"
          class="wide-table-dialog"
          onClose={() => setOpen(false)}
          onKeyDown={keepTabInside}
        >
          <div class="dialog-head">
            <h2>{props.title}</h2>
            <button type="button" class="btn-result-csv" onClick={saveCsv}>
              Download CSV
            </button>
            <button type="button" onClick={() => ref.current?.close()}>
              Close
            </button>
          </div>
          <p class="muted" id="wide-table-count">
            {count}
            {empty.length ? ` · no value in any row, so not shown: ${empty.join(', ')}` : ''}
            {repeats ? ' · nodes drawn on the canvas are named once, in the columns of names' : ''}
          </p>
          <ResultTable {...props} full />
        </dialog>
      ) : null}
    </>
  );
}

/** Longer than this, a cell may be clamped (CSS: three lines) and carries its full text as a tooltip. */
const LONG = 24;

/** Every cell shows at most three lines; a click (or Enter) on a long one opens it in full. */
function Cell({ text, column, heading }: { text: string; column: string; heading: string }) {
  // data-label: a record (narrow panel) shows the column's heading before the value, if its name
  // names something (not a bare variable).
  const label = recordLabel(column) === undefined ? undefined : heading;
  if (text.length <= LONG)
    return (
      <td data-col={column} data-label={label}>
        {text}
      </td>
    );
  const toggle = (el: HTMLElement) => el.classList.toggle('expanded');
  return (
    <td data-col={column} data-label={label}>
      <div
        class="clamp"
        title={text}
        tabIndex={0}
        onClick={(ev) => toggle(ev.currentTarget)}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            toggle(ev.currentTarget);
          }
        }}
      >
        {text}
      </div>
    </td>
  );
}

/** Neo4j's position, where the server passed it on: {line, column, offset} somewhere in details. */
export function errorPosition(details: unknown): { line: number; column: number } | null {
  const d = details as Record<string, unknown> | undefined;
  const p = (d?.position ?? d) as Record<string, unknown> | undefined;
  if (p && typeof p.line === 'number' && typeof p.column === 'number') return { line: p.line, column: p.column };
  return null;
}
