// The concentric layout's rings and the pass that keeps nodes apart after any layout (walk 7, 10),
// on a headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { concentricRings } from '../../client/src/canvas/layouts.ts';
import { separateOverlaps } from '../../client/src/canvas/overlap.ts';

/** A star of `hubs` equally linked hubs, each with `leaves` leaves of its own, all at one point. */
function hubsAndLeaves(hubs: number, leaves: number): cytoscape.Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 40, height: 40 } }],
  });
  for (let h = 0; h < hubs; h++) {
    cy.add({ group: 'nodes', data: { id: `h${h}` }, position: { x: 0, y: 0 } });
    for (let l = 0; l < leaves; l++) {
      cy.add({ group: 'nodes', data: { id: `h${h}l${l}` }, position: { x: 0, y: 0 } });
      cy.add({ group: 'edges', data: { id: `h${h}e${l}`, source: `h${h}`, target: `h${h}l${l}` } });
    }
  }
  return cy;
}

describe('layout spacing', () => {
  it('concentric rings: one node alone at the centre though two hubs tie, then rings of 6, 12, …', () => {
    const cy = hubsAndLeaves(2, 8);
    const ring = concentricRings(cy.nodes());
    expect(ring.get('h0')).toBe(0);
    expect(ring.get('h1')).toBe(1);
    const sizes = [0, 1, 2, 3].map((r) => [...ring.values()].filter((v) => v === r).length);
    expect(sizes).toEqual([1, 6, 11, 0]);
  });

  it('separateOverlaps: nodes at one point end apart by their bodies; a pinned node stays', () => {
    const cy = hubsAndLeaves(1, 5);
    cy.getElementById('h0').addClass('pinned');
    separateOverlaps(cy.nodes());
    const pts = cy.nodes().map((n) => n.position());
    for (const [i, a] of pts.entries())
      for (const b of pts.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(40 - 0.5);
    expect(cy.getElementById('h0').position()).toEqual({ x: 0, y: 0 });
  });
});
