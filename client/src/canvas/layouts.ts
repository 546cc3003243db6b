// Layout options per named layout. fcose drops to draft quality on big canvases (default quality does
// not scale past a few thousand elements on a 2-core machine); pinned nodes stay where they are.
import type cytoscape from 'cytoscape';
import layoutBase from 'layout-base';
import { unplaceLabels } from './declutter.ts';
import type { LayoutName } from '../app/types.ts';
import { freeRegion, modelBounds } from './fit.ts';
import { geoPositions } from './geo-layout.ts';

export const LAYOUTS: { name: LayoutName; title: string }[] = [
  { name: 'fcose', title: 'Force layout' },
  { name: 'concentric', title: 'Concentric' },
  { name: 'breadthfirst', title: 'Tree' },
  { name: 'grid', title: 'Grid' },
  { name: 'geo', title: 'Map' },
];

export function layoutOptions(
  cy: cytoscape.Core,
  name: LayoutName,
  eles: cytoscape.CollectionReturnValue,
  /** The map's nodes (visibility.ts mapNodes): the shown ones and those filtered out for now. */
  mapped: cytoscape.NodeCollection = eles.nodes(),
): cytoscape.LayoutOptions {
  const big = eles.length > 800;
  const animate = !big && eles.length < 300;
  const pinned = eles.nodes('.pinned');
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: big ? 'draft' : 'default',
        randomize: true,
        animate,
        animationDuration: 400,
        nodeRepulsion: 16000,
        idealEdgeLength: 110,
        nodeSeparation: 80,
        // Room for each node's label too, so that at Fit the labels have space and few must hide.
        nodeDimensionsIncludeLabels: !big,
        fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
        fit: true,
        padding: 40,
      } as unknown as cytoscape.LayoutOptions;
    case 'concentric': {
      const ring = concentricRings(eles.nodes());
      return {
        name: 'concentric',
        // Higher values stand nearer the centre; each ring is one value.
        concentric: (n: cytoscape.NodeSingular) => 1000 - (ring.get(n.id()) ?? 0),
        levelWidth: () => 1,
        minNodeSpacing: 50,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    }
    case 'breadthfirst': {
      const roots = eles.nodes(':selected').length
        ? eles.nodes(':selected')
        : eles.nodes().max((n) => n.degree(false)).ele;
      return {
        name: 'breadthfirst',
        directed: false,
        roots,
        spacingFactor: 1.1,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    }
    case 'grid':
      return {
        name: 'grid',
        avoidOverlap: true,
        animate,
        fit: true,
        padding: 40,
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))),
      } as cytoscape.LayoutOptions;
    case 'geo': {
      const positions = geoPositions(mapped.union(eles.nodes()), cy.nodes());
      // The nodes filtered out for now stand at their places too, ready to be shown again.
      mapped.not(eles).forEach((n) => void (positions[n.id()] && n.position(positions[n.id()]!)));
      return {
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => positions[n.id()] ?? n.position(),
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    }
  }
}

/**
 * Each node's ring in the concentric layout, by links (most first, then by id): the most linked
 * node alone at the centre, then rings of 6, 12, 18… nodes, as many as a ring of that radius holds
 * at the layout's spacing. Rings by degree bands put every hub within a band of the top one at the
 * centre, on a circle too small for them (walk 7 met China and Việt Nam stacked there).
 */
export function concentricRings(nodes: cytoscape.NodeCollection): Map<string, number> {
  const order = nodes
    .map((n) => ({ id: n.id(), degree: n.degree(false) }))
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const ring = new Map<string, number>();
  let [level, room] = [0, 1];
  for (const { id } of order) {
    if (room === 0) [level, room] = [level + 1, 6 * (level + 1)];
    ring.set(id, level);
    room--;
  }
  return ring;
}

/** The nodes among `eles` that no edge among `eles` touches (pinned nodes stay out: they do not move). */
export function unlinkedNodes(eles: cytoscape.CollectionReturnValue): cytoscape.NodeCollection {
  const linked = new Set<string>();
  eles.edges().forEach((e) => {
    linked.add(e.data('source') as string);
    linked.add(e.data('target') as string);
  });
  return eles.nodes().filter((n) => !linked.has(n.id()) && !n.hasClass('pinned'));
}

/**
 * Lines `nodes` up in rows under the box `bb` (the graph's bounds, measured by the caller), as wide
 * as it, in one positions() call. `room` gives the width a node's name needs (model units):
 * neighbours in a row stand that far apart, so each keeps its name at Fit.
 */
export function gridBelow(
  nodes: cytoscape.NodeCollection,
  bb: { x1: number; y2: number; w: number },
  step = 50,
  room: (n: cytoscape.NodeSingular) => number = () => step,
): void {
  const width = Math.max(bb.w, step * Math.ceil(Math.sqrt(nodes.length)));
  const at = new Map<string, { x: number; y: number }>();
  let x = bb.x1;
  let row = 0;
  let last = 0; // half the room of the node before, in this row
  nodes.forEach((n) => {
    const half = Math.max(step, room(n)) / 2;
    if (at.size && x + last + half > bb.x1 + width) {
      row++;
      x = bb.x1;
    } else if (at.size) x += last + half;
    at.set(n.id(), { x, y: bb.y2 + step + row * step });
    last = half;
  });
  nodes.positions((n) => at.get(n.id())!);
}

/**
 * Readies a force layout of `nodes` so that it hangs on nothing but the graph and the canvas: each
 * name asks for its room below its node as the stylesheet draws it (the names the last declutter
 * hid got none), sized (`sizeNames`, on a fresh run) for zoom 1 rather than the zoom the canvas was
 * left at, and a fresh run starts from rows in id order, not from where the nodes stood. Each change
 * to the label rules, and each run, laid the same graph out anew. Returns what puts the viewport
 * back (the layout runs synchronously: nothing is painted between).
 */
export function startForceLayout(
  cy: cytoscape.Core,
  nodes: cytoscape.NodeCollection,
  { fresh, sizeNames }: { fresh: boolean; sizeNames: boolean },
): () => void {
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const atOne = fresh && sizeNames;
  if (atOne) {
    cy.viewport({ zoom: 1, pan: viewport.pan });
    cy.style().update();
  }
  unplaceLabels(nodes);
  if (fresh) startInRows(nodes.not('.pinned'));
  return () => void (atOne && cy.viewport(viewport));
}

/** Sets the nodes in rows 100 units apart, in id order: a start that depends on nothing but the graph. */
function startInRows(nodes: cytoscape.NodeCollection): void {
  const ids = nodes.map((n) => n.id()).sort();
  const perRow = Math.ceil(Math.sqrt(ids.length));
  ids.forEach((id, i) => nodes.getElementById(id).position({ x: (i % perRow) * 100, y: Math.floor(i / perRow) * 100 }));
}

/**
 * Runs `fn` with Math.random drawn from a fixed seed (mulberry32). fcose's spectral start and its
 * sampling use Math.random and compute synchronously inside run(): seeded, the same graph on the
 * same canvas gets the same picture each time, so which labels fit at Fit does not vary by chance.
 * layout-base keeps a sequence of its own for the whole page, which each run went on drawing from:
 * a layout hung on how many had run before it (a layout run twice moved nodes 600 px). It starts
 * again too.
 */
export function withSeededRandom<T>(fn: () => T, seed = 0x2f6b1d): T {
  layoutBase.RandomSeed.seed = 1;
  layoutBase.RandomSeed.x = 0;
  const real = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = real;
  }
}

/** Nodes without a link in rows under the graph, each with room for its name at the zoom Fit will take. */
export function setAside(
  cy: cytoscape.Core,
  isolated: cytoscape.NodeCollection,
  graph: cytoscape.NodeCollection,
  large: boolean,
): void {
  // A large graph's bounds from positions and sizes: see modelBounds.
  if (large) return gridBelow(isolated, modelBounds(graph), 50);
  const bb = graph.boundingBox({ includeLabels: false });
  const region = freeRegion(cy);
  const zoom = Math.min(1.6, region.w / Math.max(bb.w, 1), region.h / Math.max(bb.h, 1));
  // About 7 px a character at the label's screen size, and air.
  gridBelow(isolated, bb, 80, (n) => (String(n.data('display') ?? '').length * 7 + 20) / zoom);
}
