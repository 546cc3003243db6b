// Paths folded into routes: two paths through the same places differ only in which of two parallel
// links (two MoUs signed by the same pair) a step takes, and the list printed them as two paths that
// read the same at every place. A route is listed once, each step with every link that makes it.
import type { PathsResponse } from '../../../../common/wire.ts';

type Path = PathsResponse['paths'][number];
type Step = Path['steps'][number];
export type RouteStep = { from: string; to: string; edges: Step['edge'][] };
export type Route = { nodeIds: string[]; steps: RouteStep[]; paths: number };

/** The paths grouped by the places they pass, in the order found; each step's links once each, in the order found. */
export function routesOf(paths: readonly Path[]): Route[] {
  const byPlaces = new Map<string, Route>();
  for (const p of paths) {
    const key = p.nodeIds.join('\u0000');
    let route = byPlaces.get(key);
    if (!route) {
      route = { nodeIds: p.nodeIds, steps: p.steps.map((s) => ({ from: s.from, to: s.to, edges: [] })), paths: 0 };
      byPlaces.set(key, route);
    }
    route.paths += 1;
    p.steps.forEach((s, k) => {
      const step = route.steps[k]!;
      if (!step.edges.some((e) => e.data.id === s.edge.data.id)) step.edges.push(s.edge);
    });
  }
  return [...byPlaces.values()];
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** "2 paths of 3 steps." or, when parallel links fold paths together, "2 routes of 3 steps (5 paths: …)". */
export function routesSummary(routes: readonly Route[], steps: number): string {
  const paths = routes.reduce((n, r) => n + r.paths, 0);
  if (paths === routes.length) return `${plural(paths, 'path')} of ${plural(steps, 'step')}.`;
  return `${plural(routes.length, 'route')} of ${plural(steps, 'step')} (${paths} paths: a step made by more than one link lists each).`;
}
