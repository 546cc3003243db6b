// GET /api/nodes/:id and /api/nodes/:id/neighbors on the seed graph.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse, NodeDetailResponse, type EdgeElement } from '../../common/wire.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { seededApi, type ApiUnderTest } from './api-app.ts';

let api: ApiUnderTest;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.db.close());

const detail = async (id: string) =>
  NodeDetailResponse.parse((await request(api.app).get(`/api/nodes/${id}`).expect(200)).body);
const neighbors = async (id: string, qs = '') =>
  NeighborsResponse.parse((await request(api.app).get(`/api/nodes/${id}/neighbors${qs}`).expect(200)).body);

/** The seed article's text, read from seeds/ (the file the facts cite). */
function articleText(articleId: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, 'seeds', `${articleId}.txt`), 'utf8');
}

describe('GET /api/nodes/:id', () => {
  it("shows Goertek's investment in Bắc Ninh with the amount and a quote found verbatim in the cited article", async () => {
    const body = await detail('goertek');
    expect(body.node.data).toMatchObject({ id: 'goertek', kind: 'Company', label: 'Goertek' });
    const inv = body.edges.find((c) => c.edge.data.type === 'INVESTED_IN' && c.other.data.id === 'bac-ninh');
    expect(inv).toBeDefined();
    expect(inv!.direction).toBe('out');
    expect(inv!.edge.data).toMatchObject({ source: 'goertek', target: 'bac-ninh', amountUsd: 900_000_000 });
    expect(inv!.edge.data.quote).toContain('US$900 million');
    expect(articleText(inv!.edge.data.article)).toContain(inv!.edge.data.quote);
    expect(body.articles.map((a) => a.id)).toContain(inv!.edge.data.article);
  });

  it('gives every edge a quote that is a passage of its article, and each cited article once in the list', async () => {
    const body = await detail('bac-ninh');
    expect(body.edges.length).toBeGreaterThan(3);
    for (const { edge } of body.edges) {
      if (edge.data.basis === 'reference') expect(edge.data.referenceSource).toBeTruthy();
      else expect(edge.data.quote.length > 2 && articleText(edge.data.article).includes(edge.data.quote)).toBe(true);
    }
    const cited = new Set(body.edges.map((c) => c.edge.data.article));
    for (const id of cited) expect(body.articles.map((a) => a.id)).toContain(id);
    expect(body.articles.length).toBe(new Set(body.articles.map((a) => a.id)).size);
  });

  it('says a fact comes from reference data on the edge (Beijing in China is the gazetteer’s, not the article’s)', async () => {
    const body = await detail('beijing');
    const inChina = body.edges.find(({ edge }) => edge.data.type === 'LOCATED_IN' && edge.data.target === 'china');
    expect(inChina?.edge.data).toMatchObject({
      basis: 'reference',
      referenceSource: 'gazetteer (seeds/gazetteer/cn-provinces.yaml)',
      quote: '',
    });
  });

  it('gives incoming edges with direction "in" and the node as target', async () => {
    const body = await detail('bac-ninh');
    const inv = body.edges.find((c) => c.edge.data.type === 'INVESTED_IN' && c.other.data.id === 'goertek');
    expect(inv?.direction).toBe('in');
    expect(inv?.edge.data).toMatchObject({ source: 'goertek', target: 'bac-ninh' });
  });

  it('shows that Nguyễn Hữu Nghĩa met Liu Jianchao', async () => {
    const body = await detail('nguyen-huu-nghia');
    const met = body.edges.filter((c) => c.edge.data.type === 'MET').map((c) => c.other.data.id);
    expect(met).toContain('liu-jianchao');
    expect(met).toContain('you-jun');
    expect(body.node.data.degree).toBe(body.edges.length);
  });

  it('answers 404 with the id for an unknown node', async () => {
    const res = await request(api.app).get('/api/nodes/atlantis').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'node "atlantis" does not exist' } });
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  const newest = (edges: EdgeElement[], id: string) =>
    edges
      .filter((e) => e.data.source === id || e.data.target === id)
      .reduce<string>((m, e) => (e.data.dateTo && e.data.dateTo > m ? e.data.dateTo : m), '');

  it('returns the centre, its neighbours and the edges between them, nothing omitted when under the limit', async () => {
    const body = await neighbors('nguyen-huu-nghia');
    const fromDetail = await detail('nguyen-huu-nghia');
    expect(body.center).toBe('nguyen-huu-nghia');
    expect(new Set(body.elements.nodes.map((n) => n.data.id))).toEqual(
      new Set(['nguyen-huu-nghia', ...fromDetail.edges.map((c) => c.other.data.id)]),
    );
    expect(new Set(body.elements.edges.map((e) => e.data.id))).toEqual(
      new Set(fromDetail.edges.map((c) => c.edge.data.id)),
    );
    expect(body.omitted).toEqual({ total: 0, byType: {} });
    for (const n of body.elements.nodes) expect(n.data.degree).toBeGreaterThan(0);
  });

  it('ranks neighbours by their newest dated edge, then undated ones by degree', async () => {
    const body = await neighbors('bac-ninh');
    const others = body.elements.nodes.filter((n) => n.data.id !== 'bac-ninh');
    const keys = others.map((n) => ({ date: newest(body.elements.edges, n.data.id), degree: n.data.degree ?? 0 }));
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a.date >= b.date).toBe(true);
      if (a.date === b.date) expect(a.degree).toBeGreaterThanOrEqual(b.degree);
    }
    expect(keys.some((k) => k.date !== '') && keys.some((k) => k.date === '')).toBe(true);
  });

  it('caps at limit, keeping the top of the ranking, and counts the rest per type', async () => {
    const full = await neighbors('bac-ninh');
    const allOthers = full.elements.nodes.filter((n) => n.data.id !== 'bac-ninh').map((n) => n.data.id);
    expect(allOthers.length).toBeGreaterThan(3);
    // Every cut, including those that fall among equally new neighbours (where degree decides and
    // the query counts degrees only for the contenders), gives the head of the full ranking.
    for (let limit = 1; limit < allOthers.length; limit++) {
      const capped = await neighbors('bac-ninh', `?limit=${limit}`);
      expect(capped.elements.nodes.map((n) => n.data.id)).toEqual(['bac-ninh', ...allOthers.slice(0, limit)]);
      expect(capped.omitted.total).toBe(allOthers.length - limit);
      const expected: Record<string, number> = {};
      for (const id of allOthers.slice(limit)) {
        const types = new Set(
          full.elements.edges.filter((e) => e.data.source === id || e.data.target === id).map((e) => e.data.type),
        );
        for (const t of types) expected[t] = (expected[t] ?? 0) + 1;
      }
      expect(capped.omitted.byType).toEqual(expected);
    }
  });

  it('filters by edge type', async () => {
    const body = await neighbors('nguyen-huu-nghia', '?types=MET');
    expect(body.elements.edges.length).toBeGreaterThan(0);
    expect(body.elements.edges.every((e) => e.data.type === 'MET')).toBe(true);
    expect(body.elements.nodes.map((n) => n.data.id)).toContain('liu-jianchao');
  });

  it('filters by date: dated edges meet the range, undated ones stay', async () => {
    const full = await neighbors('quang-ninh', '?limit=1000');
    const body = await neighbors('quang-ninh', '?since=2020&until=2021-06&limit=1000');
    expect(body.elements.edges.length).toBeLessThan(full.elements.edges.length);
    for (const e of body.elements.edges) {
      if (e.data.dateFrom) {
        expect(e.data.dateTo! >= '2020-01-01').toBe(true);
        expect(e.data.dateFrom <= '2021-06-30').toBe(true);
      }
    }
    const undatedFull = full.elements.edges
      .filter((e) => !e.data.dateFrom)
      .map((e) => e.data.id)
      .sort();
    expect(
      body.elements.edges
        .filter((e) => !e.data.dateFrom)
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(undatedFull);
  });

  it('refuses a bad limit, an unknown type and since after until with a 400 naming the parameter; 404 for an unknown id', async () => {
    expect(
      (await request(api.app).get('/api/nodes/bac-ninh/neighbors?limit=0').expect(400)).body.error.message,
    ).toMatch(/^limit: /);
    expect(
      (await request(api.app).get('/api/nodes/bac-ninh/neighbors?types=LIKES').expect(400)).body.error.message,
    ).toMatch(/^types/);
    expect(
      (await request(api.app).get('/api/nodes/bac-ninh/neighbors?since=2023-13').expect(400)).body.error.message,
    ).toMatch(/^since: expected a date/);
    expect(
      (await request(api.app).get('/api/nodes/bac-ninh/neighbors?since=2024&until=2023').expect(400)).body.error
        .message,
    ).toContain('since');
    expect((await request(api.app).get('/api/nodes/atlantis/neighbors').expect(404)).body.error.code).toBe('not_found');
  });
});
