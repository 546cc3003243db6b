import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { APP_VERSION } from '../../config.ts';
import { HealthResponse } from '../../../common/wire.ts';

const started = Date.now();

export function healthRoutes({ db, dbStatus }: AppDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    let database: HealthResponse['database'];
    try {
      const { version } = await db.verify();
      database = { status: 'up', uri: db.options.uri, embedded: db.options.embedded, version };
      dbStatus?.markUp();
    } catch (err) {
      dbStatus?.markDown(err);
      database = {
        status: 'down',
        uri: db.options.uri,
        embedded: db.options.embedded,
        error: err instanceof Error ? err.message : String(err),
      };
    }
    const status = database.status === 'down' ? 'degraded' : dbStatus?.preparing ? 'starting' : 'ok';
    const body = HealthResponse.parse({
      status,
      app: { version: APP_VERSION, uptimeSeconds: Math.round((Date.now() - started) / 1000) },
      database,
    });
    res.status(status === 'ok' ? 200 : 503).json(body);
  });
  return router;
}
