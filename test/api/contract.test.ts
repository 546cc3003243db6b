// What holds for the whole API: the OpenAPI document lists every route Express serves, errors come
// as {error:{code,message,details}} without stack traces, 503 while the database is unreachable,
// and a response that breaks its own schema is the server's 500, not the caller's 400.
import fs from 'node:fs';
import express, { type Router } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorMiddleware } from '../../server/api/error-middleware.ts';
import { toOpenApiPath } from '../../server/api/openapi.ts';
import { sendValid } from '../../server/api/respond.ts';
import { apiRouter } from '../../server/api/routes/index.ts';
import { ErrorBody, HealthResponse } from '../../common/wire.ts';
import { createApp } from '../../server/app.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { seededApi, type ApiUnderTest } from './api-app.ts';

let api: ApiUnderTest;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.db.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** "get /nodes/{id}" for every route of the API router, found by walking Express's own stack. */
function servedRoutes(router: Router): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route)
        for (const m of Object.keys(layer.route.methods)) out.push(`${m} ${toOpenApiPath(layer.route.path)}`);
      else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((router as unknown as { stack: Layer[] }).stack);
  return out.sort();
}

describe('GET /api/openapi.json', () => {
  it('describes every route Express serves, and no other', async () => {
    const res = await request(api.app).get('/api/openapi.json').expect(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths)
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`))
      .sort();
    const served = servedRoutes(apiRouter({ db: api.db, config: api.config }));
    expect(served.length).toBeGreaterThanOrEqual(12);
    expect(documented).toEqual(served);
  });

  it('gives query parameters and response schemas from the wire schemas', async () => {
    const doc = (await request(api.app).get('/api/openapi.json').expect(200)).body;
    const search = doc.paths['/search'].get;
    expect(search.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['kinds', 'limit', 'q']);
    expect(search.responses['200'].content['application/json'].schema.properties.hits.type).toBe('array');
    expect(search.responses['400'].content['application/json'].schema.properties.error).toBeDefined();
    const paths = doc.paths['/paths'].get;
    expect(paths.parameters.find((p: { name: string }) => p.name === 'mode').schema.enum).toEqual(['shortest', 'all']);
    expect(doc.paths['/queries/{name}'].post.requestBody.content['application/json'].schema).toBeDefined();
  });
});

describe('GET /api/health', () => {
  it('reports the app and the database up, with the server version', async () => {
    const body = HealthResponse.parse((await request(api.app).get('/api/health').expect(200)).body);
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ status: 'up', uri: api.db.options.uri });
    expect(body.database.version).toMatch(/^Neo4j\/5\./);
    // The app's own version is package.json's, not a copy written into the route.
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(body.app.version).toBe(pkg.version);
  });
});

describe('errors', () => {
  it('answers an unknown API route with a JSON 404', async () => {
    const res = await request(api.app).get('/api/nope').expect(404);
    expect(ErrorBody.parse(res.body).error.code).toBe('not_found');
  });

  it('answers 503 with Retry-After, not a stack trace, while the database is unreachable', async () => {
    const down = new GraphDb({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      timeoutMs: 1000,
      embedded: false,
      maxRetryTimeMs: 0,
    });
    try {
      const app = createApp({ db: down, config: api.config });
      for (const url of ['/api/search?q=bac', '/api/nodes/bac-ninh', '/api/stats']) {
        const res = await request(app).get(url).expect(503);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.body).toEqual({
          error: { code: 'database_unavailable', message: 'The graph database is not reachable; retry shortly.' },
        });
      }
      const health = HealthResponse.parse((await request(app).get('/api/health').expect(503)).body);
      expect(health).toMatchObject({ status: 'degraded', database: { status: 'down', uri: 'bolt://127.0.0.1:1' } });
    } finally {
      await down.close();
    }
  });

  it('turns a response that breaks its wire schema into a 500 without details', async () => {
    const app = express();
    app.get('/broken', (_req, res) => sendValid(res, z.object({ n: z.number() }), { n: 'one' as unknown as number }));
    app.use(errorMiddleware);
    const original = console.error;
    console.error = () => {};
    try {
      const res = await request(app).get('/broken').expect(500);
      expect(res.body).toEqual({
        error: { code: 'internal', message: 'Internal error; the server log has the details.' },
      });
    } finally {
      console.error = original;
    }
  });
});
