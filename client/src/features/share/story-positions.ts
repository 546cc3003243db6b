// Where a shared story's views put their nodes, written as little as possible: each view's positions
// against the canvas's or against those its layout's earlier views gave (compact.ts).
import type { StoryView } from '../../app/types.ts';

export type Positions = { x: number; y: number }[];

/**
 * The positions a view's own are written against: the canvas's, or where the story's earlier views
 * in its layout put each node (`onLayout`), whichever leaves fewer nodes to write. A story's map
 * views put every node at its same point, which the canvas's force layout did not: each of them
 * wrote all its nodes' positions again (walk 27: 2,435 characters for six views).
 */
export function bestBase(
  view: StoryView,
  index: Map<string, number>,
  canvasAt: Positions,
  layoutAt: Positions | undefined,
): { onLayout: boolean; overrides: StoryView['nodes'] } {
  const movedFrom = (at: Positions) =>
    view.nodes
      .filter((n) => {
        const b = at[index.get(n.id) ?? -1];
        return b && (Math.abs(b.x - n.x) > 1 || Math.abs(b.y - n.y) > 1);
      })
      .sort((a, b) => index.get(a.id)! - index.get(b.id)!);
  const fromCanvas = movedFrom(canvasAt);
  const fromLayout = layoutAt && movedFrom(layoutAt);
  return fromLayout && fromLayout.length < fromCanvas.length
    ? { onLayout: true, overrides: fromLayout }
    : { onLayout: false, overrides: fromCanvas };
}

/** `known` with the view's members at the points `at` gives them (the rest as they were known). */
export function mergeMembers(
  known: Positions,
  at: Positions,
  members: { id: string }[],
  index: Map<string, number>,
): Positions {
  const out = [...known];
  for (const n of members) {
    const i = index.get(n.id);
    if (i !== undefined) out[i] = at[i]!;
  }
  return out;
}
