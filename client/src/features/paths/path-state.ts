// The path finder's work, kept in the store rather than in its panel: switching to another tab and
// back shows the same ends, options and result. Leaving Paths clears the path's highlight (a result
// highlight belongs to its panel) and says so; coming back shows it again. Story, which saves the
// canvas as it shows, keeps the highlight while it is open.
import { signal } from '@preact/signals';
import type { NodeElement, PathsResponse } from '../../../../common/wire.ts';
import { EDGE_TYPES, type EdgeType } from '../../../../common/model.ts';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { highlightOn } from '../../app/highlight.ts';
import { setStatus } from '../../app/store.ts';

export interface PathForm {
  from: NodeElement | null;
  to: NodeElement | null;
  hops: number;
  mode: 'shortest' | 'all';
  types: EdgeType[];
  includeReference: boolean;
}

export type PathResult =
  | { kind: 'paths'; res: PathsResponse }
  | { kind: 'message'; text: string; error?: boolean; offerReference?: boolean; offerHops?: number }
  | null;

export const pathForm = signal<PathForm>({
  from: null,
  to: null,
  hops: 4,
  mode: 'shortest',
  types: [...EDGE_TYPES],
  includeReference: false,
});
export const pathResult = signal<PathResult>(null);
/** The path's highlight was on when Paths closed: reopening Paths shows it again. */
export const pathHighlightLeft = signal(false);

export function setPathForm(patch: Partial<PathForm>): void {
  pathForm.value = { ...pathForm.value, ...patch };
}

/**
 * A new From or To ("Find paths from here", a pick in the form): the result found for the old ends
 * no longer answers the form, so it goes, and its highlight with it.
 */
export function setPathEnd(patch: Pick<Partial<PathForm>, 'from' | 'to'>): void {
  const now = pathForm.peek();
  const moved = (['from', 'to'] as const).some((k) => k in patch && patch[k]?.data.id !== now[k]?.data.id);
  setPathForm(patch);
  if (!moved || !pathResult.peek()) return;
  if (pathResult.peek()?.kind === 'paths' && highlightOn.peek()) clearHighlight();
  pathResult.value = null;
  pathHighlightLeft.value = false;
}

/** The element ids the found paths walk (nodes and links). */
export function pathElementIds(res: PathsResponse): Set<string> {
  return new Set<string>([
    ...res.paths.flatMap((p) => p.nodeIds),
    ...res.paths.flatMap((p) => p.steps.map((s) => s.edge.data.id)),
  ]);
}

/** Paths is closing with its result highlighted: the highlight goes (see app/highlight.ts), and the status line says how to get it back. */
export function leavingPaths(): void {
  if (!highlightOn.peek() || pathResult.peek()?.kind !== 'paths') return;
  pathHighlightLeft.value = true;
  setStatus({ kind: 'info', message: 'Path highlight cleared — reopen Paths to show it again.' });
}

/** Back on Paths from Story, which kept the highlight: if a view shown there took it away, Paths shows it again. */
export function backOnPaths(): void {
  if (!highlightOn.peek() && pathResult.peek()?.kind === 'paths') pathHighlightLeft.value = true;
}
