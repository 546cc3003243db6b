// Expanding a node: its neighbours within the current filters (or only some edge types, from the
// context menu), placed around it and laid out incrementally; a hub is capped and says what is left.
import type { EdgeType } from '../../../../common/model.ts';
import { api } from '../../api/client.ts';
import { toApiQuery } from '../../app/api-query.ts';
import { afterCanvasChange, clearHighlight, errorText } from '../../app/canvas-actions.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { canvasChanged, filters, setStatus } from '../../app/store.ts';

export const EXPAND_LIMIT = 150;

export async function expandNode(id: string, only?: EdgeType[]): Promise<number> {
  const cv = canvas();
  const node = cv.cy.getElementById(id);
  if (node.empty() || !node.isNode()) return 0;
  const name = node.data('label') ?? id;
  clearHighlight();
  setStatus({ kind: 'busy', message: `Expanding ${name}…` });
  try {
    const q = toApiQuery(filters.value);
    const res = await api.neighbors(id, { ...q, types: only ?? q.types, limit: EXPAND_LIMIT });
    const added = cv.add(res.elements, node.position());
    afterCanvasChange();
    if (added.nonempty()) {
      pushAdded(`expand ${name}`, added);
      await cv.layout(undefined, { incremental: true });
    }
    const byType = Object.entries(res.omitted.byType).map(([t, n]) => `+${n} ${t}`);
    const more = res.omitted.total ? ` (${res.omitted.total} more not shown: ${byType.join(', ')})` : '';
    const n = added.nodes().length;
    setStatus({
      kind: 'done',
      message: n
        ? `Added ${n} neighbours and ${added.edges().length} links${more}`
        : `No new neighbours within the current filters${more}`,
    });
    canvasChanged();
    return added.length;
  } catch (err) {
    setStatus({ kind: 'error', message: `Could not expand: ${errorText(err)}` });
    return 0;
  }
}
