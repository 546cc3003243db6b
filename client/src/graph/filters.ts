// Client-side filters over what is on the canvas: a class toggle, so the canvas updates in place.
// An edge passes when its type is on and its date range overlaps the year window (undated edges
// pass); a node passes when its kind and country are on; an edge needs both ends visible.
import type cytoscape from 'cytoscape';
import type { FilterState } from '../events.ts';

export function yearOf(date: string | undefined): number | null {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  return Number.isFinite(y) ? y : null;
}

export function edgeInWindow(data: { dateFrom?: string; dateTo?: string; date?: string }, f: Pick<FilterState, 'fromYear' | 'toYear'>): boolean {
  const from = yearOf(data.dateFrom ?? data.date);
  const to = yearOf(data.dateTo ?? data.dateFrom ?? data.date);
  if (from === null && to === null) return true;
  if (f.fromYear !== null && (to ?? from)! < f.fromYear) return false;
  if (f.toYear !== null && (from ?? to)! > f.toYear) return false;
  return true;
}

export function isDated(data: { dateFrom?: string; date?: string }): boolean {
  return yearOf(data.dateFrom ?? data.date) !== null;
}

export function applyFilters(cy: cytoscape.Core, f: FilterState): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const country = n.data('country') as string | undefined;
      const ok = f.kinds.includes(n.data('kind')) && (!country || f.countries.length === 0 || f.countries.includes(country));
      n.toggleClass('filtered', !ok);
    });
    cy.edges().forEach((e) => {
      const ok =
        f.types.includes(e.data('type')) &&
        edgeInWindow(e.data(), f) &&
        !e.source().hasClass('filtered') &&
        !e.target().hasClass('filtered');
      e.toggleClass('filtered', !ok);
    });
  });
}

/**
 * What is shown: not filtered out and not hidden. Read from the classes rather than `:visible`,
 * which lags behind a batch of class changes when read in the same tick.
 */
export function shown<T extends cytoscape.CollectionReturnValue | cytoscape.NodeCollection | cytoscape.EdgeCollection>(eles: T): T {
  return eles.not('.filtered, .hidden') as T;
}
