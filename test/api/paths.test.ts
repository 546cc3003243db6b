// GET /api/paths on the seed graph: steps that chain from one end to the other, edges keeping
// their own direction, bounds and type filters respected.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathsResponse } from '../../common/wire.ts';
import { seededApi, type ApiUnderTest } from './api-app.ts';

let api: ApiUnderTest;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.db.close());

const paths = async (qs: string) =>
  PathsResponse.parse((await request(api.app).get(`/api/paths?${qs}`).expect(200)).body);

/** A path is well formed when its steps chain from `from` to `to` over edges joining each step's ends. */
function expectWellFormed(body: PathsResponse) {
  const nodeIds = new Set(body.elements.nodes.map((n) => n.data.id));
  const edgeIds = new Set(body.elements.edges.map((e) => e.data.id));
  for (const p of body.paths) {
    expect(p.steps).toHaveLength(p.length);
    expect(p.nodeIds).toHaveLength(p.length + 1);
    expect(p.nodeIds[0]).toBe(body.from);
    expect(p.nodeIds.at(-1)).toBe(body.to);
    p.steps.forEach((s, i) => {
      expect([s.from, s.to]).toEqual([p.nodeIds[i], p.nodeIds[i + 1]]);
      expect([s.edge.data.source, s.edge.data.target].sort()).toEqual([s.from, s.to].sort());
      // Every step cites its article, or says it comes from reference data (a place in its province).
      if (s.edge.data.basis === 'reference') expect(s.edge.data.referenceSource).toBeTruthy();
      else expect(s.edge.data.quote.length).toBeGreaterThan(0);
      expect(edgeIds.has(s.edge.data.id)).toBe(true);
    });
    for (const id of p.nodeIds) expect(nodeIds.has(id)).toBe(true);
  }
}

describe('GET /api/paths', () => {
  it('finds a path from Hưng Yên to Beijing', async () => {
    const body = await paths('from=hung-yen&to=beijing');
    expect(body.paths).toHaveLength(1);
    expectWellFormed(body);
  });

  it('prefers an equally short path through stated facts to one through reference data or a country hub', async () => {
    const detours = (p: PathsResponse['paths'][number], body: PathsResponse) =>
      p.steps.filter((s) => s.edge.data.basis === 'reference').length +
      p.nodeIds.slice(1, -1).filter((id) => body.elements.nodes.find((n) => n.data.id === id)?.data.kind === 'Country')
        .length;
    const every = await paths('from=cao-bang&to=nanning&mode=all&prefer=any');
    expect(every.paths.some((p) => p.nodeIds.includes('vietnam'))).toBe(true); // through the country exists
    const stated = await paths('from=cao-bang&to=nanning');
    expectWellFormed(stated);
    expect(stated.paths[0]!.length).toBe(every.paths[0]!.length);
    expect(detours(stated.paths[0]!, stated)).toBe(Math.min(...every.paths.map((p) => detours(p, every))));
    expect(stated.paths[0]!.nodeIds).not.toContain('vietnam');
    // mode=all lists stated ones only.
    const all = await paths('from=cao-bang&to=nanning&mode=all');
    expect(all.paths.map((p) => detours(p, all))).toEqual(all.paths.map(() => 0));
  });

  it('walks stated facts only by default: no reference link, no country hub, even when only such a path exists', async () => {
    const any = await paths('from=you-jun&to=bac-giang&mode=all&prefer=any');
    expect(any.paths.length).toBeGreaterThan(0);
    const stated = await paths('from=you-jun&to=bac-giang&mode=all&maxHops=8');
    expectWellFormed(stated);
    const countries = new Set(stated.elements.nodes.filter((n) => n.data.kind === 'Country').map((n) => n.data.id));
    for (const p of stated.paths) {
      expect(p.steps.every((s) => s.edge.data.basis !== 'reference')).toBe(true);
      expect(p.nodeIds.slice(1, -1).some((id) => countries.has(id))).toBe(false);
    }
  });

  it('walks an edge against its direction but reports the edge as stored', async () => {
    const body = await paths('from=bac-ninh&to=goertek&types=INVESTED_IN');
    expectWellFormed(body);
    const step = body.paths[0]!.steps[0]!;
    expect(step).toMatchObject({ from: 'bac-ninh', to: 'goertek' });
    expect(step.edge.data).toMatchObject({ source: 'goertek', target: 'bac-ninh', type: 'INVESTED_IN' });
  });

  it('gives every shortest path with mode=all, all of one length and no two alike', async () => {
    const one = await paths('from=hung-yen&to=laibin&prefer=any&maxHops=6');
    const all = await paths('from=hung-yen&to=laibin&prefer=any&maxHops=6&mode=all');
    expectWellFormed(all);
    expect(all.paths.length).toBeGreaterThanOrEqual(1);
    expect(new Set(all.paths.map((p) => p.length))).toEqual(new Set([one.paths[0]!.length]));
    expect(new Set(all.paths.map((p) => p.steps.map((s) => s.edge.data.id).join()))).toHaveProperty(
      'size',
      all.paths.length,
    );
  });

  it('keeps to the allowed edge types, and finds nothing beyond maxHops', async () => {
    const shortest = (await paths('from=hung-yen&to=laibin&prefer=any&maxHops=6')).paths[0]!.length;
    expect(shortest).toBeGreaterThan(1);
    expect((await paths(`from=hung-yen&to=laibin&prefer=any&maxHops=${shortest - 1}`)).paths).toEqual([]);

    const typed = await paths('from=hung-yen&to=laibin&prefer=any&maxHops=8&mode=all&types=LOCATED_IN,PARTNER_OF');
    expectWellFormed(typed);
    for (const p of typed.paths)
      for (const s of p.steps) expect(['LOCATED_IN', 'PARTNER_OF']).toContain(s.edge.data.type);
  });

  it('answers 404 naming the unknown end, and 400 for the same end twice or a bad maxHops', async () => {
    expect((await request(api.app).get('/api/paths?from=hung-yen&to=atlantis').expect(404)).body.error.message).toBe(
      'node "atlantis" does not exist',
    );
    expect((await request(api.app).get('/api/paths?from=atlantis&to=hung-yen').expect(404)).body.error.message).toBe(
      'node "atlantis" does not exist',
    );
    expect((await request(api.app).get('/api/paths?from=hung-yen&to=hung-yen').expect(400)).body.error.message).toMatch(
      /^to: /,
    );
    expect(
      (await request(api.app).get('/api/paths?from=hung-yen&to=beijing&maxHops=9').expect(400)).body.error.message,
    ).toMatch(/^maxHops: /);
    expect((await request(api.app).get('/api/paths?to=beijing').expect(400)).body.error.message).toMatch(/^from: /);
  });
});
