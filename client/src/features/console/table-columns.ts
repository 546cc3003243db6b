// Which of a result's columns the panel's narrow table shows. Left out there (the wide table shows
// every one): a column of nodes or relationships returned only to be drawn, which other columns of
// the same rows already name (the named queries return `party, s, partner` for the canvas and
// `signedBy`, `with`, … for reading), and a column empty in every row. A relationship a researcher's
// own query returns stays (walk 12, 13: `RETURN a.name AS who, r, b.name AS whom` lost `r`): its
// type and direction are in no other column, and it reads compactly, "A —SIGNED→ B (2016)".
import { isNode, isPath, isRel, nodeName, type NameIndex } from './cells.ts';

export interface PanelColumns {
  /** Indexes of the columns shown, in the result's order. */
  shown: number[];
  /** Columns of nodes or relationships named by the other columns (drawn on the canvas). */
  drawnOnly: string[];
  /** Columns with no value in any row. */
  empty: string[];
}

const blank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);

/** The names a row's plain values (not nodes, relationships or paths) say. */
function plainNames(row: unknown[], except: number): Set<string> {
  return new Set(
    row.flatMap((v, i) => (i !== except && (typeof v === 'string' || typeof v === 'number') ? [String(v)] : [])),
  );
}

/**
 * Is every value of column `c` a node or relationship that the row's other columns name?
 * `keepRelationships`: a relationship never counts as named elsewhere.
 */
function namedElsewhere(rows: unknown[][], c: number, names: NameIndex, keepRelationships: boolean): boolean {
  let any = false;
  for (const row of rows) {
    const v = row[c];
    if (blank(v)) continue;
    const said = plainNames(row, c);
    if (isNode(v)) {
      if (!said.has(nodeName(v))) return false;
    } else if (isRel(v)) {
      if (keepRelationships) return false;
      const ends = [names.get(v.startElementId ?? ''), names.get(v.endElementId ?? '')];
      if (ends.some((n) => n === undefined || !said.has(n))) return false;
    } else return false;
    any = true;
  }
  return any;
}

/** `keepRelationships`: the query is the researcher's own, so its relationship columns show. */
export function panelColumns(
  columns: string[],
  rows: unknown[][],
  names: NameIndex,
  opts: { keepRelationships?: boolean } = {},
): PanelColumns {
  const keep = opts.keepRelationships ?? false;
  const empty = columns.flatMap((_, c) => (rows.every((r) => blank(r[c])) && rows.length ? [c] : []));
  const drawnOnly = columns.flatMap((_, c) => (!empty.includes(c) && namedElsewhere(rows, c, names, keep) ? [c] : []));
  const shown = columns.map((_, c) => c).filter((c) => !empty.includes(c) && !drawnOnly.includes(c));
  // Nothing would be left to read: the table shows every column as it is.
  if (!shown.length) return { shown: columns.map((_, c) => c), drawnOnly: [], empty: [] };
  return { shown, drawnOnly: drawnOnly.map((c) => columns[c]!), empty: empty.map((c) => columns[c]!) };
}

/**
 * The columns the wide table shows, by index: every one with a value in some row, less, for a named
 * query, its columns of nodes that other columns name (walk 19: "investor" beside "investorName",
 * the same name twice in each row). Its relationships stay: only they say a link's type and
 * direction. A researcher's own query keeps every column it returned.
 */
export function wideColumns(columns: string[], rows: unknown[][], panel: PanelColumns, named: boolean): number[] {
  const repeats = (c: number) =>
    named && panel.drawnOnly.includes(columns[c]!) && rows.every((r) => blank(r[c]) || isNode(r[c]));
  return columns.flatMap((col, c) => (panel.empty.includes(col) || repeats(c) ? [] : [c]));
}

/**
 * The label a record (the narrow panel's rows) puts before a value: its column's name, unless that
 * is a bare query variable (`i`, `r1`), which names nothing (walk 16, 5: "i:" before each
 * investment); the value, "Goertek —INVESTED_IN→ Bắc Ninh", then reads on its own.
 */
export function recordLabel(column: string): string | undefined {
  return /^[A-Za-z]\d*$/.test(column) ? undefined : column;
}

/** What a node, relationship or path value is ("SIGNED", "Province", "path"), or undefined for other values. */
function whatItIs(v: unknown): string | undefined {
  if (isPath(v)) return 'path';
  if (isRel(v)) return v.type;
  if (isNode(v)) return (v.labels ?? []).filter((l) => l !== 'Entity').join(', ') || undefined;
  return undefined;
}

/** Currency codes a column name may end in ("amountUsd"): said in capitals, in brackets. */
const CURRENCIES = new Set(['usd', 'vnd', 'cny', 'eur']);

/**
 * A named query's column name in words: the query's author wrote `investorName`, `amountUsd`,
 * `signedBy` for Cypher, a reader reads "investor name", "amount (USD)", "signed by" (walk 19: raw
 * headings in the result tables). A researcher's own columns keep the names they wrote.
 */
export function columnWords(column: string): string {
  const words = column
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/_+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => w.toLowerCase());
  const last = words.at(-1)!;
  if (words.length > 1 && CURRENCIES.has(last)) return `${words.slice(0, -1).join(' ')} (${last.toUpperCase()})`;
  return words.join(' ');
}

/**
 * A column's heading: its name, or, for a bare query variable (`s`, `r1`) of relationships of one
 * type, that type (walk 17, 8: a column headed "s" above "Lạng Sơn —SIGNED→ Guangxi"), and for one
 * of paths, "path" (walk 18, 10: "p"). A column of nodes keeps its variable: the kind its rows share
 * may be the row cap's chance (walk 30, 6: `RETURN a, b` headed "Country" when the first thousand
 * rows were Việt Nam's). `named`: a named query's, in words (columnWords).
 */
export function columnHeading(column: string, rows: unknown[][], c: number, named = false): string {
  if (recordLabel(column) !== undefined) return named ? columnWords(column) : column;
  const kinds = new Set(rows.flatMap((r) => (blank(r[c]) || isNode(r[c]) ? [] : [whatItIs(r[c]) ?? ''])));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : column;
}
