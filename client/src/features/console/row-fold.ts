// A result's rows for its table: only truly identical rows (every value the same, nodes and
// relationships the same elements) are folded into one, with how many there were (walk 11, 2: four
// different agreements read "Quảng Ninh —SIGNED→ Guangxi (2016–2022) ×4"). Rows that differ but
// would read the same show what tells them apart (cellDetail: the document, outlets, quote).
import { identity } from './cells.ts';

export interface TableRow {
  cells: string[];
  count: number;
}

/** A value in words; `detail`: with what tells it apart from another that reads the same. */
export type CellWords = (value: unknown, column: number, detail: boolean) => string;

const key = (v: unknown) => JSON.stringify(v ?? null);

/** The result's distinct rows, first-seen order kept, with the cells of the columns `shown`. */
export function tableRows(rows: unknown[][], shown: number[], words: CellWords): TableRow[] {
  const groups = new Map<string, { row: unknown[]; count: number }>();
  for (const row of rows) {
    const k = key(row.map(identity));
    const seen = groups.get(k);
    if (seen) seen.count++;
    else groups.set(k, { row, count: 1 });
  }
  const distinct = [...groups.values()];
  const out = distinct.map((g) => ({ cells: shown.map((c) => words(g.row[c], c, false)), count: g.count }));
  for (const same of readAlike(out)) {
    shown.forEach((c, i) => {
      const values = same.map((r) => distinct[r]!.row[c]);
      if (new Set(values.map((v) => key(identity(v)))).size < 2) return;
      same.forEach((r, j) => (out[r]!.cells[i] = words(values[j], c, true)));
    });
  }
  return out;
}

/** Groups (by index) of two or more rows whose cells read the same. */
export function readAlike(rows: TableRow[]): number[][] {
  const byText = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = key(r.cells);
    byText.set(k, [...(byText.get(k) ?? []), i]);
  });
  return [...byText.values()].filter((g) => g.length > 1);
}
