// Paths on the canvas: added (one undo step), highlighted over the filters with the rest faded, and
// fitted at a sane zoom (app/highlight.ts).
import type cytoscape from 'cytoscape';
import type { PathsResponse } from '../../../../common/wire.ts';
import { afterCanvasChange, clearHighlight } from '../../app/canvas-actions.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { fitResult, highlightResult } from '../../app/highlight.ts';
import { canvasChanged, showDetails } from '../../app/store.ts';
import { pathElementIds } from './path-state.ts';

/** The paths' highlight in words, from the ends' names on the canvas: "path Lào Cai to Nanning". */
function pathsName(cy: cytoscape.Core, res: PathsResponse): string {
  const name = (id: string) => String(cy.getElementById(id).data('name') ?? id);
  return `path ${name(res.from)} to ${name(res.to)}`;
}

export async function drawPaths(res: PathsResponse): Promise<void> {
  const cv = canvas();
  const cy = cv.cy;
  const hadNodes = cy.nodes().length;
  const added = cv.add(res.elements);
  pushAdded('path', added);
  afterCanvasChange();
  const ids = pathElementIds(res);
  const onPath = () => cy.elements().filter((e) => ids.has(e.id()));
  cy.$(':selected').unselect();
  showDetails(null);
  highlightResult(cy, onPath(), true, pathsName(cy, res));
  canvasChanged();
  if (added.nonempty()) await cv.layout(undefined, { incremental: hadNodes > 0, fit: false });
  fitResult(cy, onPath(), 60);
}

/** A new search starts clean: the last path's highlight goes, whatever this one finds. */
export const clearPathHighlight = clearHighlight;

/**
 * The kept result highlighted again (back on Paths, or its "Show on the canvas" button): drawn anew
 * if some of it has left the canvas since, else highlighted where it is; `fit` brings it into view.
 */
export function showPathsAgain(res: PathsResponse, fit = false): void {
  const cy = canvas().cy;
  const ids = pathElementIds(res);
  const onPath = cy.elements().filter((e) => ids.has(e.id()));
  if (onPath.length < ids.size) return void drawPaths(res);
  highlightResult(cy, onPath, true, pathsName(cy, res));
  canvasChanged();
  if (fit) fitResult(cy, onPath, 60);
}
