// The console's history of queries, kept in localStorage (newest first, 30 at most).
const KEY = 'corridor.cypher.history';

export interface HistoryEntry {
  query: string;
  params: string;
}

export function loadHistory(): HistoryEntry[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as HistoryEntry[]) : [];
  } catch {
    return [];
  }
}

export function remember(list: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = [entry, ...list.filter((e) => e.query !== entry.query)].slice(0, 30);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

/** One line of a query for the history list, short enough never to widen the panel. */
export function historyLabel(query: string, max = 48): string {
  const line = query
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
