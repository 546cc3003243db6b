// The rows the flat writers (GraphML, CSV) read: an element's data, plus its canvas position as
// x/y when it has one (the explorer's exports do; the server's have no layout).
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
  return elements.nodes.map((n) =>
    n.position ? { ...n.data, x: Math.round(n.position.x), y: Math.round(n.position.y) } : { ...n.data },
  );
}

export function edgeRows(elements: ExportElements): Row[] {
  return elements.edges.map((e) => ({ ...e.data }));
}
