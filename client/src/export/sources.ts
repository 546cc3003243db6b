// The numbered list of sources for the edges shown: one entry per article and quote, with the
// article's title, outlet and date. Shared by the PNG and SVG exports.
import type cytoscape from 'cytoscape';
import { fetchArticle } from '../views/article-viewer.ts';

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
  const sorted = edges.sort((a, b) => String(a.data('article')).localeCompare(String(b.data('article'))) || String(a.data('dateFrom') ?? '').localeCompare(String(b.data('dateFrom') ?? '')));
  for (const e of sorted) {
    const key = `${e.data('article')}\u0000${e.data('quote')}`;
    const found = byKey.get(key);
    if (found) {
      found.edges.push(e.id());
      continue;
    }
    byKey.set(key, { n: byKey.size + 1, article: e.data('article'), title: e.data('article'), outlet: '', published: '', quote: e.data('quote') ?? '', edges: [e.id()] });
  }
  const entries = [...byKey.values()];
  await Promise.all(
    [...new Set(entries.map((e) => e.article))].map(async (id) => {
      try {
        const a = await fetchArticle(id);
        for (const e of entries.filter((x) => x.article === id)) Object.assign(e, { title: a.title, outlet: a.outlet, published: a.published });
      } catch {
        // The article id alone still identifies the source.
      }
    }),
  );
  return entries;
}

/** The printed list: each article once (title, outlet, date), then its numbered quotes. */
export function sourceLines(entries: SourceEntry[]): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  let article = '';
  for (const s of entries) {
    if (s.article !== article) {
      article = s.article;
      out.push({ text: `${s.title}${s.outlet || s.published ? ` — ${[s.outlet, s.published].filter(Boolean).join(', ')}` : ''}`, heading: true });
    }
    out.push({ text: `${s.n}. “${s.quote}”`, heading: false });
  }
  return out;
}
