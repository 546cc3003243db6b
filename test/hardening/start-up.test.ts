// The first seconds of `npm start`: the app listens at once and loads the seed graph into an empty
// database in the background. Until that is done, data routes must say so (503 + Retry-After), not
// answer 200 with the empty or half-loaded graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../server/db/cypher-files.ts';
import { DatabaseStatus } from '../../server/db/database-status.ts';
import { prepareDatabase } from '../../server/services/prepare-database.service.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';
import { startApp, type RunningApp } from './app-server.ts';

const db = testDb();
const status = new DatabaseStatus(db);
let app: RunningApp;

beforeAll(async () => {
  // An empty database, as on a first start.
  await db.write(cypherFile('facts/reset.cypher'));
  app = await startApp(db, {}, status);
});
afterAll(async () => {
  await app?.close();
  await loadSeedGraph(db);
  await db.close();
});

const get = async (path: string) => {
  const res = await fetch(`${app.url}${path}`);
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
};

describe('start-up on an empty database', () => {
  it('answers 503 "database_preparing" with Retry-After until the seed graph is in, then the seeded answers', async () => {
    const prepared = prepareDatabase(db, { seedOnStart: true, log: () => {}, status });

    const during = await get('/api/search?q=bac%20ninh');
    expect(during).toMatchObject({ status: 503, retryAfter: '2', body: { error: { code: 'database_preparing' } } });
    expect(during.body.error.message).toMatch(/seed graph/);
    const health = await get('/api/health');
    expect(health).toMatchObject({ status: 503, body: { status: 'starting', database: { status: 'up' } } });

    expect(await prepared).toBe(true);
    const after = await get('/api/search?q=bac%20ninh');
    expect(after.status).toBe(200);
    expect(after.body.hits[0].node.data).toMatchObject({ id: 'bac-ninh', name: 'Bắc Ninh' });
    expect(await get('/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});
