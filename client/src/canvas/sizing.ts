// Node size by degree or PageRank, computed with Cytoscape's own algorithms over what is on the canvas.
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
