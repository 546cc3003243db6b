// What every request meets before a route: security headers, CORS closed unless configured,
// request ids, a body size limit, the Cypher rate limit, and write endpoints off unless a token
// is configured (then bearer-protected).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph, testDb } from '../support/test-db.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { postJson, startApp, type RunningApp } from './app-server.ts';

const db = testDb();
const TOKEN = 'test-admin-token-0123456789';
let plain: RunningApp;
let configured: RunningApp;

beforeAll(async () => {
  await loadSeedGraph(db);
  plain = await startApp(db, { CORRIDOR_CYPHER_RATE_LIMIT: '3' });
  configured = await startApp(db, { CORRIDOR_CORS_ORIGINS: 'https://corridor.example', CORRIDOR_ADMIN_TOKEN: TOKEN });
});
afterAll(async () => {
  await plain?.close();
  await configured?.close();
  await db.close();
});

describe('headers', () => {
  it('sets security headers and no X-Powered-By', async () => {
    const res = await fetch(`${plain.url}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const a = await fetch(`${plain.url}/api/stats`);
    const b = await fetch(`${plain.url}/api/stats`);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    const mine = await fetch(`${plain.url}/api/stats`, { headers: { 'x-request-id': 'trace-42' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    const odd = await fetch(`${plain.url}/api/stats`, { headers: { 'x-request-id': 'a b{}<script>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS', () => {
  it('is closed by default: no allow-origin for a foreign origin, preflight included', async () => {
    const res = await fetch(`${plain.url}/api/stats`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${plain.url}/api/cypher`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the origins listed in CORRIDOR_CORS_ORIGINS', async () => {
    const ok = await fetch(`${configured.url}/api/stats`, { headers: { origin: 'https://corridor.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://corridor.example');
    const other = await fetch(`${configured.url}/api/stats`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('limits', () => {
  it('refuses a body over 100 kB with 413 and a JSON error', async () => {
    const res = await postJson(`${plain.url}/api/cypher`, { query: 'RETURN 1', params: { pad: 'x'.repeat(150_000) } });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('body_too_large');
  });

  it('rate-limits the Cypher console per client with 429 and Retry-After, and not the other routes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await postJson(`${plain.url}/api/cypher`, { query: 'RETURN 1 AS one' })).status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
    const limited = await postJson(`${plain.url}/api/cypher`, { query: 'RETURN 1 AS one' });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fetch(`${plain.url}/api/stats`)).status).toBe(200);
  });
});

describe('write endpoints', () => {
  it('are off unless CORRIDOR_ADMIN_TOKEN is set', async () => {
    const res = await postJson(`${plain.url}/api/admin/reload`, {}, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(403);
    expect(res.json.error).toMatchObject({
      code: 'admin_disabled',
      message: expect.stringMatching(/CORRIDOR_ADMIN_TOKEN/),
    });
  });

  it('need the bearer token when on', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', TOKEN, `Basic ${TOKEN}`]) {
      const res = await postJson(`${configured.url}/api/admin/reload`, {}, authorization ? { authorization } : {});
      expect(res.status, String(authorization)).toBe(401);
      expect(res.json.error.code).toBe('unauthorized');
    }
  });

  it('reload the seed graph with the token, leaving the same graph', async () => {
    const before = await graphChecksum(db);
    await db.write("MATCH (n:Entity) WITH n LIMIT 1 SET n.name = 'scribbled'");
    const res = await postJson(`${configured.url}/api/admin/reload`, {}, { authorization: `Bearer ${TOKEN}` });
    expect(res.status, res.text).toBe(200);
    expect(res.json.reloaded).toBe(true);
    expect(await graphChecksum(db)).toEqual(before);
  });
});
