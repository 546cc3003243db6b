// The rows the flat writers (GraphML, CSV) read: an element's data. A canvas position is not a
// fact and has no column: only the Cytoscape JSON keeps it, in the format's own `position` field.
import type { Elements } from '../wire.ts';

/** A position in Cytoscape's element form: `{data, position: {x, y}}`. */
export interface Positioned {
  position?: { x: number; y: number };
}

export type ExportElements = {
  nodes: (Elements['nodes'][number] & Positioned)[];
  edges: Elements['edges'];
};

export type Row = Record<string, unknown>;

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
    return row;
  });
}
