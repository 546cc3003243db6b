// The path finder in a share link: its ends and options, and whether its result was on show and
// highlighted. Opening the link fills the form and runs the search again; the result is highlighted
// where the link was made with it highlighted, whatever panel was open.
import type { NodeElement } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { canvas } from '../../app/context.ts';
import { highlightedIds, highlightOn } from '../../app/highlight.ts';
import type { SharedPaths } from '../share/compact.ts';
import { showPathsAgain } from './draw-paths.ts';
import { searchPaths } from './find-paths.ts';
import { pathElementIds, pathForm, pathResult, setPathForm } from './path-state.ts';

/** The path finder's search as the link keeps it; none while the form has no end and no result. */
export function capturePaths(): SharedPaths | null {
  const f = pathForm.peek();
  const found = pathResult.peek()?.kind === 'paths';
  if (!f.from && !f.to && !found) return null;
  return {
    from: f.from?.data.id ?? null,
    to: f.to?.data.id ?? null,
    hops: f.hops,
    mode: f.mode,
    types: f.types,
    includeReference: f.includeReference,
    found,
    lit: found && pathLit(),
  };
}

/** The canvas highlights the found paths (not another result). */
function pathLit(): boolean {
  const found = pathResult.peek();
  if (found?.kind !== 'paths' || !highlightOn.peek()) return false;
  const onPath = pathElementIds(found.res);
  const lit = highlightedIds(canvas().cy);
  return lit.length > 0 && lit.every((id) => onPath.has(id));
}

/** The ends' nodes: from the restored canvas, or asked of the server when not on it. */
async function nodesById(ids: string[]): Promise<Map<string, NodeElement>> {
  const cy = canvas().cy;
  const out = new Map<string, NodeElement>();
  for (const id of ids) {
    const n = cy.getElementById(id);
    if (n.nonempty() && n.isNode()) out.set(id, { data: n.data() as NodeElement['data'] });
  }
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) for (const n of (await api.links(missing)).elements.nodes) out.set(n.data.id, n);
  return out;
}

/** The form filled as the link had it and, if a result was on show, the search run again. */
export async function restorePaths(p: SharedPaths): Promise<void> {
  const ends = await nodesById([p.from, p.to].filter((id): id is string => !!id));
  setPathForm({
    from: (p.from && ends.get(p.from)) || null,
    to: (p.to && ends.get(p.to)) || null,
    hops: p.hops,
    mode: p.mode,
    types: p.types,
    includeReference: p.includeReference,
  });
  if (!p.found) return void (pathResult.value = null);
  pathResult.value = { kind: 'message', text: 'Finding paths…' };
  const result = await searchPaths(p.includeReference);
  pathResult.value = result;
  // The result shows highlighted where the link's view had it, whatever panel is open.
  if (result.kind === 'paths' && p.lit) showPathsAgain(result.res);
}
