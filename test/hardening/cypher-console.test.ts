// POST /api/cypher on a real server over the real Neo4j with the seed graph: read-only enforced
// by Neo4j's own plan, bounded (time limit, row cap, response size), errors with Neo4j's code
// and position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb, loadSeedGraph } from '../support/test-db.ts';
import { graphChecksum, type GraphChecksum } from '../support/graph-checksum.ts';
import { postJson, startApp, type RunningApp } from './app-server.ts';
import { WRITE_ATTEMPTS } from './write-attempts.ts';
import { Neo4jError } from 'neo4j-driver';
import { consoleError } from '../../server/services/cypher-console.service.ts';

const db = testDb();
let app: RunningApp;
let before: GraphChecksum;

beforeAll(async () => {
  await loadSeedGraph(db);
  before = await graphChecksum(db);
  // Rate limit high: this file sends many requests from one client on purpose.
  app = await startApp(db, {
    CORRIDOR_ROW_CAP: '25',
    CORRIDOR_QUERY_TIMEOUT_MS: '1500',
    CORRIDOR_CYPHER_RATE_LIMIT: '10000',
  });
});
afterAll(async () => {
  await app?.close();
  await db.close();
});

const cypher = (query: string, params?: Record<string, unknown>) =>
  postJson(`${app.url}/api/cypher`, { query, params });

describe('write and escape attempts', () => {
  it('has at least 40 of them', () => {
    expect(WRITE_ATTEMPTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(WRITE_ATTEMPTS.map((a) => [a.name, a] as const))('refuses: %s', async (_name, attempt) => {
    const res = await cypher(attempt.query, attempt.params);
    if (attempt.by === 'guard') {
      expect(res.status, res.text).toBe(403);
      expect(res.json.error.code).toBe('read_only');
      expect(res.json.error.message).toMatch(/read-only|not allowed|own database only/);
    } else {
      expect([400, 422], res.text).toContain(res.status);
      expect(res.json.error.details.neo4jCode).toMatch(/^Neo\.ClientError\./);
    }
    expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('leaves the graph exactly as it was (counts and a hash of all ids and properties)', async () => {
    const after = await graphChecksum(db);
    expect(before.nodes).toBeGreaterThan(50);
    expect(after).toEqual(before);
  });
});

describe('reads', () => {
  it('returns the table and the graph elements of a read', async () => {
    const res = await cypher(
      'MATCH (a:Entity)-[r:SIGNED]->(b:Entity) RETURN a, r, b.id AS target ORDER BY r.id LIMIT 3',
    );
    expect(res.status, res.text).toBe(200);
    expect(res.json.columns).toEqual(['a', 'r', 'target']);
    expect(res.json.rows).toHaveLength(3);
    const [a, r, target] = res.json.rows[0];
    expect(a).toMatchObject({ _type: 'node', labels: expect.arrayContaining(['Entity']) });
    expect(r).toMatchObject({ _type: 'relationship', type: 'SIGNED' });
    expect(typeof target).toBe('string');
    // Edges whose both ends are in the result are drawn: here only `a` is a node value.
    expect(res.json.elements.nodes.map((n: any) => n.data.id)).toContain(a.properties.id);
    expect(res.json.truncated).toBe(false);
  });

  it('sends whole JSON numbers as integers, so LIMIT and range take parameters', async () => {
    const res = await cypher('UNWIND range(1, $n) AS i RETURN i LIMIT $k', { n: 10, k: 4 });
    expect(res.status, res.text).toBe(200);
    expect(res.json.rows).toEqual([[1], [2], [3], [4]]);
  });

  it('allows the read procedures on its allow-list', async () => {
    const res = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', 'hanoi') YIELD node RETURN node.id AS id LIMIT 1",
    );
    expect(res.status, res.text).toBe(200);
    expect(res.json.rows.length).toBe(1);
  });
});

describe('bounds', () => {
  it('stops at the row cap and says the rows are truncated', async () => {
    const res = await cypher('UNWIND range(1, 100000) AS i RETURN i');
    expect(res.status, res.text).toBe(200);
    expect(res.json.rows).toHaveLength(25);
    expect(res.json.rows.at(-1)).toEqual([25]);
    expect(res.json).toMatchObject({ truncated: true, truncatedBy: 'rowCap', rowCap: 25 });
  });

  it('does not call a result of exactly the cap truncated', async () => {
    const res = await cypher('UNWIND range(1, 25) AS i RETURN i');
    expect(res.json).toMatchObject({ truncated: false, rowCap: 25 });
    expect(res.json.rows).toHaveLength(25);
  });

  it('stops at the response-size cap', async () => {
    const small = await startApp(db, { CORRIDOR_RESPONSE_MAX_BYTES: '5000', CORRIDOR_ROW_CAP: '1000' });
    try {
      const res = await postJson(`${small.url}/api/cypher`, {
        query: "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 10) | s + 'xxxxxxxxxx') AS pad",
      });
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({ truncated: true, truncatedBy: 'responseSize' });
      expect(res.json.rows.length).toBeGreaterThan(10);
      expect(res.json.rows.length).toBeLessThan(1000);
      expect(res.text.length).toBeLessThan(2 * 5000 + 500);
    } finally {
      await small.close();
    }
  });

  it('ends a cartesian product at the time limit with 422 query_timeout (not 408, which Chromium sends again: walk 29, 7), and keeps serving meanwhile', async () => {
    const slow = cypher(
      'MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = "never" RETURN count(*)',
    );
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(200);
    const res = await slow;
    expect(res.status, res.text).toBe(422);
    expect(res.json.error).toMatchObject({ code: 'query_timeout', details: { timeoutMs: 1500 } });
    // The limit in seconds, and when it was stopped if that was well after it (walk 28, 5).
    expect(res.json.error.message).toMatch(/^The query ran past the time limit of 1\.5 s and was stopped/);
    expect(res.json.error.details.elapsedMs).toBeGreaterThanOrEqual(1500);
    expect(res.json.error.details.neo4jCode).toMatch(/TransactionTimedOut/);
  });
});

describe('errors', () => {
  it("gives the syntax error position in the user's own text", async () => {
    const res = await cypher('MATCH (n:Entity)\nRETURN n.id AS id ORDER BY nope');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('cypher_syntax_error');
    expect(res.json.error.details).toMatchObject({
      neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
      position: { line: 2, column: 28 },
    });
    expect(res.json.error.message).toMatch(/nope.*line 2, column 28/);
    expect(res.json.error.message).not.toContain('EXPLAIN');
  });

  it('positions an error on the first line after the EXPLAIN it runs first', async () => {
    const res = await cypher('MATCH (n RETURN n');
    expect(res.json.error.details.position).toEqual({ line: 1, column: 10, offset: 9 });
  });

  it('answers a missing parameter with 422 and the Neo4j code', async () => {
    const res = await cypher('MATCH (n:Entity {id: $id}) RETURN n');
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({
      code: 'cypher_error',
      details: { neo4jCode: 'Neo.ClientError.Statement.ParameterMissing' },
    });
  });

  it('refuses an empty query and a non-object params with 400', async () => {
    expect((await cypher('   ')).json.error.code).toBe('invalid_request');
    const res = await postJson(`${app.url}/api/cypher`, { query: 'RETURN 1', params: [1, 2] });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/params/);
  });

  describe('the time limit, in words', () => {
    const timedOut = () =>
      new Neo4jError('terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'gql', 'desc');
    it('walk 28, 5. says when a query was stopped well after its limit, as a busy database does', () => {
      expect((consoleError(timedOut(), 0, 5000, 11234) as Error).message).toBe(
        'The query ran past the time limit of 5 s and was stopped after 11.2 s (the database was busy and stopped it late).',
      );
      expect((consoleError(timedOut(), 0, 5000, 5400) as Error).message).toBe(
        'The query ran past the time limit of 5 s and was stopped.',
      );
    });
  });
});
