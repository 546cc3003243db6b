// A per-client limit on the Cypher console: each request may run a query for seconds.
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { ApiError } from '../../../common/errors.ts';

export function cypherRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, next, options) => {
      res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
      next(new ApiError(429, 'rate_limited', `At most ${perMinute} Cypher queries a minute per client; retry later.`));
    },
  });
}
