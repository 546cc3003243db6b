// The review API under /api/review: batches of articles drafted in the background (poll the batch),
// drafts read with the graph around them, a reviewer's edits, approval and retraction. Every route
// needs a user's bearer token (viewer to read, editor to write); every write is audited. Bodies are
// parsed here, after the token is checked, with a limit fitted to a batch of articles.
import express, { Router, type RequestHandler } from 'express';
import { ApiError } from '../../../common/errors.ts';
import {
  ApproveResponse,
  BatchIdParams,
  DraftBatch,
  DraftBatchRequest,
  DraftEditRequest,
  DraftIdParams,
  DraftListResponse,
  RetractResponse,
  ReviewDraft,
} from '../../../common/wire.ts';
import type { Access } from '../../access/access.ts';
import type { AppDeps } from '../../app.ts';
import { batchRequestError } from '../../review/article-input.ts';
import { DraftBatches } from '../../review/draft-batches.ts';
import { DraftStore } from '../../review/draft-store.ts';
import { ReviewDrafter } from '../../review/drafter.ts';
import { ReviewService } from '../../services/review.service.ts';
import { auditFailure, auditWrites, noteAudit, requireRole, userOf } from '../middleware/access.middleware.ts';
import { sendValid } from '../respond.ts';

/** A batch of up to 50 articles of up to 200,000 characters each does not fit; a few long ones do. */
export const REVIEW_BODY_LIMIT = 2 * 1024 * 1024;

/** Refuses a body that is not JSON (a raw upload) before reading it. */
const jsonOnly: RequestHandler = (req, _res, next) => {
  if (req.is('application/json')) return next();
  next(
    new ApiError(
      415,
      'unsupported_media_type',
      `${req.method} ${req.originalUrl} takes JSON (Content-Type: application/json), not ${req.headers['content-type'] ?? 'an untyped body'}; send each article's text as a JSON string`,
    ),
  );
};
const jsonBody = [jsonOnly, express.json({ limit: REVIEW_BODY_LIMIT })];

export function reviewRoutes({ db, config, logger, access }: AppDeps & { access: Access }): Router {
  const store = new DraftStore(config.factsDir);
  const review = new ReviewService(db, config.factsDir, store);
  const drafter = new ReviewDrafter(db, config, (line) => logger?.info(line));
  const batches = new DraftBatches(
    store,
    (article) => drafter.draft(article),
    (o, msg) => logger?.warn(o, msg),
  );
  const write = (action: string) => [auditWrites(access.audit, action), requireRole(access.users, 'editor')];
  const read = requireRole(access.users, 'viewer');
  const router = Router();

  router.post('/review/batches', ...write('draft'), ...jsonBody, (req, res) => {
    const parsed = DraftBatchRequest.safeParse(req.body);
    if (!parsed.success) throw batchRequestError(parsed.error);
    const { articles } = parsed.data;
    const batch = batches.start(articles, userOf(res).user);
    noteAudit(res, { articles: batch.articles.map((a) => a.draftId) });
    sendValid(res, DraftBatch, batch, 202);
  });
  router.get('/review/batches/:id', read, (req, res) => {
    sendValid(res, DraftBatch, batches.get(BatchIdParams.parse(req.params).id));
  });
  router.get('/review/drafts', read, (_req, res) => {
    sendValid(res, DraftListResponse, { drafts: review.list() });
  });
  router.get('/review/drafts/:id', read, async (req, res) => {
    sendValid(res, ReviewDraft, await review.view(DraftIdParams.parse(req.params).id));
  });
  router.put('/review/drafts/:id', ...write('edit'), ...jsonBody, async (req, res) => {
    const { id } = DraftIdParams.parse(req.params);
    noteAudit(res, { articles: [id] });
    const { edits } = DraftEditRequest.parse(req.body);
    noteAudit(res, { facts: edits.flatMap((e) => ('fact' in e ? [e.fact] : [])) });
    sendValid(res, ReviewDraft, await review.edit(id, edits, userOf(res).user));
  });
  router.post('/review/drafts/:id/approve', ...write('approve'), async (req, res) => {
    const { id } = DraftIdParams.parse(req.params);
    noteAudit(res, { articles: [id] });
    const approved = await review.approve(id, userOf(res).user);
    noteAudit(res, { facts: approved.facts });
    sendValid(res, ApproveResponse, approved);
  });
  router.post('/review/articles/:id/retract', ...write('retract'), async (req, res) => {
    const { id } = DraftIdParams.parse(req.params);
    noteAudit(res, { articles: [id] });
    const retracted = await review.retract(id);
    noteAudit(res, { facts: [...retracted.removed, ...retracted.kept] });
    sendValid(res, RetractResponse, { article: id, retracted: true, ...retracted });
  });
  router.use('/review', auditFailure);
  return router;
}
