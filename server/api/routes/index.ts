// All API routes, mounted under /api.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { healthRoutes } from './health.routes.ts';
import { cypherRoutes } from './cypher.routes.ts';
import { adminRoutes } from './admin.routes.ts';

export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(healthRoutes(deps));
  router.use(cypherRoutes(deps));
  router.use(adminRoutes(deps));
  return router;
}
