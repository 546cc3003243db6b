// Label decluttering: at any zoom, no two shown labels overlap and no label covers another node.
// Nodes are ranked (selected, then by degree, then by size); a label is shown when its box (in
// screen pixels, as drawn below the node) touches no box already placed, else it gets the
// `label-hidden` class. Hovering or selecting a node brings its label back (style.ts).
import type cytoscape from 'cytoscape';
import { LABEL_PX, labelScale } from './style.ts';
import { shown } from './visibility.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Average advance of a character at LABEL_PX in the UI font (about 0.62 em, on the generous side). */
const CHAR_W = LABEL_PX * 0.62;

export function labelBoxAt(x: number, y: number, nodeSize: number, text: string, scale = 1): Box {
  // As Cytoscape draws it (checked against its label bounding boxes): the outline included, the
  // line 1.4 em tall, starting just inside the node's bottom edge.
  const w = text.length * CHAR_W * scale + 6;
  const top = y + nodeSize / 2 - 1;
  return { x1: x - w / 2, y1: top, x2: x + w / 2, y2: top + LABEL_PX * scale * 1.4 + 4 };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Which of the ranked labels can show without overlap: a pure function over boxes (unit-tested). */
export function placeLabels(items: { id: string; label: Box; body: Box }[]): Set<string> {
  const cell = 64;
  const grid = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++)
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) out.push(`${i}:${j}`);
    return out;
  };
  const put = (b: Box) => keys(b).forEach((k) => (grid.get(k) ?? grid.set(k, []).get(k)!).push(b));
  const free = (b: Box, own: Box) =>
    keys(b).every((k) => (grid.get(k) ?? []).every((o) => o === own || !overlaps(o, b)));
  // Every node body is an obstacle for every other node's label.
  for (const it of items) put(it.body);
  const keep = new Set<string>();
  for (const it of items) {
    if (free(it.label, it.body)) {
      keep.add(it.id);
      put(it.label);
    }
  }
  return keep;
}

export function declutterLabels(cy: cytoscape.Core): void {
  const nodes = shown(cy.nodes());
  if (nodes.empty()) return;
  const zoom = cy.zoom();
  const ranked = (nodes as cytoscape.NodeCollection).sort(
    (a, b) =>
      Number(b.selected()) - Number(a.selected()) ||
      b.degree(false) - a.degree(false) ||
      Number(b.data('size')) - Number(a.data('size')),
  );
  const items = ranked.map((n: cytoscape.NodeSingular) => {
    const p = n.renderedPosition();
    const size = (Number(n.data('size')) || 30) * zoom;
    return {
      id: n.id(),
      label: labelBoxAt(p.x, p.y, size, String(n.data('display') ?? ''), labelScale.value),
      body: { x1: p.x - size / 2, y1: p.y - size / 2, x2: p.x + size / 2, y2: p.y + size / 2 },
    };
  });
  const keep = placeLabels(items);
  cy.batch(() => nodes.forEach((n) => void n.toggleClass('label-hidden', !keep.has(n.id()))));
}
