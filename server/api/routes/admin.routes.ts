// POST /api/admin/reload: reloads the graph from the facts files (reset + load). A write: off
// unless users are configured, then for an admin's bearer token; audited.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import type { Access } from '../../access/access.ts';
import { loadFacts } from '../../services/facts-load.service.ts';
import { SEED_FACTS_DIR, factsFilesIn } from '../../facts/facts-files.ts';
import { auditFailure, auditWrites, requireRole } from '../middleware/access.middleware.ts';
import { sendValid } from '../respond.ts';
import { AdminReloadResponse } from '../../../common/wire.ts';

export function adminRoutes({ db, access }: AppDeps & { access: Access }): Router {
  const router = Router();
  router.post(
    '/admin/reload',
    auditWrites(access.audit, 'reload'),
    requireRole(access.users, 'admin'),
    async (_req, res) => {
      const summary = await loadFacts(db, factsFilesIn(SEED_FACTS_DIR), { reset: true });
      sendValid(res, AdminReloadResponse, { reloaded: true, summary });
    },
  );
  router.use('/admin', auditFailure);
  return router;
}
