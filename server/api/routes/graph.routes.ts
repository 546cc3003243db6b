import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import {
  articleCatalogue,
  articleWithFacts,
  filteredGraph,
  graphStats,
  linksAmong,
} from '../../services/graph.service.ts';
import { sendValid } from '../respond.ts';
import {
  ArticleCatalogueRequest,
  ArticleCatalogueResponse,
  ArticleIdParams,
  ArticleResponse,
  GraphQuery,
  GraphResponse,
  LinksRequest,
  StatsResponse,
} from '../../../common/wire.ts';

export function graphRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const query = GraphQuery.parse(req.query);
    sendValid(res, GraphResponse, await filteredGraph(db, query, { maxElements: config.graphCap }));
  });
  router.post('/graph/links', async (req, res) => {
    const body = LinksRequest.parse(req.body ?? {});
    sendValid(res, GraphResponse, await linksAmong(db, body, { maxElements: config.graphCap }));
  });
  router.get('/stats', async (_req, res) => {
    sendValid(res, StatsResponse, await graphStats(db));
  });
  router.post('/articles/catalogue', async (req, res) => {
    const { ids } = ArticleCatalogueRequest.parse(req.body ?? {});
    sendValid(res, ArticleCatalogueResponse, { articles: await articleCatalogue(db, ids) });
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = ArticleIdParams.parse(req.params);
    sendValid(res, ArticleResponse, await articleWithFacts(db, id));
  });
  return router;
}
