// The rows the flat writers (GraphML, CSV) read: an element's data. A canvas position is not a
// fact and has no column: only the Cytoscape JSON keeps it, in the format's own `position` field.
import type { Elements } from '../wire.ts';

/** A position in Cytoscape's element form: `{data, position: {x, y}}`. */
export interface Positioned {
  position?: { x: number; y: number };
}

export type ExportElements = {
  nodes: (Elements['nodes'][number] & Positioned)[];
  edges: Elements['edges'];
};

export type Row = Record<string, unknown>;

export function nodeRows(elements: ExportElements): Row[] {
  return elements.nodes.map((n) => ({ ...n.data }));
}

export function edgeRows(elements: ExportElements): Row[] {
  return elements.edges.map((e) => ({ ...e.data }));
}
