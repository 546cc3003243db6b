// The nodes a large force layout leaves out (one neighbour each), where they are set after it, and
// the bounds a large graph is shaped and fitted by.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { modelBounds } from '../../client/src/canvas/fit.ts';
import { hangingLeaves, placeLeaves } from '../../client/src/canvas/leaves.ts';

const edge = (id: string, source: string, target: string) => ({ data: { id, source, target } });

describe('hanging leaves', () => {
  it('are the nodes with one neighbour (parallel links count once); pinned ones and one of a lone pair stay', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        ...['hub', 'a', 'b', 'c', 'pinned', 'mid', 'far', 'x', 'y'].map((id) => ({ data: { id } })),
        edge('e1', 'a', 'hub'),
        edge('e2', 'hub', 'b'),
        edge('e3', 'hub', 'b'), // a second link to the same neighbour: b still hangs on hub alone
        edge('e4', 'c', 'hub'),
        edge('e5', 'pinned', 'hub'),
        edge('e6', 'mid', 'hub'),
        edge('e7', 'mid', 'far'),
        edge('e8', 'far', 'hub'),
        edge('e9', 'x', 'y'),
      ],
    });
    cy.$id('pinned').addClass('pinned');
    const leaves = hangingLeaves(cy.elements());
    expect([...leaves.keys()].sort()).toEqual(['a', 'b', 'c', 'y']);
    expect(leaves.get('a')!.id()).toBe('hub');
    expect(leaves.get('y')!.id()).toBe('x');
  });

  it('are set on rings around their neighbour, no two closer than the ring step', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'hub' } },
        ...Array.from({ length: 60 }, (_, i) => ({ data: { id: `l${i}` } })),
        ...Array.from({ length: 60 }, (_, i) => edge(`e${i}`, `l${i}`, 'hub')),
      ],
    });
    cy.$id('hub').position({ x: 500, y: -200 }); // after init: the default (null) layout puts every node at 0,0
    placeLeaves(cy, hangingLeaves(cy.elements()));
    const at = Array.from({ length: 60 }, (_, i) => cy.$id(`l${i}`).position());
    for (const p of at) expect(Math.hypot(p.x - 500, p.y + 200)).toBeGreaterThanOrEqual(70 - 1e-9);
    let nearest = Infinity;
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++)
        nearest = Math.min(nearest, Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y));
    expect(nearest).toBeGreaterThan(30);
    // A hub's 60 leaves need more than one ring; the outermost stays within a few steps of it.
    expect(Math.max(...at.map((p) => Math.hypot(p.x - 500, p.y + 200)))).toBeLessThan(70 + 4 * 40);
  });
});

describe('model bounds of a large graph', () => {
  it("match Cytoscape's node bounding box (size and border) without measuring each node", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1.5 } }],
      elements: [{ data: { id: 'a', size: 22 } }, { data: { id: 'b', size: 64 } }, { data: { id: 'c', size: 30 } }],
    });
    // After init: the default (null) layout puts every node at 0,0.
    cy.$id('a').position({ x: -300, y: 40 });
    cy.$id('b').position({ x: 120, y: -90 });
    cy.$id('c').position({ x: 15, y: 210 });
    const ours = modelBounds(cy.nodes());
    const theirs = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
    for (const k of ['x1', 'y1', 'x2', 'y2', 'w', 'h'] as const) expect(Math.abs(ours[k] - theirs[k])).toBeLessThan(1);
  });
});
