// A Cypher result as a table: nodes and relationships shown by their label/type, the rest as JSON.
import { h } from '../context.ts';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  const data = (o.data ?? o.properties ?? o) as Record<string, unknown>;
  if (typeof data.label === 'string' && typeof data.kind === 'string') return `(${data.label}:${data.kind})`;
  if (typeof data.type === 'string' && typeof data.source === 'string') return `[:${data.type} ${data.source}→${data.target}]`;
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
