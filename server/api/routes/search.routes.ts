import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { search } from '../../services/search.service.ts';
import { sendValid } from '../respond.ts';
import { SearchQuery, SearchResponse } from '../../../common/wire.ts';

export function searchRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const query = SearchQuery.parse(req.query);
    sendValid(res, SearchResponse, await search(db, query));
  });
  return router;
}
