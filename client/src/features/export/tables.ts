// CSV (RFC 4180) of the visible nodes and edges, and Cytoscape JSON (elements with positions) that
// Cytoscape desktop and cytoscape.js both read.
import { shown } from '../../canvas/visibility.ts';
import type cytoscape from 'cytoscape';

const NODE_COLUMNS = ['id', 'label', 'kind', 'name', 'country', 'lat', 'lon', 'title', 'aliases', 'x', 'y'];
const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'date', 'endDate', 'dateFrom', 'dateTo', 'document', 'docKind', 'amountUsd', 'article', 'quote'];
const VIEW_ONLY = new Set(['display', 'size']);

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function nodesCsv(cy: cytoscape.Core): string {
  return csv(NODE_COLUMNS, shown(cy.nodes()).map((n) => ({ ...n.data(), x: Math.round(n.position().x), y: Math.round(n.position().y) })));
}

export function edgesCsv(cy: cytoscape.Core): string {
  return csv(EDGE_COLUMNS, shown(cy.edges()).map((e) => e.data()));
}

function plainData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !VIEW_ONLY.has(k)));
}

export function cytoscapeJson(cy: cytoscape.Core): string {
  return JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'corridor',
      target_cytoscapejs_version: '~3.34',
      data: { name: 'Corridor view', exported: new Date().toISOString() },
      elements: {
        nodes: shown(cy.nodes()).map((n) => ({ data: plainData(n.data()), position: n.position() })),
        edges: shown(cy.edges()).map((e) => ({ data: plainData(e.data()) })),
      },
    },
    null,
    2,
  );
}
