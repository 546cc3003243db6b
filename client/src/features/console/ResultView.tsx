// A result's summary line and its table, cells in words (cells.ts). Long text (quotes) is clamped
// to a few lines so that one row never fills the box; the full text shows on hover and a click
// (or Enter) opens the cell in full.
import type { CypherResponse } from '../../../../common/wire.ts';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { cellText, type NameIndex } from './cells.ts';

export interface ShownResult {
  title: string;
  res: CypherResponse;
  names: NameIndex;
  drawn: { nodes: number; edges: number; added: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the result put on the canvas, and how it shows there. */
function drawnText(d: ShownResult['drawn']): string {
  if (!d.nodes) return 'nothing to draw on the canvas';
  const what = `${plural(d.nodes, 'node')} and ${plural(d.edges, 'relationship')}`;
  return `${what} highlighted on the canvas (orange outline, the rest faded; ${d.added} new), the view fitted to them`;
}

export function ResultView({ result }: { result: ShownResult }) {
  const { res, drawn } = result;
  const cut = res.truncated ? ` (cut at ${res.rowCap})` : '';
  return (
    <div class="stack">
      <p id="cypher-summary">
        {result.title}: {plural(res.rows.length, 'row')}
        {cut} · {drawnText(drawn)} · {Math.round(res.elapsedMs)} ms
      </p>
      {drawn.nodes ? (
        <div class="row">
          <button type="button" onClick={clearHighlight}>
            Clear highlight
          </button>
        </div>
      ) : null}
      {res.columns.length ? (
        <div class="result-table">
          <table>
            <thead>
              <tr>
                {res.columns.map((c) => (
                  <th>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {res.rows.map((r) => (
                <tr>
                  {r.map((v, i) => (
                    <Cell text={cellText(v, result.names, res.columns[i])} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">No columns.</p>
      )}
    </div>
  );
}

/** Longer than this, a cell may be clamped (CSS: three lines) and carries its full text as a tooltip. */
const LONG = 24;

/** Every cell shows at most three lines; a click (or Enter) on a long one opens it in full. */
function Cell({ text }: { text: string }) {
  if (text.length <= LONG) return <td>{text}</td>;
  const toggle = (el: HTMLElement) => el.classList.toggle('expanded');
  return (
    <td>
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
