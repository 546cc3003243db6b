// Expanding a node: its neighbours within the current filters (or only some edge types, from the
// context menu), placed around it and laid out incrementally; a hub is capped and says what is left.
// The view then glides to take in the node and its new neighbours (a graph shown whole stays whole).
import type cytoscape from 'cytoscape';
import type { EdgeType } from '../../../../common/model.ts';
import { api } from '../../api/client.ts';
import { toApiQuery } from '../../app/api-query.ts';
import { afterCanvasChange, clearHighlight, errorText } from '../../app/canvas-actions.ts';
import { linksToCanvas } from '../../app/canvas-links.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { canvasChanged, filters, setStatus } from '../../app/store.ts';
import { bringIntoView, fitView, showsWhole } from '../../canvas/fit.ts';
import { shown } from '../../canvas/visibility.ts';

export const EXPAND_LIMIT = 150;

export async function expandNode(id: string, only?: EdgeType[]): Promise<number> {
  const cv = canvas();
  const node = cv.cy.getElementById(id);
  if (node.empty() || !node.isNode()) return 0;
  const name = node.data('label') ?? id;
  clearHighlight();
  setStatus({ kind: 'busy', message: `Expanding ${name}…` });
  try {
    const q = toApiQuery(filters.value);
    const res = await api.neighbors(id, { ...q, types: only ?? q.types, limit: EXPAND_LIMIT });
    const wasWhole = showsWhole(cv.cy);
    const types = only ?? q.types;
    const neighbours = cv.add(res.elements, node.position());
    // The new neighbours' links to the nodes already there, of the types asked for, as a search's
    // node gets (walk 15, 3). Without them (the lookup failed) the expansion itself still stands.
    const between = await linksToCanvas(neighbours.nodes().map((n) => n.id())).catch(() => []);
    const links = between.filter((e) => !types || types.includes(e.data.type));
    const added = neighbours.union(cv.add({ nodes: [], edges: links }));
    afterCanvasChange();
    if (added.nonempty()) {
      pushAdded(`expand ${name}`, added);
      await cv.layout(undefined, { incremental: true, fit: false });
      frameExpansion(cv.cy, node.union(added.nodes()), wasWhole);
    }
    const byType = Object.entries(res.omitted.byType).map(([t, n]) => `+${n} ${t}`);
    const more = res.omitted.total ? ` (${res.omitted.total} more not shown: ${byType.join(', ')})` : '';
    setStatus({ kind: 'done', message: expandMessage(added.nodes().length, added.edges().length) + more });
    canvasChanged();
    return added.length;
  } catch (err) {
    setStatus({ kind: 'error', message: `Could not expand: ${errorText(err)}` });
    return 0;
  }
}

/**
 * The view after an expand (walk 7 met new neighbours off screen and a three-node graph drawn huge):
 * a graph shown whole before is fitted whole again; else the node and its new neighbours are brought
 * into view, panned if they fit at this zoom, fitted if not. Animated, so the eye follows.
 */
function frameExpansion(cy: cytoscape.Core, around: cytoscape.CollectionReturnValue, wasWhole: boolean): void {
  if (wasWhole) return fitView(cy, shown(cy.elements()), 24, 1.6, true);
  bringIntoView(cy, shown(around), 30, true);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an expansion added, in words: links between nodes already there count too. */
export function expandMessage(nodes: number, links: number): string {
  if (nodes) return `Added ${count(nodes, 'neighbour', 'neighbours')} and ${count(links, 'link', 'links')}`;
  if (links) return `Added ${count(links, 'link', 'links')} between nodes already on the canvas`;
  return 'Nothing new within the current filters';
}
