import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { articleWithFacts, filteredGraph, graphStats } from '../../services/graph.service.ts';
import { sendValid } from '../respond.ts';
import { ArticleIdParams, ArticleResponse, GraphQuery, GraphResponse, StatsResponse } from '../../../common/wire.ts';

export function graphRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const query = GraphQuery.parse(req.query);
    sendValid(res, GraphResponse, await filteredGraph(db, query, { maxElements: config.graphCap }));
  });
  router.get('/stats', async (_req, res) => {
    sendValid(res, StatsResponse, await graphStats(db));
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = ArticleIdParams.parse(req.params);
    sendValid(res, ArticleResponse, await articleWithFacts(db, id));
  });
  return router;
}
