import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { toCsv } from '../../export/csv.ts';
import { toGraphml } from '../../export/graphml.ts';
import { filteredGraph } from '../../services/graph.service.ts';
import { ExportQuery, GraphResponse } from '../wire.ts';

/** A download is not drawn in a browser, so it may be larger than /api/graph's cap. */
export const EXPORT_MAX_ELEMENTS = 100_000;

export function exportRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format, part, ...filters } = ExportQuery.parse(req.query);
    const graph = GraphResponse.parse(await filteredGraph(db, filters, { maxElements: EXPORT_MAX_ELEMENTS }));
    res.setHeader('X-Corridor-Truncated', String(graph.truncated));
    if (format === 'graphml') {
      res.attachment('corridor-graph.graphml').type('application/graphml+xml; charset=utf-8').send(toGraphml(graph.elements));
    } else if (format === 'csv') {
      res.attachment(`corridor-${part}.csv`).type('text/csv; charset=utf-8').send(toCsv(graph.elements, part));
    } else {
      // Cytoscape's own JSON form: cytoscape({elements}) and cy.json({elements}) take it as is.
      res.attachment('corridor-graph.json').json(graph);
    }
  });
  return router;
}
