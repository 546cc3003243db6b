// The one middleware that turns any error into {error: {code, message, details}} without ever
// leaking a stack trace. The errors themselves are common/errors.ts.
import type { ErrorRequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { ZodError } from 'zod';

import { ApiError } from '../../common/errors.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof ApiError) {
    res.status(err.status).json({ error: { code: err.code, message: err.message, details: err.details } });
    return;
  }
  if (err instanceof ZodError) {
    res.status(400).json({
      error: {
        code: 'invalid_request',
        message: err.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; '),
        details: err.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })),
      },
    });
    return;
  }
  if (err instanceof Neo4jError && (UNAVAILABLE.has(err.code) || err.code === 'ServiceUnavailable')) {
    res.setHeader('Retry-After', '5');
    res.status(503).json({
      error: { code: 'database_unavailable', message: 'The graph database is not reachable; retry shortly.' },
    });
    return;
  }
  // A query that ran out of CORRIDOR_QUERY_TIMEOUT_MS (a busy machine, a cold database): said as
  // such and worth a retry, not an "Internal error" (walk 25: the first Whole graph after start).
  if (err instanceof Neo4jError && TIMED_OUT.has(err.code)) {
    res.setHeader('Retry-After', '2');
    res.status(503).json({
      error: {
        code: 'query_timeout',
        message: 'The graph database did not answer within its time limit (CORRIDOR_QUERY_TIMEOUT_MS); retry shortly.',
      },
    });
    return;
  }
  if (typeof err === 'object' && err && 'type' in err && err.type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
    return;
  }
  if (typeof err === 'object' && err && 'type' in err && err.type === 'entity.too.large') {
    const { length, limit } = err as { length?: number; limit?: number };
    const sizes =
      length && limit ? ` (${bytes(length)}; ${req.method} ${req.originalUrl} takes at most ${bytes(limit)})` : '';
    res.status(413).json({ error: { code: 'body_too_large', message: `The request body is too large${sizes}.` } });
    return;
  }
  // Errors Express and body-parser raise for malformed requests (a bad %-escape in the path, an
  // unsupported charset…) carry a 4xx status; answer with it rather than a 500.
  const status = typeof err === 'object' && err ? (err as { status?: unknown }).status : undefined;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (err as { type?: unknown }).type;
    res.status(status).json({
      error: {
        code: typeof type === 'string' ? type.replace(/\W+/g, '_') : 'bad_request',
        message: (err as { expose?: boolean }).expose ? String((err as Error).message) : 'The request is malformed.',
      },
    });
    return;
  }
  // pino-http's per-request logger when present: the line then carries the request id.
  ((req as { log?: { error(o: unknown): void } }).log ?? console).error(err);
  res.status(500).json({ error: { code: 'internal', message: 'Internal error; the server log has the details.' } });
};

const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;
