// Whether the canvas shows nothing, for the actions that need something on it (saving a story view,
// writing the canvas as Cypher), which are off and say why while it is empty.
import { shown } from '../canvas/visibility.ts';
import { canvas } from './context.ts';
import { canvasVersion, filters } from './store.ts';

/** Why an action waits for something on the canvas. */
export const EMPTY_CANVAS =
  'Nothing is shown on the canvas: add nodes (search, Whole graph) or change the filters first';

/** Whether the canvas shows no node now (nothing loaded, or the filters hide everything); read in a view, it follows both. */
export function canvasEmpty(): boolean {
  void canvasVersion.value;
  void filters.value;
  return shown(canvas().cy.nodes()).empty();
}
