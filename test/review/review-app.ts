// A review app under test: the real Express app on the run's Neo4j with the seed graph, a users
// file with a viewer, an editor and an admin, and a throw-away facts folder and audit log.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { expect, inject } from 'vitest';
import { sha256Hex } from '../../server/access/users.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig, type AppConfig } from '../../server/config.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { DraftBatch, type ArticleInput } from '../../common/wire.ts';
import { throwawayWriteEnv } from '../support/write-dirs.ts';

export const TOKENS = {
  viewer: 'review-viewer-token-0123456789',
  editor: 'review-editor-token-0123456789',
  admin: 'review-admin-token-0123456789',
};
export type Who = keyof typeof TOKENS;

export interface ReviewApp {
  app: Express;
  config: AppConfig;
  as(who: Who | 'nobody'): {
    get(url: string): request.Test;
    post(url: string, body?: object): request.Test;
    put(url: string, body: object): request.Test;
  };
  auditLines(): Record<string, any>[];
}

export function reviewApp(db: GraphDb): ReviewApp {
  const env = throwawayWriteEnv();
  const usersFile = path.join(path.dirname(env.CORRIDOR_AUDIT_LOG), 'users.yaml');
  fs.writeFileSync(
    usersFile,
    Object.entries(TOKENS)
      .map(([role, token]) => `- {user: ${role}-user, role: ${role}, tokenSha256: ${sha256Hex(token)}}`)
      .join('\n'),
  );
  // The run's NLP engine when it has one (a whole run does), else the rules alone: drafting must not
  // start a second engine inside a test.
  const nlp = inject('nlp').url;
  const config = loadConfig({
    ...env,
    CORRIDOR_USERS_FILE: usersFile,
    CORRIDOR_REVIEW_ENGINE: nlp ? 'nlp' : 'rules',
    ...(nlp ? { CORRIDOR_NLP_URL: nlp } : {}),
  });
  const app = createApp({ db, config });
  const auth = (who: Who | 'nobody') => (t: request.Test) =>
    who === 'nobody' ? t : t.set('authorization', `Bearer ${TOKENS[who]}`);
  return {
    app,
    config,
    as: (who) => ({
      get: (url) => auth(who)(request(app).get(url)),
      post: (url, body) => auth(who)(request(app).post(url)).send(body ?? {}),
      put: (url, body) => auth(who)(request(app).put(url)).send(body),
    }),
    auditLines: () =>
      fs.existsSync(config.auditLog)
        ? fs
            .readFileSync(config.auditLog, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l))
        : [],
  };
}

/** An article file of test/fixtures/review as the explorer sends a dropped file: its text and name. */
export function articleFile(name: string): ArticleInput {
  return { text: fs.readFileSync(path.resolve('test/fixtures/review', name), 'utf8'), fileName: name };
}

/** Submits a batch as the editor and polls it until every article is drafted. */
export async function draftBatch(r: ReviewApp, articles: ArticleInput[]): Promise<DraftBatch> {
  const started = await r.as('editor').post('/api/review/batches', { articles }).expect(202);
  let batch = DraftBatch.parse(started.body);
  for (let i = 0; batch.status !== 'done' && i < 300; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    batch = DraftBatch.parse((await r.as('viewer').get(`/api/review/batches/${batch.id}`).expect(200)).body);
  }
  expect(batch.status).toBe('done');
  return batch;
}
