// The numbered list of sources for the edges shown: one entry per article and quote, with the
// article's title, outlet and date. Shared by the PNG and SVG exports.
import type cytoscape from 'cytoscape';
import { readableDate } from '../../../../common/text/dates.ts';
import { fetchArticle } from '../details/article.ts';

export interface SourceEntry {
  n: number;
  article: string;
  title: string;
  outlet: string;
  published: string;
  quote: string;
  edges: string[];
}

export async function sourcesFor(edges: cytoscape.EdgeCollection): Promise<SourceEntry[]> {
  const byKey = new Map<string, SourceEntry>();
  // Facts from reference data cite no article: they are not numbered sources.
  const sorted = edges
    .filter((e) => e.data('basis') !== 'reference' && !!e.data('article'))
    .sort(
      (a, b) =>
        String(a.data('article')).localeCompare(String(b.data('article'))) ||
        String(a.data('dateFrom') ?? '').localeCompare(String(b.data('dateFrom') ?? '')),
    );
  for (const e of sorted) {
    const key = `${e.data('article')}\u0000${e.data('quote')}`;
    const found = byKey.get(key);
    if (found) {
      found.edges.push(e.id());
      continue;
    }
    byKey.set(key, {
      n: byKey.size + 1,
      article: e.data('article'),
      title: e.data('article'),
      outlet: '',
      published: '',
      quote: e.data('quote') ?? '',
      edges: [e.id()],
    });
  }
  const entries = [...byKey.values()];
  await Promise.all(
    [...new Set(entries.map((e) => e.article))].map(async (id) => {
      try {
        const a = await fetchArticle(id);
        for (const e of entries.filter((x) => x.article === id))
          Object.assign(e, { title: a.title, outlet: a.outlet, published: a.published });
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

/** The printed list: each article once (title, outlet, date), then its numbered quotes. */
export function sourceLines(entries: SourceEntry[]): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  let article = '';
  for (const s of entries) {
    if (s.article !== article) {
      article = s.article;
      out.push({
        text: `${s.title}${s.outlet || s.published ? ` — ${[s.outlet, readableDate(s.published)].filter(Boolean).join(', ')}` : ''}`,
        heading: true,
      });
    }
    out.push({ text: `${s.n}. “${s.quote}”`, heading: false });
  }
  return out;
}
