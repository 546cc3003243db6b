// A result's summary line and its table, cells in words (cells.ts).
import type { CypherResponse } from '../../../../common/wire.ts';
import { cellText, type NameIndex } from './cells.ts';

export interface ShownResult {
  title: string;
  res: CypherResponse;
  names: NameIndex;
  drawn: { nodes: number; edges: number; added: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ResultView({ result }: { result: ShownResult }) {
  const { res, drawn } = result;
  const cut = res.truncated ? ` (cut at ${res.rowCap})` : '';
  return (
    <div class="stack">
      <p id="cypher-summary">
        {result.title}: {plural(res.rows.length, 'row')}
        {cut}, {plural(drawn.nodes, 'node')} and {plural(drawn.edges, 'relationship')} drawn on the canvas (
        {drawn.added} new) · {Math.round(res.elapsedMs)} ms
      </p>
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
                  {r.map((v) => (
                    <td>{cellText(v, result.names)}</td>
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

/** Neo4j's position, where the server passed it on: {line, column, offset} somewhere in details. */
export function errorPosition(details: unknown): { line: number; column: number } | null {
  const d = details as Record<string, unknown> | undefined;
  const p = (d?.position ?? d) as Record<string, unknown> | undefined;
  if (p && typeof p.line === 'number' && typeof p.column === 'number') return { line: p.line, column: p.column };
  return null;
}
