// A Cypher result as a table: nodes by name and label, relationships by type, the rest as JSON.
import { h } from '../context.ts';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  // Rows come as the server's plain forms of driver values: {_type: 'node' | 'relationship' | 'path', …}.
  const o = v as { _type?: string; labels?: string[]; type?: string; properties?: Record<string, unknown>; nodes?: unknown[]; relationships?: unknown[] };
  if (o._type === 'node') return `(${String(o.properties?.name ?? o.properties?.title ?? o.properties?.id ?? '')}:${(o.labels ?? []).filter((l) => l !== 'Entity').join(':')})`;
  if (o._type === 'relationship') return `[:${o.type}${o.properties?.date ? ` ${String(o.properties.date)}` : ''}]`;
  if (o._type === 'path') return `path of ${o.relationships?.length ?? 0} steps`;
  return JSON.stringify(v);
}

export function resultTable(columns: string[], rows: unknown[][]): HTMLElement {
  return h(
    'div',
    { class: 'result-table' },
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((v) => h('td', {}, cell(v)))))),
    ),
  );
}
