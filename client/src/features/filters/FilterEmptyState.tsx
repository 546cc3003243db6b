// On the canvas, when the filters hide everything on it: which filter did it, and a button that
// undoes just that filter (filter-empty.ts), instead of a blank canvas and no word.
import { canvas } from '../../app/context.ts';
import { canvasVersion, filters } from '../../app/store.ts';
import { changeFilters } from './filter-steps.ts';
import { filtersHidingAll } from './filter-empty.ts';
import { countedNodes } from './filter-status.ts';

export function FilterEmptyState() {
  void canvasVersion.value;
  const culprits = filtersHidingAll(canvas().cy, filters.value);
  if (!culprits) return null;
  // Counted as the status line counts ("Showing 0 of 56 nodes"); nodes with no link set aside are said apart.
  const cy = canvas().cy;
  const n = countedNodes(cy, filters.value).length;
  const aside = cy.nodes().not('.hidden').length - n;
  return (
    <div id="filter-empty-state" class="overlay-message" role="status">
      <h2>
        The filters hide all {n} {aside > 0 ? 'linked ' : ''}nodes on the canvas
        {aside > 0 ? ` (${aside} with no link set aside)` : ''}
      </h2>
      {culprits.map((c) => (
        <p>
          Hidden by <strong class="culprit">{c.label}</strong>{' '}
          <button type="button" class="btn-undo-filter" onClick={() => changeFilters(c.undo)}>
            Show {c.undoLabel}
          </button>
        </p>
      ))}
    </div>
  );
}
