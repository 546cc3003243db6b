// POST /api/cypher: the read-only Cypher console.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { runReadOnly } from '../../services/cypher-console.service.ts';
import { cypherRateLimit } from '../middleware/rate-limit.middleware.ts';
import { sendValid } from '../respond.ts';
import { CypherRequest, CypherResponse } from '../../../common/wire.ts';

export function cypherRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.post('/cypher', cypherRateLimit(config.cypherRateLimitPerMinute), async (req, res, next) => {
    try {
      const { query, params } = CypherRequest.parse(req.body ?? {});
      const result = await runReadOnly(db, query, params, {
        timeoutMs: config.queryTimeoutMs,
        rowCap: config.rowCap,
        maxBytes: config.responseMaxBytes,
      });
      sendValid(res, CypherResponse, result);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
