// What the canvas shows after a filter change, on the status line (walk 11, 7: "Loaded 61 nodes and
// 106 links…" stood after a Sources filter had left 3 of 56 nodes on show).
import type cytoscape from 'cytoscape';
import { filters, playing, presenting, setStatus, status } from '../../app/store.ts';
import type { FilterState } from '../../app/types.ts';
import { shown } from '../../canvas/visibility.ts';

/** "all 56 nodes" or "3 of 56 nodes". */
function part(on: number, of: number, noun: string): string {
  const s = of === 1 ? noun : `${noun}s`;
  return on === of ? `all ${of} ${s}` : `${on} of ${of} ${s}`;
}

/**
 * The nodes the filters' counts are out of: those the user has not hidden, less the nodes with no
 * link at all where such nodes are set aside. The status line and the canvas's "The filters hide
 * all N nodes" both count these (walk 12, 11: 56 against 61).
 */
export function countedNodes(cy: cytoscape.Core, f: FilterState): cytoscape.NodeCollection {
  const onCanvas = cy.nodes().not('.hidden') as cytoscape.NodeCollection;
  return onCanvas.filter((n) => !f.hideUnlinked || n.connectedEdges().nonempty());
}

/** While above 0 the filters' changes are not the user's (a story's views shown in turn, then the canvas given back). */
let quiet = 0;

/** Filter changes go unannounced until the returned function is called. */
export function quietFilters(): () => void {
  quiet++;
  let done = false;
  return () => {
    if (!done) quiet--;
    done = true;
  };
}

/**
 * Says how many of the canvas's nodes and links the filters leave on show. Out of: what the user has
 * not hidden, less the nodes with no link at all where such nodes are set aside. Play and Present
 * change the filters step by step; a busy line (loading) keeps its word, and so does a line set
 * since. Counted on the next frame: Present ending gives back the filters first, the hidden after.
 */
export function sayWhatShows(cy: cytoscape.Core, f: FilterState): void {
  if (quiet || playing.peek() || presenting.peek() !== null) return;
  const before = status.peek();
  requestAnimationFrame(() => {
    // What changed the filters may have said more itself (the unlinked switch, a story view).
    if (filters.peek() !== f || status.peek() !== before || before?.kind === 'busy') return;
    const nodes = countedNodes(cy, f);
    const links = cy.edges().not('.hidden');
    if (nodes.empty()) return;
    const [n, l] = [shown(nodes).length, shown(links).length];
    const rest = n < nodes.length || l < links.length ? ': the filters hide the rest' : '';
    setStatus({
      kind: 'info',
      message: `Showing ${part(n, nodes.length, 'node')} and ${part(l, links.length, 'link')} on the canvas${rest}.`,
    });
  });
}
