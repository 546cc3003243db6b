// Putting nodes on the canvas by id, where they stood, with every link between them: how a share
// link restores its canvas, and how a story view brings back nodes the canvas no longer holds.
import type cytoscape from 'cytoscape';
import { api } from '../../api/client.ts';
import { canvas } from '../../app/context.ts';

/** A node to put on the canvas: its id, where it stands, its classes ("hidden pinned"). */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  classes?: string;
}

/**
 * Fetches the nodes by id and every link between two of them, and adds those the canvas lacks.
 * `skipLink`: links left out (a share link's removed ones); `linkClasses`: classes of the links added.
 */
export async function loadNodesById(
  nodes: readonly PlacedNode[],
  opts: { skipLink?: (id: string) => boolean; linkClasses?: string } = {},
): Promise<cytoscape.CollectionReturnValue> {
  const cv = canvas();
  if (!nodes.length) return cv.cy.collection();
  const res = await api.links(nodes.map((n) => n.id));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const absent = (id: string) => cv.cy.getElementById(id).empty();
  return cv.restore([
    ...res.elements.nodes
      .filter((n) => absent(n.data.id))
      .map((n) => {
        const s = at.get(n.data.id);
        return {
          group: 'nodes' as const,
          data: n.data,
          position: { x: s?.x ?? 0, y: s?.y ?? 0 },
          classes: s?.classes ?? '',
        };
      }),
    ...res.elements.edges
      .filter((e) => absent(e.data.id) && !opts.skipLink?.(e.data.id))
      .map((e) => ({ group: 'edges' as const, data: e.data, classes: opts.linkClasses ?? '' })),
  ]);
}
