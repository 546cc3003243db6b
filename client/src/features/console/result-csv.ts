// A query's result as a CSV file, for a researcher's spreadsheet or notebook (walk 30, 1: the tables
// could only be read, not taken away). One line per row the query returned (identical rows are not
// merged as on screen), each value in the words the table shows ("Bắc Ninh —SIGNED→ Guangxi"), under
// the column names the query wrote. Written as the graph exports are (common/export/csv.ts).
import { CSV_BOM, csvField } from '../../../../common/export/csv.ts';
import { download, fileStem } from '../export/download.ts';

export function resultCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [columns, ...rows].map((cells) => cells.map(csvField).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** Saves the result as "<title>.csv" (the query's title, else "corridor-query"). */
export function downloadResultCsv(title: string, columns: readonly string[], rows: readonly (readonly string[])[]) {
  download(resultCsv(columns, rows), `${fileStem(title, 'corridor-query')}.csv`, 'text/csv');
}
