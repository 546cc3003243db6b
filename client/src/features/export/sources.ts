// The numbered list of sources for the edges shown: one number per set of citations, saying what it
// claims ("Quảng Ninh —SIGNED→ Guangxi · 2016–2022", in the edge's direction) and every citation of
// the link (a corroborated link has one per article): quote, outlet and date. Shared by the PNG and
// SVG exports.
import type cytoscape from 'cytoscape';
import { HIGHLIGHT } from '../../canvas/chosen.ts';
import type { Region } from '../../canvas/fit.ts';
import { shown } from '../../canvas/visibility.ts';
import { linkDateText, readableDate } from '../../../../common/text/dates.ts';
import { statementText } from '../../ui/edge-statement.tsx';
import { fetchArticle } from '../details/article.ts';
import { citationsOf } from '../details/citations.ts';
import { CITE_INSIDE, CITE_UNDRAWN, CITE_WITH } from './cite-spots.ts';

/** One article's statement of a link: what the numbered list prints under the link's number. */
export interface SourceCitation {
  article: string;
  title: string;
  outlet: string;
  published: string;
  quote: string;
}

/** A number on the picture: the links that cite exactly these sources, and every one of them. */
export interface SourceEntry {
  n: number;
  citations: SourceCitation[];
  edges: string[];
  /** What the number stands for: each of its links as a statement with its date. */
  claims: string[];
}

/** "Quảng Ninh —SIGNED→ Guangxi · 2016–2022": the link in its own direction, with its date in words. */
export function claimOf(e: cytoscape.EdgeSingular): string {
  const name = (n: cytoscape.NodeSingular) => String(n.data('label') ?? n.data('name') ?? n.id());
  const when = linkDateText({
    date: e.data('date') ?? e.data('dateFrom'),
    endDate: e.data('endDate') ?? e.data('dateTo'),
  });
  return `${statementText(name(e.source()), String(e.data('type')), name(e.target()))}${when ? ` · ${when}` : ''}`;
}

/** Every article citation of a link (a corroborated link has several); none for reference data. */
function citationsOfEdge(e: cytoscape.EdgeSingular): SourceCitation[] {
  if (e.data('basis') === 'reference') return [];
  return citationsOf(e.data())
    .filter((c) => !!c.article && c.stated.basis !== 'reference')
    .map((c) => ({ article: c.article, title: c.article, outlet: c.outlet, published: c.published, quote: c.quote }));
}

/**
 * Whether the link, as the straight line between its ends (model coordinates), passes through `r`:
 * the part of the segment inside each of the rectangle's slabs, cut down to what is inside both
 * (Liang–Barsky). A box test took in every long link whose box only overlapped the frame.
 */
function crosses(e: cytoscape.EdgeSingular, r: Region): boolean {
  const [a, b] = [e.source().position(), e.target().position()];
  let [t0, t1] = [0, 1];
  for (const [from, d, lo, hi] of [
    [a.x, b.x - a.x, r.x, r.x + r.w],
    [a.y, b.y - a.y, r.y, r.y + r.h],
  ] as const) {
    if (d === 0) {
      if (from < lo || from > hi) return false;
      continue;
    }
    const [u, v] = [(lo - from) / d, (hi - from) / d];
    [t0, t1] = [Math.max(t0, Math.min(u, v)), Math.min(t1, Math.max(u, v))];
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * The links a picture numbers and lists: while a highlight is on (a path, a query's result, a view
 * saved with one), only the highlighted links; the faded rest is context, not what the picture is
 * about (walk 12, 1: a view of 2 highlighted links numbered all 63 on the canvas). Else every link shown.
 */
export function citableEdges(cy: cytoscape.Core, within?: Region | null): cytoscape.EdgeCollection {
  // A story view's picture lists the links it shows, not every link on the canvas (walk 24, 5: each
  // map view listed ~60 sources, 17 pages for 4 views).
  const all = (shown(cy.edges()) as cytoscape.EdgeCollection).filter((e) => !within || crosses(e, within));
  return cy.elements(`.${HIGHLIGHT}`).empty() ? all : all.filter(`.${HIGHLIGHT}`);
}

export async function sourcesFor(edges: cytoscape.EdgeCollection): Promise<SourceEntry[]> {
  const byKey = new Map<string, SourceEntry>();
  const cited = edges
    .toArray()
    .map((e) => ({ e: e as cytoscape.EdgeSingular, citations: citationsOfEdge(e as cytoscape.EdgeSingular) }))
    .filter((x) => x.citations.length)
    .sort(
      (a, b) =>
        a.citations[0]!.article.localeCompare(b.citations[0]!.article) ||
        String(a.e.data('dateFrom') ?? '').localeCompare(String(b.e.data('dateFrom') ?? '')),
    );
  for (const { e, citations } of cited) {
    // Links citing the same quotes share a number.
    const key = citations.map((c) => `${c.article}\u0000${c.quote}`).join('\u0001');
    const found = byKey.get(key);
    if (found) {
      found.edges.push(e.id());
      found.claims.push(claimOf(e));
    } else byKey.set(key, { n: byKey.size + 1, citations, edges: [e.id()], claims: [claimOf(e)] });
  }
  const entries = [...byKey.values()];
  const all = entries.flatMap((x) => x.citations);
  await Promise.all(
    [...new Set(all.map((c) => c.article))].map(async (id) => {
      try {
        const a = await fetchArticle(id);
        for (const c of all.filter((x) => x.article === id))
          Object.assign(c, { title: a.title, outlet: c.outlet || a.outlet, published: c.published || a.published });
      } catch {
        // The article id alone still identifies the source.
      }
    }),
  );
  return entries;
}

/** Edge id -> its source's number, for drawing the numbers on the picture's edges. */
export function citeNumbers(entries: SourceEntry[]): Map<string, number> {
  return new Map(entries.flatMap((s) => s.edges.map((id) => [id, s.n] as const)));
}

/** "42–47", "3, 9", "1–3, 7": numbers in order, a run of three or more as a range. */
export function numberList(ns: number[]): string {
  const sorted = [...new Set(ns)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** The numbers a label of numberList stands for. */
export function numbersIn(label: string): number[] {
  return label.split(',').flatMap((part) => {
    const [a, b] = part.split('–').map((x) => parseInt(x, 10));
    if (a === undefined || Number.isNaN(a)) return [];
    return b === undefined || Number.isNaN(b) ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

/** A numbered link: its id, its two ends and its source's number. */
export interface CitedLink {
  id: string;
  source: string;
  target: string;
  n: number;
}

/** Links joining the same two nodes, numbered as one label: the link that carries it and the others. */
export interface CiteBundle {
  carrier: string;
  label: string;
  others: string[];
}

/**
 * One label per pair of nodes: the links joining the same two nodes (either way) carry their
 * numbers together ("42–47") on the middle one of them, so parallel links do not stack numbers (the
 * picture may move it onto another of them where that one has no room, cite-spots.ts).
 */
export function citeBundles(links: CitedLink[]): CiteBundle[] {
  const byPair = new Map<string, CitedLink[]>();
  for (const l of links) {
    const key = [l.source, l.target].sort().join('\u0000');
    byPair.set(key, [...(byPair.get(key) ?? []), l]);
  }
  return [...byPair.values()].map((group) => {
    const carrier = group[Math.floor((group.length - 1) / 2)]!.id;
    return {
      carrier,
      label: numberList(group.map((l) => l.n)),
      others: group.map((l) => l.id).filter((id) => id !== carrier),
    };
  });
}

/** Link id -> the label it carries (citeBundles). */
export const citeLabels = (links: CitedLink[]): Map<string, string> =>
  new Map(citeBundles(links).map((b) => [b.carrier, b.label]));

/** Puts the numbers on the edges (`cite` data, drawn by the stylesheet) while `fn` runs. */
export async function withCiteNumbers<T>(
  cy: cytoscape.Core,
  entries: SourceEntry[],
  fn: () => Promise<T> | T,
): Promise<T> {
  const numbers = citeNumbers(entries);
  const links = (cy.edges().toArray() as cytoscape.EdgeSingular[])
    .filter((e) => numbers.has(e.id()))
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), n: numbers.get(e.id())! }));
  cy.batch(() =>
    citeBundles(links).forEach((b) => void cy.getElementById(b.carrier).data({ cite: b.label, [CITE_WITH]: b.others })),
  );
  try {
    return await fn();
  } finally {
    cy.batch(() => cy.edges().forEach((e) => void e.removeData(`cite ${CITE_UNDRAWN} ${CITE_INSIDE} ${CITE_WITH}`)));
    // removeData does not restyle (Cytoscape 3.34): the numbers would stay in the links' label
    // style after the picture (walk 9, 11), drawn again wherever the links' labels are.
    (cy.edges() as unknown as { updateStyle(): void }).updateStyle(); // not in @types/cytoscape
  }
}

/**
 * The numbers the picture left off (not drawn alone nor in a range), each with the map cluster its
 * link is drawn inside ('' when it was left off for want of room).
 */
export function undrawnNumbers(cy: cytoscape.Core): Map<number, string> {
  const drawn = new Set(
    cy
      .edges('[cite]')
      .map((e) => numbersIn(String(e.data('cite'))))
      .flat(),
  );
  const left = new Map<number, string>();
  cy.edges(`[${CITE_UNDRAWN}]`).forEach((e) => {
    for (const n of numbersIn(String(e.data(CITE_UNDRAWN))))
      if (!drawn.has(n) && !left.get(n)) left.set(n, String(e.data(CITE_INSIDE) ?? ''));
  });
  return left;
}

/** "“quote” (Outlet, 13 November 2023)": one citation as the list prints it (the title when no outlet). */
export function citationText(c: SourceCitation): string {
  const where = [c.outlet || c.title, readableDate(c.published)].filter(Boolean).join(', ');
  return `“${c.quote}”${where ? ` (${where})` : ''}`;
}

/**
 * The printed list: "[3] Quảng Ninh —SIGNED→ Guangxi · 2016–2022: “quote” (Outlet, date)", then the
 * link's further citations indented under it.
 */
export function sourceLines(
  entries: SourceEntry[],
  undrawn: Map<number, string> = new Map(),
): { text: string; indent: boolean }[] {
  const note = (n: number) => {
    if (!undrawn.has(n)) return '';
    const inside = undrawn.get(n);
    // Why, so a reader does not look for it (walk 19, 3: "[1] Nanning —LOCATED_IN→ Guangxi", both drawn).
    return inside
      ? ` (number not drawn: inside “${inside}” on the picture)`
      : ' (number not drawn: no room by its link on the picture)';
  };
  return entries.flatMap((s) =>
    s.citations.map((c, i) => ({
      text: i ? citationText(c) : `[${s.n}] ${s.claims.join('; ')}: ${citationText(c)}${note(s.n)}`,
      indent: i > 0,
    })),
  );
}
