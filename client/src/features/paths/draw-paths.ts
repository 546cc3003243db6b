// Paths on the canvas: added (one undo step), highlighted over the filters, the rest faded, fitted.
import type { PathsResponse } from '../../../../common/wire.ts';
import { afterCanvasChange } from '../../app/canvas-actions.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { canvasChanged, showDetails } from '../../app/store.ts';
import { fitView } from '../../canvas/fit.ts';

export async function drawPaths(res: PathsResponse): Promise<void> {
  const cv = canvas();
  const cy = cv.cy;
  const hadNodes = cy.nodes().length;
  const added = cv.add(res.elements);
  pushAdded('path', added);
  afterCanvasChange();
  const ids = new Set<string>([
    ...res.paths.flatMap((p) => p.nodeIds),
    ...res.paths.flatMap((p) => p.steps.map((s) => s.edge.data.id)),
  ]);
  const onPath = cy.elements().filter((e) => ids.has(e.id()));
  cy.elements().removeClass('path-highlight faded');
  cy.$(':selected').unselect();
  showDetails(null);
  onPath.addClass('path-highlight');
  cy.elements().not(onPath).addClass('faded');
  onPath.removeClass('filtered hidden');
  canvasChanged();
  if (added.nonempty()) await cv.layout(undefined, { incremental: hadNodes > 0, fit: false });
  fitView(cy, onPath, 60);
}

export function clearPathHighlight(): void {
  canvas().cy.elements().removeClass('path-highlight faded');
}
