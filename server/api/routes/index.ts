// All API routes, mounted under /api. Handlers are async: Express 5 passes a rejected promise to
// next(err), so every error reaches the one error middleware.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { accessFromConfig } from '../../access/access.ts';
import { exportRoutes } from './export.routes.ts';
import { graphRoutes } from './graph.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { cypherRoutes } from './cypher.routes.ts';
import { adminRoutes } from './admin.routes.ts';
import { reviewRoutes } from './review.routes.ts';
import { nodesRoutes } from './nodes.routes.ts';
import { openApiRoutes } from './openapi.routes.ts';
import { pathsRoutes } from './paths.routes.ts';
import { queriesRoutes } from './queries.routes.ts';
import { searchRoutes } from './search.routes.ts';

export function apiRouter(appDeps: AppDeps): Router {
  const router = Router();
  const deps = { ...appDeps, access: appDeps.access ?? accessFromConfig(appDeps.config) };
  router.use(healthRoutes(deps));
  router.use(cypherRoutes(deps));
  router.use(adminRoutes(deps));
  router.use(reviewRoutes(deps));
  router.use(searchRoutes(deps));
  router.use(nodesRoutes(deps));
  router.use(pathsRoutes(deps));
  router.use(graphRoutes(deps));
  router.use(exportRoutes(deps));
  router.use(queriesRoutes(deps));
  router.use(openApiRoutes());
  return router;
}
