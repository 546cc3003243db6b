// Wires the HTTP app: middleware, then the API routes, then the client, then the error handler.
// Routes are thin (parse with zod, call a service, answer); services are where Cypher runs.
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.ts';
import type { GraphDb } from './db/graph-db.ts';
import { CLIENT_DIST } from './client-build.ts';
import { ApiError } from '../common/errors.ts';
import { errorMiddleware } from './api/error-middleware.ts';
import { apiRouter } from './api/routes/index.ts';
import { DatabaseStatus } from './db/database-status.ts';
import { databaseGate, markDatabaseDown } from './api/middleware/database-gate.middleware.ts';
import { createLogger, requestLog } from './api/middleware/request-log.middleware.ts';
import { corsPolicy, securityHeaders } from './api/middleware/security.middleware.ts';
import type { Logger } from 'pino';

export interface AppDeps {
  db: GraphDb;
  config: AppConfig;
  /** Defaults: a pino logger at config.logLevel; a status the requests themselves keep current. */
  logger?: Logger;
  dbStatus?: DatabaseStatus;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  const dbStatus = deps.dbStatus ?? new DatabaseStatus(deps.db);
  app.disable('x-powered-by');
  app.use(requestLog(deps.logger ?? createLogger(deps.config.logLevel)));
  app.use(securityHeaders());
  app.use('/api', corsPolicy(deps.config.corsOrigins));
  app.use(express.json({ limit: '100kb' }));
  app.use('/api', databaseGate(dbStatus));
  app.use('/api', apiRouter({ ...deps, dbStatus }));
  app.use('/api', (req, _res, next) =>
    next(new ApiError(404, 'not_found', `no API route ${req.method} ${req.originalUrl}`)),
  );
  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(markDatabaseDown(dbStatus));
  app.use(errorMiddleware);
  return app;
}
