// Client-side filters over what is on the canvas: a class toggle, so the canvas updates in place.
// An edge passes when its type is on and its date range overlaps the year window (undated edges
// pass unless switched off) and enough outlets state it; a node passes when its kind and country are on; an edge
// needs both ends visible. With
// `hideUnlinked`, a node whose links on the canvas all fail the type or date filter goes too.
import type cytoscape from 'cytoscape';
import type { FilterState } from '../app/types.ts';
import { HIGHLIGHT } from './chosen.ts';

export function yearOf(date: string | undefined): number | null {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  return Number.isFinite(y) ? y : null;
}

type YearWindow = Pick<FilterState, 'fromYear' | 'toYear'> & { showUndated?: boolean };

/** Undated links pass unless `showUndated` is false (Play hides them to show only what happened when). */
export function edgeInWindow(data: { dateFrom?: string; dateTo?: string; date?: string }, f: YearWindow): boolean {
  const from = yearOf(data.dateFrom ?? data.date);
  const to = yearOf(data.dateTo ?? data.dateFrom ?? data.date);
  if (from === null && to === null) return f.showUndated !== false;
  if (f.fromYear !== null && (to ?? from)! < f.fromYear) return false;
  if (f.toYear !== null && (from ?? to)! > f.toYear) return false;
  return true;
}

export function isDated(data: { dateFrom?: string; date?: string }): boolean {
  return yearOf(data.dateFrom ?? data.date) !== null;
}

/** Outlets stating a link: an edge without the count (from before corroboration) has one. */
export const sourcesOf = (data: { sources?: unknown }): number => (typeof data.sources === 'number' ? data.sources : 1);

export function edgePasses(
  data: { type?: string; dateFrom?: string; dateTo?: string; date?: string; sources?: unknown },
  f: Pick<FilterState, 'types'> & YearWindow & { minSources?: number },
): boolean {
  return (
    (f.types as readonly (string | undefined)[]).includes(data.type) &&
    edgeInWindow(data, f) &&
    // "Any number" keeps facts from reference data too, which no outlet states (sources 0).
    ((f.minSources ?? 1) <= 1 || sourcesOf(data) >= f.minSources!)
  );
}

const kindOn = (kind: string | undefined, f: Pick<FilterState, 'kinds'>) =>
  (f.kinds as readonly (string | undefined)[]).includes(kind);
/** No country chosen means all; an entity without a country is never hidden by this filter. */
const countryOn = (country: string | undefined, f: Pick<FilterState, 'countries'>) =>
  !country || f.countries.length === 0 || f.countries.includes(country);

export function nodePasses(
  data: { kind?: string; country?: string },
  f: Pick<FilterState, 'kinds' | 'countries'>,
): boolean {
  return kindOn(data.kind, f) && countryOn(data.country, f);
}

/**
 * Left unlinked by the filters: the node has links on the canvas and none of them passes. A node
 * with no link at all (a single search result) is not: there is no link whose loss it would show.
 */
export function leftUnlinked(linksPass: readonly boolean[]): boolean {
  return linksPass.length > 0 && linksPass.every((pass) => !pass);
}

/**
 * The nodes that pass kind and country but whose every link on the canvas fails the type or date
 * filter. Links lost only because the other end's kind or country is off do not count: "Vietnam
 * only" must keep the provinces, whose links mostly go abroad.
 */
export function unlinkedNodes(cy: cytoscape.Core, f: FilterState): cytoscape.NodeCollection {
  // A node with no link at all among linked ones has no corroborated link either: "at least 2
  // outlets" hides it too. One the whole graph brought with no link (a country only named in an
  // article) is set aside by the switch: a row of names tied to nothing is not the graph.
  const linkless = restrictsLinks(f) && cy.edges().nonempty();
  return cy.nodes().filter((n) => {
    if (!nodePasses(n.data(), f)) return false;
    const links = n.connectedEdges();
    return links.empty()
      ? linkless || n.hasClass(LINKLESS_CLASS)
      : leftUnlinked(links.map((e) => edgePasses(e.data(), f)));
  });
}

/** Nodes "Whole graph" brought without any link: "Hide nodes whose links are all filtered out" hides them. */
export const LINKLESS_CLASS = 'linkless';

/** Marks the nodes among `added` that have no link on the canvas (a search result alone stays unmarked). */
export function markLinkless(added: cytoscape.CollectionReturnValue): void {
  added
    .nodes()
    .filter((n) => n.connectedEdges().empty())
    .addClass(LINKLESS_CLASS);
}

/**
 * Whether the filters ask for corroborated links ("at least 2 outlets"): a node with no link at all
 * has no stated fact to show then. (A type or year filter keeps it: a lone search result stays.)
 */
export function restrictsLinks(f: FilterState): boolean {
  return (f.minSources ?? 1) > 1;
}

/** Which filter hides this node, in words for the status line; undefined when it is shown. */
export function whyFiltered(n: cytoscape.NodeSingular, f: FilterState): string | undefined {
  if (!n.hasClass('filtered')) return undefined;
  const { kind, country } = n.data() as { kind?: string; country?: string };
  if (!kindOn(kind, f)) return `the kind ${kind} is switched off in Filters`;
  if (!countryOn(country, f)) return `the country ${country} is switched off in Filters`;
  if (n.connectedEdges().empty())
    return 'the whole graph has no link for it ("Hide nodes whose links are all filtered out" sets such nodes aside)';
  return 'the edge type or date filters leave it no visible link ("Hide nodes whose links are all filtered out")';
}

/**
 * A highlighted result (a path, a query's answer) stays whole whatever the filters, on the canvas
 * and in every story view of it (walk 15, 2: a path's last step, of a type switched off, went
 * missing from its saved view): the filters hide the rest.
 */
const keptWhole = (e: cytoscape.SingularElementArgument) => e.hasClass(HIGHLIGHT);

export function applyFilters(cy: cytoscape.Core, f: FilterState): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => void n.toggleClass('filtered', !keptWhole(n) && !nodePasses(n.data(), f)));
    cy.edges().forEach((e) => {
      const ok =
        keptWhole(e) ||
        (edgePasses(e.data(), f) && !e.source().hasClass('filtered') && !e.target().hasClass('filtered'));
      e.toggleClass('filtered', !ok);
    });
    // One pass is enough: a node hidden here has no passing link, so no edge changes because of it.
    if (f.hideUnlinked) unlinkedNodes(cy, f).not(`.${HIGHLIGHT}`).addClass('filtered');
  });
}

/**
 * Whether a link not hidden by hand would show with the year window open: the count the window's
 * is out of. Counted by type alone, a link the node filters took out read as outside the years
 * ("32 … fall in 1950–2025 (of 33)" for 33 links of 1950–2025: walk 28, 4).
 */
export function passesButYears(e: cytoscape.EdgeSingular, f: FilterState): boolean {
  if (e.hasClass('hidden')) return false;
  if (keptWhole(e)) return true;
  const end = (n: cytoscape.NodeSingular) => keptWhole(n) || nodePasses(n.data(), f);
  return edgePasses(e.data(), { ...f, fromYear: null, toYear: null }) && end(e.source()) && end(e.target());
}

/**
 * What is shown: not filtered out and not hidden. Read from the classes rather than `:visible`,
 * which lags behind a batch of class changes when read in the same tick.
 */
export function shown<T extends cytoscape.CollectionReturnValue | cytoscape.NodeCollection | cytoscape.EdgeCollection>(
  eles: T,
): T {
  return eles.not('.filtered, .hidden') as T;
}

/**
 * The nodes the map is drawn for: every node on the canvas, shown or filtered out for now, less
 * those with no link at all that "Hide nodes whose links are all filtered out" sets aside. A filter
 * or Play neither moves the map nor leaves a node off it: Map chosen during Play drew the map for
 * the year's two nodes, and the rest came back at their force layout's points (walk 20, 1).
 */
export const mapNodes = (cy: cytoscape.Core): cytoscape.NodeCollection =>
  cy.nodes().not(`.${LINKLESS_CLASS}`).union(shown(cy.nodes()));
