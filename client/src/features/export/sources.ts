// The numbered list of sources for the edges shown: one number per set of citations, saying what it
// claims ("Quảng Ninh —SIGNED→ Guangxi · 2016–2022", in the edge's direction) and every citation of
// the link (a corroborated link has one per article): quote, outlet and date. Shared by the PNG and
// SVG exports.
import type cytoscape from 'cytoscape';
import { linkDateText, readableDate } from '../../../../common/text/dates.ts';
import { statementText } from '../../ui/edge-statement.tsx';
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

/** "“quote” (Outlet, 13 November 2023)": one citation as the list prints it (the title when no outlet). */
export function citationText(c: SourceCitation): string {
  const where = [c.outlet || c.title, readableDate(c.published)].filter(Boolean).join(', ');
  return `“${c.quote}”${where ? ` (${where})` : ''}`;
}

/**
 * The printed list: "[3] Quảng Ninh —SIGNED→ Guangxi · 2016–2022: “quote” (Outlet, date)", then the
 * link's further citations indented under it.
 */
export function sourceLines(entries: SourceEntry[]): { text: string; indent: boolean }[] {
  return entries.flatMap((s) =>
    s.citations.map((c, i) => ({
      text: i ? citationText(c) : `[${s.n}] ${s.claims.join('; ')}: ${citationText(c)}`,
      indent: i > 0,
    })),
  );
}
