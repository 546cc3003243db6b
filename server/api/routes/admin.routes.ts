// POST /api/admin/reload: reloads the graph from the facts files (reset + load). A write: off
// unless users are configured, then for an admin's bearer token; audited.
import { Router } from 'express';
import type { AppDeps } from '../../app.ts';
import type { Access } from '../../access/access.ts';
import { loadFacts } from '../../services/facts-load.service.ts';
import { factsFilesIn, factsFolders } from '../../facts/facts-files.ts';
import { serialWrite } from '../../services/write-queue.ts';
import { auditFailure, auditWrites, requireRole } from '../middleware/access.middleware.ts';
import { sendValid } from '../respond.ts';
import { AdminReloadResponse } from '../../../common/wire.ts';

export function adminRoutes({ db, config, access }: AppDeps & { access: Access }): Router {
  const router = Router();
  router.post(
    '/admin/reload',
    auditWrites(access.audit, 'reload'),
    requireRole(access.users, 'admin'),
    async (_req, res) => {
      const files = factsFolders(config.factsDir).flatMap(factsFilesIn);
      const summary = await serialWrite(() => loadFacts(db, files, { reset: true }));
      sendValid(res, AdminReloadResponse, { reloaded: true, summary });
    },
  );
  router.use('/admin', auditFailure);
  return router;
}
