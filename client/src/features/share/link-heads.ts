// The share link's short forms of the path finder's search and of the console's run (compact.ts).
import { EDGE_TYPES, type EdgeType } from '../../../../common/model.ts';
import type { ConsoleRun } from '../console/console-actions.ts';
import type { SharedPaths, SharedState } from './compact.ts';

/** The path finder: ends (`a`, `b`), hops, "all" mode, edge types, reference links, found, lit. */
export type PathsHead = { a?: string; b?: string; h?: number; m?: 'all'; t?: EdgeType[]; ref?: 1; go?: 1; lit?: 1 };
/** The console's run: a named query's file name (`n`) or a query's text (`q`), and its parameters. */
export type RunHead = { n?: string; q?: string; p?: Record<string, unknown>; lit?: 1; off?: 1 };

/** The default hop limit of the path finder (path-state.ts): left out of the link. */
const HOPS = 4;

export function pathsHead(p: SharedPaths): PathsHead {
  return {
    ...(p.from ? { a: p.from } : {}),
    ...(p.to ? { b: p.to } : {}),
    ...(p.hops !== HOPS ? { h: p.hops } : {}),
    ...(p.mode === 'all' ? { m: 'all' as const } : {}),
    ...(p.types.length < EDGE_TYPES.length ? { t: p.types } : {}),
    ...(p.includeReference ? { ref: 1 as const } : {}),
    ...(p.found ? { go: 1 as const } : {}),
    ...(p.lit ? { lit: 1 as const } : {}),
  };
}

export function fromPathsHead(h: PathsHead): SharedPaths {
  return {
    from: h.a ?? null,
    to: h.b ?? null,
    hops: h.h ?? HOPS,
    mode: h.m ?? 'shortest',
    types: h.t ?? [...EDGE_TYPES],
    includeReference: !!h.ref,
    found: !!h.go,
    lit: !!h.lit,
  };
}

export function runHead(run: ConsoleRun): RunHead {
  const p = Object.keys(run.params).length ? { p: run.params } : {};
  return 'named' in run ? { n: run.named, ...p } : { q: run.query, ...p };
}

/** The run's head with whether its highlight was on under another panel, or off under Cypher. */
export function runFlags(state: Pick<SharedState, 'runLit' | 'runOff'>, head: RunHead): RunHead {
  return { ...head, ...(state.runLit ? { lit: 1 as const } : {}), ...(state.runOff ? { off: 1 as const } : {}) };
}
