import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { neighbors, nodeDetail } from '../../services/node.service.ts';
import { sendValid } from '../respond.ts';
import { NeighborsQuery, NeighborsResponse, NodeDetailResponse, NodeIdParams } from '../../../common/wire.ts';

export function nodesRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/nodes/:id', async (req, res) => {
    const { id } = NodeIdParams.parse(req.params);
    sendValid(res, NodeDetailResponse, await nodeDetail(db, id));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = NodeIdParams.parse(req.params);
    const query = NeighborsQuery.parse(req.query);
    sendValid(res, NeighborsResponse, await neighbors(db, id, query));
  });
  return router;
}
