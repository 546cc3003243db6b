// What the flat exports (GraphML, CSV) share: which properties the elements have, of what type,
// and how a value that is not a scalar becomes one.

export type ColumnType = 'boolean' | 'int' | 'long' | 'double' | 'string';
export interface Column {
  name: string;
  type: ColumnType;
}

/** Separator for list values (aliases): the same one `searchText` uses, rare in names. */
export const LIST_SEPARATOR = ' | ';

const INT32 = 2 ** 31;

/**
 * The union of the property names of `rows`, leading names first (in the given order), then
 * the rest alphabetically; each with the narrowest type every non-empty value fits.
 */
export function columnsOf(
  rows: readonly Record<string, unknown>[],
  leading: readonly string[],
  skip: readonly string[] = [],
): Column[] {
  const names = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (!skip.includes(k)) names.add(k);
  const rest = [...names].filter((n) => !leading.includes(n)).sort();
  const ordered = [...leading.filter((n) => names.has(n) && !skip.includes(n)), ...rest];
  return ordered.map((name) => ({ name, type: typeOf(rows.map((r) => r[name])) }));
}

function typeOf(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (!present.length) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const nums = present as number[];
    if (!nums.every(Number.isInteger)) return 'double';
    return nums.every((n) => n >= -INT32 && n < INT32) ? 'int' : 'long';
  }
  return 'string';
}

/** A cell's text: lists joined, objects as `objectText` writes them (JSON unless given), absent as empty. */
export function cellText(value: unknown, objectText: (o: object) => string = JSON.stringify): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v, objectText)).join(LIST_SEPARATOR);
  if (typeof value === 'object') return objectText(value);
  return String(value);
}

/** An object as a person reads it in a spreadsheet cell: "amountUsd: 500000000; date: 2023-05". */
export const fieldsText = (o: object): string =>
  Object.entries(o)
    .map(([k, v]) => `${k}: ${cellText(v, fieldsText)}`)
    .join('; ');
