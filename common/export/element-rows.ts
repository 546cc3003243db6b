// The rows the flat writers (GraphML, CSV) read: an element's data. A canvas position is not a
// fact and has no column: only the Cytoscape JSON keeps it, in the format's own `position` field.
import type { ArticleCatalogue, Elements } from '../wire.ts';

/** A position in Cytoscape's element form: `{data, position: {x, y}}`. */
export interface Positioned {
  position?: { x: number; y: number };
}

export type ExportElements = {
  nodes: (Elements['nodes'][number] & Positioned)[];
  edges: Elements['edges'];
  /**
   * The articles the edges cite, by id: a reader follows a citation by its headline and, where the
   * facts file gives it, its address (walk 30, 2: an internal article id led nowhere outside the app).
   */
  articles?: ArticleCatalogue;
};

/** The articles `edges` cite (reference data cites none). */
export function citedArticleIds(edges: Elements['edges']): string[] {
  const ids = edges.flatMap((e) =>
    e.data.basis === 'reference' ? [] : [e.data.article, ...(e.data.sourceArticles ?? [])],
  );
  return [...new Set(ids.filter(Boolean))];
}

export type Row = Record<string, unknown>;

/** The fields every flat file puts first, in this order (after the ids: its own way per format). */
export const NODE_FIELDS_FIRST = ['label', 'kind', 'name', 'aliases'];
export const EDGE_FIELDS_FIRST = [
  'type',
  'article',
  'articleTitle',
  'articleUrl',
  'quote',
  'date',
  'endDate',
  'dateFrom',
  'dateTo',
];

export function nodeRows(elements: ExportElements): Row[] {
  return elements.nodes.map((n) => ({ ...n.data }));
}

/**
 * What names an article or outlet as a link's source. A link from reference data (a gazetteer, a
 * body's name) is stated by none: the article it was recorded with is not its source (walk 27: the
 * CSV gave Bắc Ninh —LOCATED_IN→ Việt Nam, from the gazetteer, the outlet "Viet Nam News").
 */
const ARTICLE_FIELDS = ['article', 'quote', 'sourceArticles', 'sourceOutlets', 'sourcePublished', 'sourceQuotes'];

export function edgeRows(elements: ExportElements): Row[] {
  return elements.edges.map((e) => {
    const row: Row = { ...e.data };
    if (row.basis === 'reference') for (const k of ARTICLE_FIELDS) delete row[k];
    else if (elements.articles) Object.assign(row, citedArticles(row, elements.articles));
    return row;
  });
}

/**
 * The headline and address of the article a link is cited from (`articleTitle`, `articleUrl`) and
 * of every article stating it (`sourceTitles`, `sourceUrls`, parallel to `sourceArticles`); an
 * address only where one is known.
 */
function citedArticles(row: Row, articles: ArticleCatalogue): Row {
  const out: Row = {};
  const lead = typeof row.article === 'string' ? articles[row.article] : undefined;
  if (lead) out.articleTitle = lead.title;
  if (lead?.url) out.articleUrl = lead.url;
  const ids = Array.isArray(row.sourceArticles) ? (row.sourceArticles as string[]) : [];
  if (ids.some((id) => articles[id])) out.sourceTitles = ids.map((id) => articles[id]?.title ?? '');
  if (ids.some((id) => articles[id]?.url)) out.sourceUrls = ids.map((id) => articles[id]?.url ?? '');
  return out;
}
