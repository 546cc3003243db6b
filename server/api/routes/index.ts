// All API routes, mounted under /api.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { healthRoutes } from './health.routes.ts';

export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(healthRoutes(deps));
  return router;
}
