// When the filters hide every node on the canvas: which filter did it, in words, and the change
// that undoes just that filter. Each changed filter is tried alone (set back to "all"); those that
// alone bring something back are named. When none does alone, they did it together.
import type cytoscape from 'cytoscape';
import { api } from '../../api/client.ts';
import { ALL_FILTERS } from '../../app/store.ts';
import type { FilterState } from '../../app/types.ts';
import { nodePasses, unlinkedNodes } from '../../canvas/visibility.ts';
import { countryName } from '../../ui/country-name.ts';

export interface Culprit {
  /** The filter as the Filters panel names it ("Links stated by at least 2 outlets"). */
  label: string;
  /** What the undo button says it restores ("any number of outlets"). */
  undoLabel: string;
  undo: Partial<FilterState>;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The filters that differ from "show everything", each with the change that resets it (countries named as on `cy`). */
export function changedFilters(f: FilterState, cy?: cytoscape.Core): Culprit[] {
  const out: Culprit[] = [];
  if (f.minSources > 1)
    out.push({
      label: `Links stated by at least ${f.minSources} outlets`,
      undoLabel: 'any number of outlets',
      undo: { minSources: 1 },
    });
  if (!same(f.types, ALL_FILTERS.types)) {
    const off = ALL_FILTERS.types.filter((t) => !f.types.includes(t));
    out.push({
      label: `Edge types off: ${off.join(', ')}`,
      undoLabel: 'every edge type',
      undo: { types: ALL_FILTERS.types },
    });
  }
  if (!same(f.kinds, ALL_FILTERS.kinds)) {
    const off = ALL_FILTERS.kinds.filter((k) => !f.kinds.includes(k));
    out.push({
      label: `Node kinds off: ${off.join(', ')}`,
      undoLabel: 'every node kind',
      undo: { kinds: ALL_FILTERS.kinds },
    });
  }
  if (f.countries.length)
    out.push({
      label: `Countries: only ${f.countries.map((c) => countryName(c, cy)).join(', ')}`,
      undoLabel: 'every country',
      undo: { countries: [] },
    });
  if (f.fromYear !== null || f.toYear !== null)
    out.push({
      label: `Years ${f.fromYear ?? '…'}–${f.toYear ?? '…'}`,
      undoLabel: 'every year',
      undo: { fromYear: null, toYear: null },
    });
  if (!f.showUndated)
    out.push({ label: 'Undated links hidden', undoLabel: 'undated links', undo: { showUndated: true } });
  return out;
}

/** How many nodes the filters `f` would show (ignoring what the user hid by hand). */
export function shownUnder(cy: cytoscape.Core, f: FilterState): number {
  const unlinked = f.hideUnlinked ? unlinkedNodes(cy, f) : cy.collection();
  return cy.nodes().filter((n) => nodePasses(n.data(), f) && !unlinked.contains(n)).length;
}

/**
 * Null unless the canvas has nodes and the filters hide all of them; else the filters to name:
 * those that alone bring nodes back, or all changed ones together (one culprit) if none does alone.
 */
export function filtersHidingAll(cy: cytoscape.Core, f: FilterState): Culprit[] | null {
  const nodes = cy.nodes();
  if (nodes.empty() || nodes.not('.filtered, .hidden').nonempty() || nodes.filter('.filtered').empty()) return null;
  const changed = changedFilters(f, cy);
  const alone = changed.filter((c) => shownUnder(cy, { ...f, ...c.undo }) > 0);
  if (alone.length || changed.length < 2) return alone.length ? alone : changed;
  return [
    {
      label: changed.map((c) => c.label).join('; '),
      undoLabel: 'all of these',
      undo: Object.assign({}, ...changed.map((c) => c.undo)) as Partial<FilterState>,
    },
  ];
}

/**
 * After loading the whole graph under active filters: how many of the graph's nodes they keep off
 * the canvas, and which filters, so a short result explains itself ("58 hidden by filters (…)").
 * `accounted`: the nodes shown or already explained (set aside as linkless). Empty without filters.
 */
export async function hiddenByFiltersNote(
  f: FilterState,
  accounted: Set<string>,
  cy?: cytoscape.Core,
): Promise<string> {
  const active = changedFilters(f, cy);
  if (!active.length) return '';
  const all = await api.graph({});
  const hidden = all.elements.nodes.filter((n) => !accounted.has(n.data.id)).length;
  return hidden ? ` ${hidden} hidden by filters (${active.map((c) => c.label).join('; ')}).` : '';
}
