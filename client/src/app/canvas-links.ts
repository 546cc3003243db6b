// The links between nodes just put on the canvas and the nodes on it: adding a node by search
// and Expand both draw every link between the nodes on the canvas (walk 15, 3: Expand drew none
// from its new neighbours to the nodes already there, though the graph has them).
import type { EdgeElement } from '../../../common/wire.ts';
import { api } from '../api/client.ts';
import { canvas } from './context.ts';

/** Every link between one of `ids` and a node on the canvas (or another of `ids`), fetched in one query. */
export async function linksToCanvas(ids: readonly string[]): Promise<EdgeElement[]> {
  if (!ids.length) return [];
  const onCanvas = canvas()
    .cy.nodes()
    .map((n) => n.id());
  return (await api.links(ids, onCanvas)).elements.edges;
}
