// "Hide nodes whose links are all filtered out", said as it is: how many nodes it hides, split into
// those the type, date or outlet filters leave without a visible link and those "Whole graph"
// brought with no link at all (set aside); and the status line kept true when the box is switched.
import type cytoscape from 'cytoscape';
import { canvas } from '../../app/context.ts';
import { filters, setStatus } from '../../app/store.ts';
import { changeFilters } from './filter-steps.ts';
import type { FilterState } from '../../app/types.ts';
import { LINKLESS_CLASS, restrictsLinks, unlinkedNodes } from '../../canvas/visibility.ts';

const count = (n: number) => `${n} node${n === 1 ? '' : 's'}`;

/** Nodes without a visible link (not hidden by hand), and how many of them have no link at all. */
export function unlinkedCounts(cy: cytoscape.Core, f: FilterState): { total: number; aside: number } {
  const unlinked = unlinkedNodes(cy, f).not('.hidden');
  return { total: unlinked.length, aside: unlinked.filter(`.${LINKLESS_CLASS}`).length };
}

/** The line under the box. */
export function unlinkedText(cy: cytoscape.Core, f: FilterState): string {
  const { total, aside } = unlinkedCounts(cy, f);
  if (!f.hideUnlinked) return `${count(total)} shown without a visible link.`;
  const parts = [
    total > aside ? `${total - aside} that the type, date or outlet filters leave without a visible link` : '',
    aside ? `${aside} that the whole graph has no link for (set aside)` : '',
  ].filter(Boolean);
  const lone = restrictsLinks(f) ? '' : ' A node added on its own (a search result) stays.';
  return `${count(total)} hidden${parts.length ? `: ${parts.join(', and ')}` : ''}.${lone}`;
}

/** The box switched: the filters follow, and the status line says what shows now (a "set aside" line would be stale). */
export function switchUnlinked(hide: boolean): void {
  changeFilters({ hideUnlinked: hide });
  const { total, aside } = unlinkedCounts(canvas().cy, filters.peek());
  if (!total) return;
  const none = aside ? `, ${aside} of them with no link at all` : '';
  setStatus({
    kind: 'info',
    message: hide
      ? `${count(total)} without a visible link hidden (untick "Hide nodes whose links are all filtered out" to show them).`
      : `${count(total)} without a visible link shown${none}.`,
  });
}
