// Answers 503 + Retry-After at once while the database is down or the start-up has not finished
// preparing it, and marks it down when a query fails for lack of a connection. /api/health is left
// through: it is how one finds out.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import type { DatabaseStatus } from '../../db/database-status.ts';
import { ApiError } from '../../../common/errors.ts';

export const RETRY_AFTER_SECONDS = 5;
/** The seed graph loads in one to three seconds. */
export const PREPARING_RETRY_AFTER_SECONDS = 2;

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function databaseGate(status: DatabaseStatus): RequestHandler {
  return (req, res, next) => {
    if (req.path === '/health') return next();
    status.isUp().then((up) => {
      if (up && status.preparing) {
        res.setHeader('Retry-After', String(PREPARING_RETRY_AFTER_SECONDS));
        return next(
          new ApiError(
            503,
            'database_preparing',
            'The app is starting: the schema and the seed graph are being loaded; retry shortly.',
          ),
        );
      }
      if (up) return next();
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      next(new ApiError(503, 'database_unavailable', 'The graph database is not reachable; retry shortly.'));
    }, next);
  };
}

export function markDatabaseDown(status: DatabaseStatus): ErrorRequestHandler {
  return (err, _req, _res, next) => {
    if (err instanceof Neo4jError && UNAVAILABLE.has(err.code)) status.markDown(err);
    next(err);
  };
}
