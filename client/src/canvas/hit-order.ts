// Nodes answer the pointer before links (walk 12, 5: on the map, a link drawn across Lạng Sơn took
// its hover, so its tooltip named the link and a click picked the link). Cytoscape finds what lies
// under the pointer in drawing order, topmost first, and a link whose arrowhead a must-show name
// would cover is drawn above every node and name (declutter.ts: `arrow-over`, z-compound-depth
// top): it won over the node under it. The drawing order stays; the hit test puts a node first.
import type cytoscape from 'cytoscape';

type Hit = cytoscape.SingularElementReturnValue;
type FindNear = (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => Hit[];

/** Makes the renderer's hit test (hover, click, drag, context menu) answer a node before a link over it. */
export function nodesAnswerFirst(cy: cytoscape.Core): void {
  const renderer = (cy as unknown as { renderer(): { findNearestElements?: FindNear } | undefined }).renderer();
  const find = renderer?.findNearestElements;
  if (!renderer || !find) return; // headless: nothing to point at
  // At most one node and one link come back (Cytoscape's own rule); the node goes first.
  renderer.findNearestElements = (...args) =>
    find.apply(renderer, args).sort((a, b) => Number(b.isNode()) - Number(a.isNode()));
}
