import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { namedQueries, runNamedQuery } from '../../services/named-query.service.ts';
import { sendValid } from '../respond.ts';
import { CypherResponse, NamedQueriesResponse, NamedQueryNameParams, NamedQueryRunBody } from '../../../common/wire.ts';

export function queriesRoutes({ db, config }: AppDeps): Router {
  // Read the files now: a malformed header stops the start with file:line, not a later request.
  namedQueries();
  const router = Router();
  router.get('/queries', (_req, res) => {
    sendValid(res, NamedQueriesResponse, { queries: [...namedQueries().values()] });
  });
  router.post('/queries/:name', async (req, res) => {
    const { name } = NamedQueryNameParams.parse(req.params);
    const { params } = NamedQueryRunBody.parse(req.body ?? {});
    const result = await runNamedQuery(db, name, params, {
      timeoutMs: config.queryTimeoutMs,
      rowCap: config.rowCap,
      maxBytes: config.responseMaxBytes,
    });
    sendValid(res, CypherResponse, result);
  });
  return router;
}
