// The app with its database down, coming up, going away and coming back, all under one running
// app, with no restart. Needs its OWN embedded Neo4j (it stops and starts it), on a fixed data
// folder and port so the restarted database is the same one. Also checks the embedded database's
// authentication from the outside: Bolt without the password is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePassword, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded-neo4j.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { DatabaseStatus } from '../../server/db/database-status.ts';
import { prepareDatabase } from '../../server/services/prepare-database.service.ts';
import { postJson, startApp, type RunningApp } from './app-server.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-faults-'));
let port: number;
let password: string;
let db: GraphDb;
let app: RunningApp;
let neo: EmbeddedNeo4j | undefined;
let prepared: Promise<boolean>;
const abort = new AbortController();

beforeAll(async () => {
  port = await freePort();
  password = ensurePassword(dataDir).password;
  db = new GraphDb({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, timeoutMs: 5_000, embedded: true });
  app = await startApp(db, {}, new DatabaseStatus(db, 200));
  prepared = prepareDatabase(db, { seedOnStart: false, log: () => {}, retryMs: 250, signal: abort.signal });
});
afterAll(async () => {
  abort.abort();
  await app?.close();
  await db?.close();
  await neo?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const startNeo4j = () => startEmbeddedNeo4j({ dataDir, port });
const health = async () => {
  const res = await fetch(`${app.url}/api/health`);
  return { status: res.status, body: (await res.json()) as any };
};
const probe = () => postJson(`${app.url}/api/cypher`, { query: 'MATCH (p:FaultProbe) RETURN p.marker AS marker' });

/** Polls until `check` passes; what is asserted is the state reached, not how fast. */
async function eventually<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  let last: T = await get();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`never reached: ${what}; last: ${JSON.stringify(last)}`);
    await sleep(200);
    last = await get();
  }
  return last;
}

function expectUnavailable(res: Awaited<ReturnType<typeof probe>>) {
  expect(res.status, res.text).toBe(503);
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(res.json.error.code).toBe('database_unavailable');
}

describe('database down, up, down, up under one running app', { timeout: 150_000 }, () => {
  it('starts and serves while Neo4j is down: health says degraded, data routes 503 with Retry-After', async () => {
    const h = await health();
    expect(h.status).toBe(503);
    expect(h.body).toMatchObject({ status: 'degraded', database: { status: 'down', uri: `bolt://127.0.0.1:${port}` } });
    expectUnavailable(await probe());
  });

  it('serves once Neo4j is up, without a restart; the background start-up applies the schema', async () => {
    neo = await startNeo4j();
    expect(await prepared).toBe(true);
    const indexes = await db.read<{ name: string }>('SHOW FULLTEXT INDEXES YIELD name RETURN name');
    expect(indexes.records.map((r) => r.get('name'))).toContain('entity_names');
    await db.write('CREATE (:FaultProbe {marker: $marker})', { marker: 'before-restart' });
    const res = await eventually(probe, (r) => r.status === 200, 'cypher 200 after Neo4j started');
    expect(res.json.rows).toEqual([['before-restart']]);
    expect((await health()).body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('requires the password over Bolt: a wrong or missing one is refused; the password file is owner-only', async () => {
    expect(fs.statSync(path.join(dataDir, 'neo4j-password')).mode & 0o777).toBe(0o600);
    for (const auth of [neo4j.auth.basic('neo4j', 'wrong-password'), neo4j.auth.basic('neo4j', ''), undefined]) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, auth);
      try {
        await expect(driver.executeQuery('CREATE (:Intruder) RETURN 1')).rejects.toMatchObject({
          code: expect.stringMatching(/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/),
        });
      } finally {
        await driver.close();
      }
    }
    const intruders = await db.read<{ c: number }>('MATCH (n:Intruder) RETURN count(n) AS c');
    expect(intruders.records[0]!.get('c')).toBe(0);
  });

  it('answers 503 + Retry-After when Neo4j stops under it, and health says so', async () => {
    await neo!.stop();
    const h = await eventually(health, (x) => x.status === 503, 'health 503 after Neo4j stopped');
    expect(h.body).toMatchObject({ status: 'degraded', database: { status: 'down' } });
    expectUnavailable(await probe());
  });

  it('serves again when Neo4j comes back on the same port and data, without a restart', async () => {
    neo = await startNeo4j();
    const res = await eventually(probe, (r) => r.status === 200, 'cypher 200 after Neo4j restarted');
    expect(res.json.rows).toEqual([['before-restart']]);
    expect((await health()).status).toBe(200);
  });
});
