// Paths through the same places fold into one route whose steps list each of their links once.
import { describe, expect, it } from 'vitest';
import { routesOf, routesSummary } from '../../client/src/features/paths/routes.ts';

const edge = (id: string, source: string, target: string) => ({
  data: { id, source, target, type: 'SIGNED', basis: 'stated' },
});
const path = (nodeIds: string[], edges: ReturnType<typeof edge>[]) => ({
  length: edges.length,
  nodeIds,
  steps: edges.map((e, k) => ({ from: nodeIds[k]!, to: nodeIds[k + 1]!, edge: e })),
});

describe('routesOf', () => {
  const a = edge('a', 'x', 'y');
  const b1 = edge('b1', 'y', 'z');
  const b2 = edge('b2', 'z', 'y');
  const c = edge('c', 'x', 'w');
  const d = edge('d', 'w', 'z');
  const paths = [
    path(['x', 'y', 'z'], [a, b1]),
    path(['x', 'w', 'z'], [c, d]),
    path(['x', 'y', 'z'], [a, b2]),
  ] as never;

  it('groups paths by the places they pass, in the order found, each link once per step', () => {
    const routes = routesOf(paths);
    expect(routes.map((r) => [r.nodeIds.join('>'), r.paths])).toEqual([
      ['x>y>z', 2],
      ['x>w>z', 1],
    ]);
    expect(routes[0]!.steps.map((s) => s.edges.map((e) => e.data.id))).toEqual([['a'], ['b1', 'b2']]);
    expect(routesSummary(routes, 2)).toBe(
      '2 routes of 2 steps (3 paths: a step made by more than one link lists each).',
    );
  });

  it('says paths when no two share their places', () => {
    expect(routesSummary(routesOf([path(['x', 'y'], [a])] as never), 1)).toBe('1 path of 1 step.');
  });
});
