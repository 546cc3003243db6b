// The numbered list of sources for the edges shown: one number per set of citations, and under it
// every citation of the link (a corroborated link has one per article): quote, article title, outlet
// and date. Shared by the PNG and SVG exports.
import type cytoscape from 'cytoscape';
import { readableDate } from '../../../../common/text/dates.ts';
import { fetchArticle } from '../details/article.ts';
import { citationsOf } from '../details/citations.ts';

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
}

/** Every article citation of a link (a corroborated link has several); none for reference data. */
function citationsOfEdge(e: cytoscape.EdgeSingular): SourceCitation[] {
  if (e.data('basis') === 'reference') return [];
  return citationsOf(e.data())
    .filter((c) => !!c.article && c.stated.basis !== 'reference')
    .map((c) => ({ article: c.article, title: c.article, outlet: c.outlet, published: c.published, quote: c.quote }));
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
    if (found) found.edges.push(e.id());
    else byKey.set(key, { n: byKey.size + 1, citations, edges: [e.id()] });
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

/** Puts the numbers on the edges (`cite` data, drawn by the stylesheet) while `fn` runs. */
export async function withCiteNumbers<T>(
  cy: cytoscape.Core,
  entries: SourceEntry[],
  fn: () => Promise<T> | T,
): Promise<T> {
  const numbers = citeNumbers(entries);
  cy.batch(() => cy.edges().forEach((e) => void (numbers.has(e.id()) && e.data('cite', String(numbers.get(e.id()))))));
  try {
    return await fn();
  } finally {
    cy.batch(() => cy.edges().forEach((e) => void e.removeData('cite')));
  }
}

/** "“quote” — Title (Outlet, 13 November 2023)": one citation as the list prints it. */
export function citationText(c: SourceCitation): string {
  const where = [c.outlet, readableDate(c.published)].filter(Boolean).join(', ');
  return `“${c.quote}” — ${c.title}${where ? ` (${where})` : ''}`;
}

/** The printed list: each number, then every citation of its links, the later ones indented under it. */
export function sourceLines(entries: SourceEntry[]): { text: string; indent: boolean }[] {
  return entries.flatMap((s) =>
    s.citations.map((c, i) => ({ text: `${i ? '' : `${s.n}. `}${citationText(c)}`, indent: i > 0 })),
  );
}
