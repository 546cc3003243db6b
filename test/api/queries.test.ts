// GET /api/queries and POST /api/queries/:name: the named queries of cypher/queries/ on the seed graph.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponse, NamedQueriesResponse } from '../../common/wire.ts';
import { createApp } from '../../server/app.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { seededApi, type ApiUnderTest } from './api-app.ts';

let api: ApiUnderTest;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.db.close());

async function run(name: string, params: Record<string, unknown>, app = api.app) {
  const res = await request(app).post(`/api/queries/${name}`).send({ params }).expect(200);
  const body = CypherResponse.parse(res.body);
  /** Rows as objects by column name, for readable assertions. */
  const rows = body.rows.map((r) => Object.fromEntries(body.columns.map((c, i) => [c, r[i]])));
  return { body, rows };
}

describe('GET /api/queries', () => {
  it('lists every .cypher file of cypher/queries with its title, description, parameters and text', async () => {
    const res = await request(api.app).get('/api/queries').expect(200);
    const { queries } = NamedQueriesResponse.parse(res.body);
    const files = fs.readdirSync(path.join(PROJECT_ROOT, 'cypher', 'queries')).filter((f) => f.endsWith('.cypher'));
    expect(queries.map((q) => `${q.name}.cypher`).sort()).toEqual(files.sort());
    expect(queries.length).toBeGreaterThanOrEqual(6);
    for (const q of queries) {
      expect(q.title.length).toBeGreaterThan(3);
      expect(q.description.length).toBeGreaterThan(10);
      for (const p of q.params) expect(q.cypher).toContain(`$${p.name}`);
    }
    const meetings = queries.find((q) => q.name === 'official-meetings');
    expect(meetings?.params).toEqual([expect.objectContaining({ name: 'official', type: 'entity', required: true })]);
  });
});

describe('POST /api/queries/:name', () => {
  it("who met whom: Nguyễn Hữu Nghĩa's meetings include Liu Jianchao, as rows and as graph elements", async () => {
    const { body, rows } = await run('official-meetings', { official: 'nguyen-huu-nghia' });
    expect(rows.map((r) => r.metWith)).toEqual(expect.arrayContaining(['Liu Jianchao', 'You Jun']));
    expect(body.truncated).toBe(false);
    expect(body.elements.edges.filter((e) => e.data.type === 'MET').map((e) => e.data.target)).toContain(
      'liu-jianchao',
    );
    const node = rows[0]!.o as { _type: string; properties: { id: string } };
    expect(node).toMatchObject({ _type: 'node', properties: { id: 'nguyen-huu-nghia' } });
  });

  it('agreements of a province include those of its city: Bắc Ninh with Nanning, Bắc Ninh City with Laibin', async () => {
    const { rows } = await run('province-agreements', { province: 'bac-ninh' });
    const pairs = rows.map((r) => {
      const [a, b] = [
        (r.party as { properties: { id: string } }).properties.id,
        (r.partner as { properties: { id: string } }).properties.id,
      ];
      return `${a}~${b}`;
    });
    expect(pairs).toContain('bac-ninh-city~laibin');
    expect(pairs.some((p) => p.startsWith('bac-ninh') && p.includes('nanning'))).toBe(true);
    for (const r of rows) expect(typeof r.document).toBe('string');
    // Each row names its article as a reader knows it (outlet and day), never by its id.
    for (const r of rows) {
      expect(r).not.toHaveProperty('article');
      expect(r.source).toMatch(/^[A-Z][^,]+(, \d{4}-\d{2}-\d{2})?$/);
      expect(r.source).not.toMatch(/^\d{3}_[0-9a-f]+$/);
    }
  });

  it('agreements and meetings come newest first and keep a range whole (date and endDate, as stated)', async () => {
    // Quảng Ninh's rows all end in 2022; the 2021–2022 Joint Statement is newer than those of 2016–2022.
    const { rows } = await run('province-agreements', { province: 'quang-ninh' });
    const key = (r: Record<string, unknown>) => `${String(r.endDate ?? r.date ?? '')}|${String(r.date ?? '')}`;
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.map(key)).toEqual(rows.map(key).sort().reverse());
    expect(rows[0]).toMatchObject({ date: '2021', endDate: '2022' });
    const met = await run('official-meetings', { official: 'nguyen-huu-nghia' });
    expect(met.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ date: '2025-03-24', endDate: '2025-03-25' })]),
    );
  });

  it('investment into Bắc Ninh: Goertek from Weifang first, with US$900 million', async () => {
    const { rows } = await run('province-investment', { province: 'bac-ninh' });
    expect(rows[0]).toMatchObject({
      investorName: 'Goertek',
      from: 'Weifang',
      amountUsd: 900_000_000,
      projects: 3,
      workers: 37000,
    });
    const amounts = rows.map((r) => (r.amountUsd as number | null) ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('paths between two localities: Hưng Yên and Beijing are one hop apart; maxHops defaults to 4', async () => {
    const { body, rows } = await run('locality-paths', { from: 'hung-yen', to: 'beijing' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.hops === 1)).toBe(true);
    expect(body.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['hung-yen', 'beijing']));
    // Hưng Yên to Laibin is four hops (over reference links): found with the default bound, not with maxHops 3.
    const far = await run('locality-paths', { from: 'hung-yen', to: 'laibin', includeReference: true });
    expect(far.rows.length).toBeGreaterThan(0);
    expect(far.rows.every((r) => r.hops === 4)).toBe(true);
    expect(
      (await run('locality-paths', { from: 'hung-yen', to: 'laibin', maxHops: 3, includeReference: true })).rows,
    ).toEqual([]);
  });

  it('paths between two localities leave reference links and country hubs out unless asked, as the path finder', async () => {
    const names = (rows: Record<string, unknown>[]) => rows.flatMap((r) => (r.via as string[]).slice(1, -1));
    const stated = await run('locality-paths', { from: 'lao-cai', to: 'weifang' });
    expect(names(stated.rows)).not.toContain('Việt Nam');
    const all = await run('locality-paths', { from: 'lao-cai', to: 'weifang', includeReference: true });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rows.length).toBeGreaterThan(stated.rows.length);
  });

  it('visits in a date range: partial dates work and every visit meets the range', async () => {
    const { rows } = await run('visits-in-range', { since: '2025', until: '2025-03' });
    expect(
      rows.map(
        (r) =>
          `${(r.who as { properties: { id: string } }).properties.id}>${(r.place as { properties: { id: string } }).properties.id}`,
      ),
    ).toContain('nguyen-huu-nghia>beijing');
    for (const r of rows) {
      const v = r.v as { properties: { dateFrom: string; dateTo: string } };
      expect(v.properties.dateTo >= '2025-01-01' && v.properties.dateFrom <= '2025-03-31').toBe(true);
    }
    expect((await run('visits-in-range', { since: '1990', until: '1991' })).rows).toEqual([]);
  });

  it('visits in a date range (walk 11, 5): open-ended either way; a reversed range is refused, naming until', async () => {
    const dates = (rows: Record<string, unknown>[]) =>
      rows.map((r) => (r.v as { properties: { dateFrom: string; dateTo: string } }).properties);
    const since = await run('visits-in-range', { since: '2025' });
    expect(since.rows.length).toBeGreaterThan(0);
    expect(dates(since.rows).every((d) => d.dateTo >= '2025')).toBe(true);
    const until = await run('visits-in-range', { until: '2022' });
    expect(until.rows.length).toBeGreaterThan(0);
    expect(dates(until.rows).every((d) => d.dateFrom < '2023')).toBe(true);
    const res = await request(api.app)
      .post('/api/queries/visits-in-range')
      .send({ params: { since: '2025', until: '2022' } })
      .expect(400);
    expect(res.body.error.message).toMatch(/^until: until \(2022\) comes before since \(2025\): the range is reversed/);
    // Within one year a month is no reversal: 2022-10 to 2022 is October to December 2022.
    await run('visits-in-range', { since: '2022-10', until: '2022' });
  });

  it("a locality's foreign partners: Quảng Ninh's include Guangxi, none Vietnamese", async () => {
    const { rows } = await run('foreign-partners', { locality: 'quang-ninh' });
    expect(rows.map((r) => r.name)).toContain('Guangxi');
    expect(rows.every((r) => r.country !== 'VN')).toBe(true);
    const strengths = rows.map((r) => r.strength as number);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('finds foreign partners through shared events: Lạng Sơn and Guangxi both attend the Spring Meeting', async () => {
    const { rows } = await run('foreign-partners', { locality: 'lang-son' });
    const guangxi = rows.find((r) => r.name === 'Guangxi');
    expect(guangxi?.how).toContain('ATTENDED');
    expect((guangxi?.throughEvents as string[]).some((e) => /Spring Meeting/.test(e))).toBe(true);
  });

  it("gives each tie as the whole chain from the locality to the partner, the locality's own links included", async () => {
    const { rows } = await run('foreign-partners', { locality: 'lang-son' });
    type Path = {
      nodes: { properties: { id: string; kind: string } }[];
      relationships: { type: string; startElementId: string; endElementId: string }[];
    };
    const ties = rows.find((r) => r.name === 'Guangxi')?.ties as Path[];
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) {
      expect(t.nodes[0]!.properties.id).toBe('lang-son');
      expect(t.nodes.at(-1)!.properties.id).toBe('guangxi');
    }
    // Through a shared event: Lạng Sơn (or a place in it) —ATTENDED→ event ←ATTENDED— Guangxi.
    const viaEvent = ties.filter((t) => t.nodes.at(-2)!.properties.kind === 'Event');
    expect(viaEvent.length).toBeGreaterThan(0);
    for (const t of viaEvent) expect(t.relationships.slice(-2).map((r) => r.type)).toEqual(['ATTENDED', 'ATTENDED']);
  });

  it('cuts at the row cap and says so', async () => {
    const capped = createApp({ db: api.db, config: { ...api.config, rowCap: 1 } });
    const { body } = await run('official-meetings', { official: 'nguyen-huu-nghia' }, capped);
    expect(body.rows).toHaveLength(1);
    expect(body).toMatchObject({ truncated: true, rowCap: 1 });
  });

  it('answers 404 for an unknown query and 400 naming a missing, mistyped or unknown parameter', async () => {
    expect(
      (await request(api.app).post('/api/queries/who-is-who').send({ params: {} }).expect(404)).body.error.message,
    ).toBe('named query "who-is-who" does not exist');
    expect(
      (await request(api.app).post('/api/queries/official-meetings').send({ params: {} }).expect(400)).body.error
        .message,
    ).toMatch(/^official: /);
    expect(
      (
        await request(api.app)
          .post('/api/queries/locality-paths')
          .send({ params: { from: 'a', to: 'b', maxHops: 'x' } })
          .expect(400)
      ).body.error.message,
    ).toMatch(/^maxHops: /);
    expect(
      (
        await request(api.app)
          .post('/api/queries/official-meetings')
          .send({ params: { official: 'x', oficial: 'y' } })
          .expect(400)
      ).body.error.message,
    ).toContain('oficial');
    const badJson = await request(api.app)
      .post('/api/queries/official-meetings')
      .set('content-type', 'application/json')
      .send('{"params": ')
      .expect(400);
    expect(badJson.body.error.code).toBe('invalid_json');
  });
});
