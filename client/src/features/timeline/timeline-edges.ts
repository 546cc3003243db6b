// What the timeline lists and what the Filters panel counts: one set, so that the two panels give
// the same number. Every dated link the canvas shows (signings, visits, meetings, investments, and
// partnerships with a start), oldest first; undated links are shown on the canvas but not listed.
import type cytoscape from 'cytoscape';
import { isDated, shown } from '../../canvas/visibility.ts';

const when = (e: cytoscape.EdgeSingular) => String(e.data('dateFrom') ?? e.data('date') ?? '');

/**
 * The order of the list, the same whatever order the links came onto the canvas in (a Clear then
 * Undo restores them in another): date, then link type, then the ends' names, then the id.
 */
const orderKey = (e: cytoscape.EdgeSingular) => [
  when(e),
  String(e.data('dateTo') ?? ''),
  String(e.data('type') ?? ''),
  String(e.source().data('label') ?? ''),
  String(e.target().data('label') ?? ''),
  e.id(),
];

function byOrder(a: cytoscape.EdgeSingular, b: cytoscape.EdgeSingular): number {
  const [ka, kb] = [orderKey(a), orderKey(b)];
  for (let i = 0; i < ka.length; i++) {
    const d = ka[i]!.localeCompare(kb[i]!);
    if (d) return d;
  }
  return 0;
}

export function timelineEdges(cy: cytoscape.Core): cytoscape.EdgeSingular[] {
  return shown(cy.edges())
    .filter((e) => isDated(e.data()))
    .toArray()
    .map((e) => e as cytoscape.EdgeSingular)
    .sort(byOrder);
}

/** Links the canvas shows that have no date, so are not on the timeline. */
export function undatedShown(cy: cytoscape.Core): number {
  return shown(cy.edges()).filter((e) => !isDated(e.data())).length;
}

const links = (n: number, what: string) => `${n} ${what} link${n === 1 ? '' : 's'}`;

/** "30 dated links", in the words both panels use. */
export const datedLinks = (n: number) => links(n, 'dated');

/** "3 undated links shown, not on the timeline", or '' when there are none. */
export function undatedNote(n: number): string {
  return n ? `${links(n, 'undated')} shown, not on the timeline` : '';
}

/**
 * A document's name as a timeline entry's one line shows it: "Memorandum of Understanding" as the
 * MoU everyone writes, so what tells one from the next ("MoU on friendship…", "MoU on enhancing…")
 * is in view: cut at the panel's edge, three entries read "Memorandum of Understanding…" alike
 * (walk 20, 11). The full name stays in the entry's title.
 */
export function shortDocumentName(name: string): string {
  return name.replace(/\bMemoranda of Understanding\b/g, 'MoUs').replace(/\bMemorandum of Understanding\b/g, 'MoU');
}
