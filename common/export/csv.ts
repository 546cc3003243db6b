// Elements -> CSV (RFC 4180: comma, CRLF, double quotes doubled), one table per part: a nodes
// table and an edges table, fetched separately (`format=csv&part=nodes|edges`) so no zip is needed
// and each opens directly in a spreadsheet. Lists (aliases) are joined with " | ". The server's
// /api/export and the explorer's download both write with this.
import { cellText, columnsOf } from './element-columns.ts';
import { edgeRows, nodeRows, type ExportElements } from './element-rows.ts';

export type CsvPart = 'nodes' | 'edges';

const LEADING: Record<CsvPart, string[]> = {
  nodes: ['id', 'label', 'kind', 'name', 'aliases'],
  edges: ['id', 'source', 'target', 'type', 'article', 'quote', 'date', 'endDate', 'dateFrom', 'dateTo'],
};

export function toCsv(elements: ExportElements, part: CsvPart): string {
  const rows = part === 'nodes' ? nodeRows(elements) : edgeRows(elements);
  const columns = columnsOf(rows, LEADING[part]).map((c) => c.name);
  // With no rows, still give the header a reader expects.
  const header = columns.length ? columns : LEADING[part];
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(header.map((c) => csvField(cellText(row[c]))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
