// All API routes, mounted under /api. Handlers are async: Express 5 passes a rejected promise to
// next(err), so every error reaches the one error middleware.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { exportRoutes } from './export.routes.ts';
import { graphRoutes } from './graph.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { nodesRoutes } from './nodes.routes.ts';
import { openApiRoutes } from './openapi.routes.ts';
import { pathsRoutes } from './paths.routes.ts';
import { queriesRoutes } from './queries.routes.ts';
import { searchRoutes } from './search.routes.ts';

export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(healthRoutes(deps));
  router.use(searchRoutes(deps));
  router.use(nodesRoutes(deps));
  router.use(pathsRoutes(deps));
  router.use(graphRoutes(deps));
  router.use(exportRoutes(deps));
  router.use(queriesRoutes(deps));
  router.use(openApiRoutes());
  return router;
}
