// The path finder's work, kept in the store rather than in its panel: switching to another tab and
// back shows the same ends, options and result. The path's highlight stays on the canvas whatever
// panel is open, until cleared or replaced (app/highlight.ts).
import { signal } from '@preact/signals';
import type { NodeElement, PathsResponse } from '../../../../common/wire.ts';
import { EDGE_TYPES, type EdgeType } from '../../../../common/model.ts';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { highlightOn } from '../../app/highlight.ts';

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
  | {
      kind: 'message';
      text: string;
      error?: boolean;
      /** Reference links would make a path: the hops it needs (at least those set). */
      offerReference?: { hops: number };
      offerHops?: number;
    }
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
}

/** The element ids the found paths walk (nodes and links). */
export function pathElementIds(res: PathsResponse): Set<string> {
  return new Set<string>([
    ...res.paths.flatMap((p) => p.nodeIds),
    ...res.paths.flatMap((p) => p.steps.map((s) => s.edge.data.id)),
  ]);
}
