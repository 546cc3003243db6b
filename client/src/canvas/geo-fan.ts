// Co-located places on the map, made readable the way map tools do it (Leaflet's "spiderfy"):
// markers keep their true coordinates until, at the current zoom, their markers would touch;
// then the group is fanned out on a circle (rings when large) around its centre, in screen
// pixels, each fanned marker tied to its true point by a leader line. Zooming in pulls groups
// apart until every marker sits on its own point again. Markers keep one size on screen.
import type cytoscape from 'cytoscape';

export interface Point {
  x: number;
  y: number;
}

/** A marker's diameter on screen under the map, from its node size (22-64): 18-32 px. */
export const markerPx = (size: number): number => Math.round(10 + 0.35 * size);

interface Item {
  id: string;
  home: Point;
  r: number;
}

const GAP = 6;

/** Positions on rings around `c`: as many per ring as fit at `step` apart, rings `step` apart. */
function ringPositions(c: Point, count: number, step: number): Point[] {
  const out: Point[] = [];
  let radius = count <= 4 ? step * 0.75 : step;
  while (out.length < count) {
    const fit = Math.max(3, Math.floor((2 * Math.PI * radius) / step));
    const n = Math.min(fit, count - out.length);
    for (let i = 0; i < n; i++) {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      out.push({ x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) });
    }
    radius += step;
  }
  return out;
}

/** The radius of the disc a fanned group of `count` markers takes. */
function discRadius(count: number, step: number): number {
  if (count <= 1) return step / 2;
  const last = ringPositions({ x: 0, y: 0 }, count, step);
  return Math.max(...last.map((p) => Math.hypot(p.x, p.y))) + step / 2;
}

function groupsOf(items: Item[], step: number): Item[][] {
  let groups = items.map((it) => [it]);
  // Merge groups whose discs touch, until none do (a merged group's disc is larger, so repeat).
  for (let round = 0; round < 20; round++) {
    const centre = groups.map((g) => mean(g.map((it) => it.home)));
    const radius = groups.map((g) => (g.length > 1 ? discRadius(g.length, step) : g[0]!.r + GAP / 2));
    const parent = groups.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    let merged = false;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const d = Math.hypot(centre[i]!.x - centre[j]!.x, centre[i]!.y - centre[j]!.y);
        if (d < radius[i]! + radius[j]! && find(i) !== find(j)) {
          parent[find(j)] = find(i);
          merged = true;
        }
      }
    if (!merged) break;
    const next = new Map<number, Item[]>();
    groups.forEach((g, i) => (next.get(find(i)) ?? next.set(find(i), []).get(find(i))!).push(...g));
    groups = [...next.values()];
  }
  return groups;
}

/**
 * Where each marker is drawn (screen pixels), from its true point: alone at its point, or on the
 * fan of its group, in the order of the directions of the members' true points from the centre.
 */
export function fanPositions(items: Item[]): Map<string, Point> {
  const out = new Map<string, Point>();
  if (!items.length) return out;
  const step = 2 * Math.max(...items.map((it) => it.r)) + GAP;
  for (const g of groupsOf(items, step)) {
    if (g.length === 1) {
      out.set(g[0]!.id, g[0]!.home);
      continue;
    }
    const c = mean(g.map((it) => it.home));
    const angle = (p: Point) => Math.atan2(p.y - c.y, p.x - c.x);
    const sorted = [...g].sort((a, b) => angle(a.home) - angle(b.home) || a.id.localeCompare(b.id));
    ringPositions(c, g.length, step).forEach((p, i) => out.set(sorted[i]!.id, p));
  }
  return out;
}

function mean(ps: Point[]): Point {
  return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
}

export interface Leaders {
  /** SVG path data, model coordinates: from each fanned marker's true point to where it is drawn. */
  lines: string;
  /** SVG path data of zero-length segments at those true points (drawn as dots by round caps). */
  dots: string;
}

/** Fans out the map's markers for the current zoom: nodes move to their fanned places (model coordinates). */
export function fanOut(cy: cytoscape.Core, homes: Map<string, Point>): Leaders {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const nodes = cy.nodes().filter((n) => homes.has(n.id()) && !n.hasClass('filtered') && !n.hasClass('hidden'));
  const items = nodes.map((n) => {
    const h = homes.get(n.id())!;
    return {
      id: n.id(),
      home: { x: h.x * zoom + pan.x, y: h.y * zoom + pan.y },
      r: markerPx(Number(n.data('size')) || 30) / 2 + 1,
    };
  });
  const at = fanPositions(items);
  const leaders: Leaders = { lines: '', dots: '' };
  cy.batch(() =>
    nodes.forEach((n) => {
      const p = at.get(n.id())!;
      const model = { x: (p.x - pan.x) / zoom, y: (p.y - pan.y) / zoom };
      n.position(model);
      const h = homes.get(n.id())!;
      if (Math.hypot(model.x - h.x, model.y - h.y) * zoom < 0.5) return;
      const home = `M${h.x.toFixed(2)} ${h.y.toFixed(2)}`;
      leaders.lines += `${home}L${model.x.toFixed(2)} ${model.y.toFixed(2)}`;
      leaders.dots += `${home}l0 0`;
    }),
  );
  return leaders;
}
