import { Router } from 'express';
import { toCsv } from '../../../common/export/csv.ts';
import { toCytoscapeJson } from '../../../common/export/cytoscape-json.ts';
import { toGraphml } from '../../../common/export/graphml.ts';
import { citedArticleIds, type ExportElements } from '../../../common/export/element-rows.ts';
import { ExportQuery, GraphResponse } from '../../../common/wire.ts';
import type { AppDeps } from '../../app.ts';
import { articleCatalogue, filteredGraph } from '../../services/graph.service.ts';

/** A download is not drawn in a browser, so it may be larger than /api/graph's cap. */
export const EXPORT_MAX_ELEMENTS = 100_000;

export function exportRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format, part, ...filters } = ExportQuery.parse(req.query);
    const graph = GraphResponse.parse(await filteredGraph(db, filters, { maxElements: EXPORT_MAX_ELEMENTS }));
    res.setHeader('X-Corridor-Truncated', String(graph.truncated));
    // Each citation with its article's headline and address, to be followed outside the app.
    const elements: ExportElements = {
      ...graph.elements,
      articles: await articleCatalogue(db, citedArticleIds(graph.elements.edges)),
    };
    if (format === 'graphml') {
      res.attachment('corridor-graph.graphml').type('application/graphml+xml; charset=utf-8').send(toGraphml(elements));
    } else if (format === 'csv') {
      res.attachment(`corridor-${part}.csv`).type('text/csv; charset=utf-8').send(toCsv(elements, part));
    } else {
      const json = toCytoscapeJson(elements, { truncated: graph.truncated });
      res.attachment('corridor-graph.json').type('application/json; charset=utf-8').send(json);
    }
  });
  return router;
}
