// Label decluttering: at any zoom, no two shown labels overlap and no label covers another node.
// Nodes are ranked (selected, then by degree, then by size). Each label tries the places a map
// labeller tries, below its node, then above, right and left; it takes the first whose box (in
// screen pixels, as Cytoscape draws it) lies on the canvas and touches no box already placed (with
// 2 px of air), else it gets the
// `label-hidden` class. Hovering or selecting a node brings its label back (style.ts).
import type cytoscape from 'cytoscape';
import { OVERLAY_CLASS } from './fit.ts';
import { shown } from './visibility.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label sits beside its node; the first is the stylesheet's default (no class). */
export const LABEL_PLACES = ['bottom', 'top', 'right', 'left'] as const;
const PLACE_CLASSES = LABEL_PLACES.slice(1).map((p) => `label-${p}`);

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The label's box at each place, from the box Cytoscape drew below the node: the same size, the
 * same gap to the node's edge, moved above it or (centred on it) to its right or left.
 */
export function candidateBoxes(below: Box, body: Box): Box[] {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const gap = Math.max(0, below.y1 - body.y2);
  const midY = (body.y1 + body.y2) / 2;
  return [
    below,
    { x1: below.x1, x2: below.x2, y1: body.y1 - gap - h, y2: body.y1 - gap },
    { x1: body.x2 + gap, x2: body.x2 + gap + w, y1: midY - h / 2, y2: midY + h / 2 },
    { x1: body.x1 - gap - w, x2: body.x1 - gap, y1: midY - h / 2, y2: midY + h / 2 },
  ];
}

/**
 * Which of the ranked labels can show without overlap, and where: the index of the first free
 * candidate box per shown label (a pure function over boxes, unit-tested).
 */
export function placeLabels(
  items: { id: string; labels: Box[]; body: Box }[],
  bounds?: Box,
  pad = 2,
): Map<string, number> {
  const cell = 64;
  const grid = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++)
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) out.push(`${i}:${j}`);
    return out;
  };
  const put = (b: Box) => keys(b).forEach((k) => (grid.get(k) ?? grid.set(k, []).get(k)!).push(b));
  const grown = (b: Box): Box => ({ x1: b.x1 - pad, y1: b.y1 - pad, x2: b.x2 + pad, y2: b.y2 + pad });
  const inside = (b: Box) =>
    !bounds || (b.x1 >= bounds.x1 && b.x2 <= bounds.x2 && b.y1 >= bounds.y1 && b.y2 <= bounds.y2);
  const free = (b: Box, own: Box) =>
    inside(b) && keys(b).every((k) => (grid.get(k) ?? []).every((o) => o === own || !overlaps(o, b)));
  // Every node body is an obstacle for every other node's label.
  for (const it of items) put(it.body);
  const keep = new Map<string, number>();
  for (const it of items) {
    const at = it.labels.findIndex((l) => l.x2 > l.x1 && free(grown(l), it.body));
    if (at < 0) continue;
    keep.set(it.id, at);
    put(grown(it.labels[at]!));
  }
  return keep;
}

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
const BODY_ONLY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };

/** The panels and the legend floating over the canvas, in the canvas's pixels: no label goes under them. */
function overlayBoxes(cy: cytoscape.Core): Box[] {
  const host = cy.container();
  if (!host) return [];
  const base = host.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>(`.${OVERLAY_CLASS}`)]
    .filter((el) => !el.hidden && el.offsetParent !== null)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top }));
}

/**
 * Shows every label below its node for one synchronous reading of Cytoscape's rendered label
 * boxes (its own text measurement, font and outline included), then places or hides each: nothing
 * is painted in between, as Cytoscape draws on the next animation frame.
 */
export function declutterLabels(cy: cytoscape.Core): void {
  const nodes = shown(cy.nodes()) as cytoscape.NodeCollection;
  if (nodes.empty()) return;
  const placed = nodes.filter(`.label-hidden, .${PLACE_CLASSES.join(', .')}`);
  if (placed.nonempty()) placed.removeClass(['label-hidden', ...PLACE_CLASSES].join(' '));
  const ranked = nodes.sort(
    (a, b) =>
      Number(b.selected()) - Number(a.selected()) ||
      b.degree(false) - a.degree(false) ||
      Number(b.data('size')) - Number(a.data('size')),
  );
  const items = ranked.map((n: cytoscape.NodeSingular) => {
    const body = n.renderedBoundingBox(BODY_ONLY);
    return { id: n.id(), labels: candidateBoxes(n.renderedBoundingBox(LABEL_ONLY), body), body };
  });
  const overlays = overlayBoxes(cy).map((b, i) => ({ id: `overlay ${i}`, labels: [], body: b }));
  // A label cut by the canvas's edge tries another place (nodes off screen need no label).
  const keep = placeLabels([...overlays, ...items], { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() });
  cy.batch(() =>
    ranked.forEach((n) => {
      const at = keep.get(n.id());
      if (at === undefined) n.addClass('label-hidden');
      else if (at > 0) n.addClass(PLACE_CLASSES[at - 1]!);
    }),
  );
  verifyMoved(ranked, keep, [...overlays, ...items]);
}

/**
 * The boxes of labels moved beside or above their node were derived, not measured: read them as
 * drawn and hide any that, after all, touches another label or node (the invariant holds on what
 * Cytoscape draws, not on an estimate).
 */
function verifyMoved(
  ranked: cytoscape.NodeCollection,
  keep: Map<string, number>,
  items: { id: string; body: Box }[],
): void {
  const labels = new Map<string, Box>();
  ranked.forEach((n) => void (keep.has(n.id()) && labels.set(n.id(), n.renderedBoundingBox(LABEL_ONLY))));
  const air = (b: Box): Box => ({ x1: b.x1 - 1, y1: b.y1 - 1, x2: b.x2 + 1, y2: b.y2 + 1 });
  ranked.forEach((n) => {
    const id = n.id();
    if (!keep.get(id)) return;
    const mine = air(labels.get(id)!);
    const hit =
      [...labels].some(([other, b]) => other !== id && overlaps(mine, b)) ||
      items.some((it) => it.id !== id && overlaps(mine, it.body));
    if (!hit) return;
    labels.delete(id);
    n.removeClass(PLACE_CLASSES.join(' ')).addClass('label-hidden');
  });
}
