// Wires the HTTP app: middleware, then the API routes, then the client, then the error handler.
// Routes are thin (parse with zod, call a service, answer); services are where Cypher runs.
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.ts';
import type { GraphDb } from './db/graph-db.ts';
import { CLIENT_DIST } from './client-build.ts';
import { errorMiddleware, HttpError } from './api/errors.ts';
import { apiRouter } from './api/routes/index.ts';

export interface AppDeps {
  db: GraphDb;
  config: AppConfig;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '100kb' }));
  app.use('/api', apiRouter(deps));
  app.use('/api', (req, _res, next) => next(new HttpError(404, 'not_found', `no API route ${req.method} ${req.originalUrl}`)));
  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(errorMiddleware);
  return app;
}
