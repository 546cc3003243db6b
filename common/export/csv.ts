// Elements -> CSV (RFC 4180: comma, CRLF, double quotes doubled), one table per part: a nodes
// table and an edges table, fetched separately (`format=csv&part=nodes|edges`) so no zip is needed
// and each opens directly in a spreadsheet. Lists (aliases) are joined with " | ", what each source
// states as "field: value; …" (not JSON: walk 25). The file starts with a UTF-8 byte order mark:
// without it Excel reads the file in the machine's code page ("Quáº£ng Ninh"); Python's utf-8-sig,
// pandas and LibreOffice skip it. The server's /api/export and the explorer's download both write with this.
import { cellText, columnsOf, fieldsText } from './element-columns.ts';
import { EDGE_FIELDS_FIRST, edgeRows, NODE_FIELDS_FIRST, nodeRows, type ExportElements } from './element-rows.ts';

export type CsvPart = 'nodes' | 'edges';

const LEADING: Record<CsvPart, string[]> = {
  nodes: ['id', ...NODE_FIELDS_FIRST],
  edges: ['id', 'source', 'target', ...EDGE_FIELDS_FIRST],
};

/** The UTF-8 byte order mark a CSV file starts with. */
export const CSV_BOM = '\uFEFF';

export function toCsv(elements: ExportElements, part: CsvPart): string {
  const rows = part === 'nodes' ? nodeRows(elements) : edgeRows(elements);
  const columns = columnsOf(rows, LEADING[part]).map((c) => c.name);
  // With no rows, still give the header a reader expects.
  const header = columns.length ? columns : LEADING[part];
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(header.map((c) => csvField(cellText(row[c], fieldsText))).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
