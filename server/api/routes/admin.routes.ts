// POST /api/admin/reload: reloads the seed graph (reset + load). A write endpoint: off unless
// CORRIDOR_ADMIN_TOKEN is set, then bearer-token protected.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import { loadFacts } from '../../services/facts-load.service.ts';
import { SEED_FACTS_DIR, factsFilesIn } from '../../facts/facts-files.ts';
import { requireAdminToken } from '../middleware/admin-token.middleware.ts';
import { sendValid } from '../respond.ts';
import { AdminReloadResponse } from '../../../common/wire.ts';

export function adminRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.use('/admin', requireAdminToken(config.adminToken));
  router.post('/admin/reload', async (_req, res, next) => {
    try {
      const summary = await loadFacts(db, factsFilesIn(SEED_FACTS_DIR), { reset: true });
      sendValid(res, AdminReloadResponse, { reloaded: true, summary });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
