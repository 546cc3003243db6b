// A filter the user changes is a step Undo takes back, as a hidden node or a layout is (walk 20, 12:
// Undo skipped the filter changes and took back the canvas step before them). Play and Present set
// the filters for a while and give them back themselves: they change the store directly.
import { history } from '../../app/context.ts';
import { filters, setFilters } from '../../app/store.ts';
import type { FilterState } from '../../app/types.ts';

/** What a change to each filter is called on the Undo and Redo buttons. */
const NAMES: Record<keyof FilterState, string> = {
  kinds: 'node kinds filter',
  types: 'link types filter',
  countries: 'country filter',
  fromYear: 'years filter',
  toYear: 'years filter',
  showUndated: 'years filter',
  minSources: 'outlets filter',
  hideUnlinked: 'unlinked nodes switch',
};

/**
 * Changes the filters by `patch` as one undoable step. A year handle's moves of one `gesture` (a
 * drag, or keys in a row) join into one step.
 */
export function changeFilters(patch: Partial<FilterState>, gesture?: string): void {
  const before = filters.peek();
  setFilters(patch);
  const after = filters.peek();
  const changed = (Object.keys(patch) as (keyof FilterState)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (!changed.length) return;
  const names = [...new Set(changed.map((k) => NAMES[k]))];
  // One handle's moves in a row are one step; the other handle's next move is another (walk 22, 5:
  // one Undo took back the keys on "From" and the drag of "To" after them).
  const handle = changed.length === 1 && (changed[0] === 'fromYear' || changed[0] === 'toYear') ? changed[0] : null;
  const merge = handle && gesture ? `${handle}:${gesture}` : null;
  history.push({
    label: names.join(', '),
    undo: () => setFilters(before),
    redo: () => setFilters(after),
    ...(merge ? { merge } : {}),
  });
}
