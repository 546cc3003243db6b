// No two nodes drawn over each other, whatever the layout: a force layout with labels in its node
// sizes can still leave two hubs touching, and a layout stretched to the screen's shape squeezes
// its other axis (walk 7 met China and Việt Nam stacked at the concentric layout's centre). After a
// layout, nodes that meet are pushed apart along the line between them, a little at a time.

import type cytoscape from 'cytoscape';

/** Air kept between two nodes' bodies (model units). */
const GAP = 8;
/** Above this many nodes the pairwise check costs more than it is worth (large graphs draw small). */
const MAX_NODES = 600;
const PASSES = 30;

interface Body {
  x: number;
  y: number;
  r: number;
  fixed: boolean;
}

/** One pass over all pairs: each pair that meets moves apart (a pinned node stays); whether any did. */
function pushApart(bodies: Body[]): boolean {
  let moved = false;
  for (let i = 0; i < bodies.length; i++)
    for (let j = i + 1; j < bodies.length; j++) {
      const a = bodies[i]!;
      const b = bodies[j]!;
      const want = a.r + b.r + GAP;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      const d = Math.hypot(dx, dy);
      if (d >= want || (a.fixed && b.fixed)) continue;
      // Two nodes at one point: apart sideways, by their order (the same picture every time).
      if (d < 0.01) [dx, dy] = [1, 0];
      const len = Math.max(d, 0.01);
      const push = want - d;
      const share = a.fixed ? 0 : b.fixed ? 1 : 0.5;
      a.x -= (dx / len) * push * share;
      a.y -= (dy / len) * push * share;
      b.x += (dx / len) * push * (1 - share);
      b.y += (dy / len) * push * (1 - share);
      moved = true;
    }
  return moved;
}

/**
 * Moves the nodes that meet apart until none does (or the passes run out), in one positions() call;
 * whether any moved.
 */
export function separateOverlaps(nodes: cytoscape.NodeCollection): boolean {
  if (nodes.length < 2 || nodes.length > MAX_NODES) return false;
  const bodies: Body[] = nodes.map((n) => ({
    ...n.position(),
    r: Math.max(n.width(), n.height()) / 2,
    fixed: n.hasClass('pinned'),
  }));
  let moved = false;
  for (let pass = 0; pass < PASSES && pushApart(bodies); pass++) moved = true;
  if (!moved) return false;
  const at = new Map(nodes.map((n, i) => [n.id(), bodies[i]!]));
  nodes.positions((n) => {
    const b = at.get(n.id())!;
    return { x: b.x, y: b.y };
  });
  return true;
}
