// Node size by degree (the node's links in the whole graph, from the server; else on the canvas) or
// PageRank (Cytoscape's, over what is on the canvas), scaled between the canvas's least and most.
import type cytoscape from 'cytoscape';
import type { SizeBy } from '../app/types.ts';

const MIN = 22;
const MAX = 64;

export function applySizes(cy: cytoscape.Core, sizeBy: SizeBy): void {
  const nodes = cy.nodes();
  if (sizeBy === 'none' || nodes.length === 0) {
    cy.batch(() => nodes.forEach((n) => void n.data('size', 30)));
    return;
  }
  let score: (n: cytoscape.NodeSingular) => number;
  if (sizeBy === 'pagerank') {
    const pr = cy.elements().pageRank({});
    score = (n) => pr.rank(n);
  } else if (nodes.every((n) => typeof n.data('degree') === 'number')) {
    // The node's links in the whole graph, as the server counts them: a search result and its
    // expanded neighbours are sized as in the whole graph (walk 8: Lạng Sơn, with 3 links, was the
    // largest as the centre of a star of 4, Việt Nam, with dozens, the smallest).
    score = (n) => Number(n.data('degree'));
  } else {
    const dc = cy.elements().degreeCentralityNormalized({ directed: false, weight: () => 1 }) as unknown as {
      degree(n: cytoscape.NodeSingular): number;
    };
    score = (n) => dc.degree(n);
  }
  const values = nodes.map(score);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  cy.batch(() =>
    nodes.forEach((n, i) => {
      const t = hi > lo ? ((values[i] ?? lo) - lo) / (hi - lo) : 0.5;
      n.data('size', Math.round(MIN + Math.sqrt(t) * (MAX - MIN)));
    }),
  );
}
