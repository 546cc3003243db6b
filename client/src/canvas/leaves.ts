// Large force layouts leave out the nodes that hang on a single neighbour (a person with one post,
// a company with one investment): fcose's spectral draft costs time per node and per edge, and a
// leaf's place is decided by its one neighbour anyway. After the layout the leaves are set in
// rings around that neighbour, in one positions() call.
import type cytoscape from 'cytoscape';

/** Model units between two leaves on a ring, and between rings. */
const LEAF_STEP = 40;
/** The first ring's radius: clear of the biggest node (64 px) and its name. */
const FIRST_RING = 70;

/**
 * The nodes among `eles` with exactly one neighbour there (pinned ones stay in the layout), each
 * with that neighbour. Of two nodes joined only to each other, one stays in the layout.
 */
export function hangingLeaves(eles: cytoscape.CollectionReturnValue): Map<string, cytoscape.NodeSingular> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  eles.edges().forEach((e) => {
    const [s, t] = [e.data('source') as string, e.data('target') as string];
    if (s === t) return;
    link(s, t);
    link(t, s);
  });
  const onlyNeighbour = (id: string) => {
    const set = neighbours.get(id);
    return set?.size === 1 ? set.values().next().value! : undefined;
  };
  const leaves = new Map<string, cytoscape.NodeSingular>();
  const nodes = eles.nodes();
  nodes.forEach((n) => {
    const parent = onlyNeighbour(n.id());
    if (parent === undefined || n.hasClass('pinned')) return;
    // A pair joined only to each other: the lower id stays to anchor the other.
    if (onlyNeighbour(parent) === n.id() && n.id() < parent) return;
    leaves.set(n.id(), nodes.getElementById(parent) as unknown as cytoscape.NodeSingular);
  });
  return leaves;
}

/** Sets each leaf on rings around its neighbour, evenly spaced, the rings widening as they fill. */
export function placeLeaves(cy: cytoscape.Core, leaves: Map<string, cytoscape.NodeSingular>): void {
  if (leaves.size === 0) return;
  const byParent = new Map<cytoscape.NodeSingular, string[]>();
  for (const [id, parent] of leaves) (byParent.get(parent) ?? byParent.set(parent, []).get(parent)!).push(id);
  const at = new Map<string, { x: number; y: number }>();
  for (const [parent, ids] of byParent) {
    const centre = parent.position();
    let radius = FIRST_RING;
    let placed = 0;
    for (let ring = 0; placed < ids.length; ring++, radius += LEAF_STEP) {
      const room = Math.max(6, Math.floor((2 * Math.PI * radius) / LEAF_STEP));
      const count = Math.min(room, ids.length - placed);
      const turn = ring % 2 ? Math.PI / count : 0; // alternate rings sit between each other's spokes
      for (let i = 0; i < count; i++) {
        const angle = turn + (2 * Math.PI * i) / count;
        at.set(ids[placed + i]!, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      }
      placed += count;
    }
  }
  cy.nodes()
    .filter((n) => at.has(n.id()))
    .positions((n) => at.get(n.id())!);
}
