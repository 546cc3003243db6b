import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { findPaths } from '../../services/paths.service.ts';
import { sendValid } from '../respond.ts';
import { PathsQuery, PathsResponse } from '../../../common/wire.ts';

export function pathsRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    const query = PathsQuery.parse(req.query);
    sendValid(res, PathsResponse, await findPaths(db, query));
  });
  return router;
}
