// GET /api/graph, /api/stats, /api/articles/:id and /api/export on the seed graph.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleResponse, GraphResponse, StatsResponse, type Elements } from '../../common/wire.ts';
import { createApp } from '../../server/app.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../common/model.ts';
import { HAS_NETWORKX, HAS_PYTHON, readCsvWithPython, readGraphmlWithNetworkx } from '../export/python-readers.ts';
import { asText, seededApi, type ApiUnderTest } from './api-app.ts';

let api: ApiUnderTest;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.db.close());

const graph = async (qs = '', app = api.app) =>
  GraphResponse.parse((await request(app).get(`/api/graph${qs}`).expect(200)).body);
const stats = async () => StatsResponse.parse((await request(api.app).get('/api/stats').expect(200)).body);
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

function expectEdgesBetweenPresentNodes(els: Elements) {
  const ids = new Set(els.nodes.map((n) => n.data.id));
  for (const e of els.edges) {
    expect(ids.has(e.data.source)).toBe(true);
    expect(ids.has(e.data.target)).toBe(true);
  }
}

describe('GET /api/graph', () => {
  it('gives every node and edge of the graph (the counts /api/stats gives), untruncated', async () => {
    const [body, s] = await Promise.all([graph(), stats()]);
    expect(body.truncated).toBe(false);
    expect(body.elements.nodes).toHaveLength(sum(s.nodes));
    expect(body.elements.edges).toHaveLength(sum(s.edges));
    expectEdgesBetweenPresentNodes(body.elements);
    expect(new Set(body.elements.edges.map((e) => e.data.id)).size).toBe(body.elements.edges.length);
  });

  it('keeps only the asked kinds, and edges between them', async () => {
    const body = await graph('?kinds=Province,City');
    expect(body.elements.nodes.length).toBeGreaterThan(0);
    expect(new Set(body.elements.nodes.map((n) => n.data.kind))).toEqual(new Set(['Province', 'City']));
    expectEdgesBetweenPresentNodes(body.elements);
  });

  it('with an edge filter, keeps the matching edges and only the nodes they touch', async () => {
    const body = await graph('?types=MET');
    expect(body.elements.edges.every((e) => e.data.type === 'MET')).toBe(true);
    expect(body.elements.edges.map((e) => [e.data.source, e.data.target])).toContainEqual([
      'nguyen-huu-nghia',
      'liu-jianchao',
    ]);
    const touched = new Set(body.elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect(new Set(body.elements.nodes.map((n) => n.data.id))).toEqual(touched);
  });

  it('filters by date range: the dated edges that meet it, their ends, and undated edges only between those ends', async () => {
    const all = await graph();
    const body = await graph('?since=2025&until=2025');
    const meets = (e: Elements['edges'][number]) =>
      Boolean(e.data.dateFrom && e.data.dateTo! >= '2025-01-01' && e.data.dateFrom <= '2025-12-31');
    const dated = body.elements.edges.filter((e) => e.data.dateFrom);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every(meets)).toBe(true);
    expect(dated.map((e) => e.data.id).sort()).toEqual(
      all.elements.edges
        .filter(meets)
        .map((e) => e.data.id)
        .sort(),
    );
    const ends = new Set(dated.flatMap((e) => [e.data.source, e.data.target]));
    expect(new Set(body.elements.nodes.map((n) => n.data.id))).toEqual(ends);
    const undatedBetween = all.elements.edges.filter(
      (e) => !e.data.dateFrom && ends.has(e.data.source) && ends.has(e.data.target),
    );
    expect(
      body.elements.edges
        .filter((e) => !e.data.dateFrom)
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(undatedBetween.map((e) => e.data.id).sort());
    expect(body.elements.nodes.length).toBeLessThan(all.elements.nodes.length);
  });

  it('walk 32, 1. undated=all keeps every undated link under a date range (as the canvas shows them), undated=none none, and an unknown value is refused', async () => {
    const all = await graph();
    const undatedIds = all.elements.edges.filter((e) => !e.data.dateFrom).map((e) => e.data.id);
    const range = await graph('?since=2025&until=2025&undated=all');
    const kept = range.elements.edges.filter((e) => !e.data.dateFrom).map((e) => e.data.id);
    expect(kept.sort()).toEqual([...undatedIds].sort());
    // More than the default's undated links among the dated links' ends.
    const setting = await graph('?since=2025&until=2025');
    expect(kept.length).toBeGreaterThan(setting.elements.edges.filter((e) => !e.data.dateFrom).length);
    expectEdgesBetweenPresentNodes(range.elements);
    const none = await graph('?undated=none');
    expect(none.elements.edges.length).toBeGreaterThan(0);
    expect(none.elements.edges.filter((e) => !e.data.dateFrom)).toEqual([]);
    // Nodes left with no link go, as with any filter on links.
    const ends = new Set(none.elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect(none.elements.nodes.every((n) => ends.has(n.data.id))).toBe(true);
    const bad = await request(api.app).get('/api/graph?undated=some');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('undated');
  });

  it('caps nodes and edges at the configured cap and says it truncated', async () => {
    const small = createApp({ db: api.db, config: { ...api.config, graphCap: 5 } });
    const body = await graph('', small);
    expect(body.truncated).toBe(true);
    expect(body.elements.nodes).toHaveLength(5);
    expect(body.elements.edges.length).toBeLessThanOrEqual(5);
    expectEdgesBetweenPresentNodes(body.elements);
    // Hubs are kept first.
    const full = await graph();
    const topDegrees = full.elements.nodes
      .map((n) => n.data.degree ?? 0)
      .sort((a, b) => b - a)
      .slice(0, 5);
    expect(body.elements.nodes.map((n) => n.data.degree)).toEqual(topDegrees);
  });

  it('refuses an unknown kind with a 400 naming kinds', async () => {
    const res = await request(api.app).get('/api/graph?kinds=Planet').expect(400);
    expect(res.body.error.message).toMatch(/^kinds/);
  });
});

describe('POST /api/graph/links', () => {
  const links = async (body: object, app = api.app) =>
    GraphResponse.parse((await request(app).post('/api/graph/links').send(body).expect(200)).body);
  const key = (e: Elements['edges'][number]) => e.data.id;

  it('gives the asked nodes and exactly the links among them, as the whole graph has them', async () => {
    const whole = (await graph()).elements;
    const hub = [...whole.nodes].sort((a, b) => (b.data.degree ?? 0) - (a.data.degree ?? 0))[0]!.data.id;
    const neighbours = whole.edges.filter((e) => e.data.source === hub).map((e) => e.data.target);
    const ids = [hub, ...neighbours.slice(0, 3)];
    const body = await links({ nodeIds: ids });
    expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual([...new Set(ids)].sort());
    const among = whole.edges.filter((e) => ids.includes(e.data.source) && ids.includes(e.data.target));
    expect(among.length).toBeGreaterThan(2);
    expect(body.elements.edges.map(key).sort()).toEqual(among.map(key).sort());
    expect(body.truncated).toBe(false);
  });

  it('with linkedTo, adds the links from the asked nodes to those (a canvas), each once, not their nodes', async () => {
    const whole = (await graph()).elements;
    const e = whole.edges.find((x) => x.data.type === 'MET')!;
    const [added, onCanvas] = [e.data.target, e.data.source];
    const body = await links({ nodeIds: [added], linkedTo: [onCanvas, added] });
    expect(body.elements.nodes.map((n) => n.data.id)).toEqual([added]);
    const expected = whole.edges.filter(
      (x) =>
        (x.data.source === added && [onCanvas, added].includes(x.data.target)) ||
        (x.data.target === added && [onCanvas, added].includes(x.data.source)),
    );
    expect(body.elements.edges.map(key).sort()).toEqual(expected.map(key).sort());
    expect(body.elements.edges.map(key)).toContain(e.data.id);
  });

  it("is not held by the console's rate limit: the explorer's own reads go on when the console says 429", async () => {
    const limited = await seededApi({ cypherRateLimitPerMinute: 1 });
    try {
      const console = () => request(limited.app).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
      expect((await console()).status).toBe(200);
      expect((await console()).status).toBe(429);
      const ids = (await graph('', limited.app)).elements.nodes.slice(0, 2).map((n) => n.data.id);
      for (let i = 0; i < 3; i++) expect((await links({ nodeIds: ids }, limited.app)).elements.nodes).toHaveLength(2);
    } finally {
      await limited.db.close();
    }
  });

  it('refuses an empty or missing nodeIds with a 400 naming nodeIds', async () => {
    for (const body of [{}, { nodeIds: [] }, { nodeIds: [''] }]) {
      const res = await request(api.app).post('/api/graph/links').send(body).expect(400);
      expect(JSON.stringify(res.body.error)).toContain('nodeIds');
    }
  });
});

describe('GET /api/stats', () => {
  it('counts every kind and type (0 when absent), articles, and the date range of the edges', async () => {
    const [s, all] = await Promise.all([stats(), graph()]);
    expect(Object.keys(s.nodes).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(s.edges).sort()).toEqual([...EDGE_TYPES].sort());
    for (const kind of NODE_KINDS)
      expect(s.nodes[kind]).toBe(all.elements.nodes.filter((n) => n.data.kind === kind).length);
    for (const type of EDGE_TYPES)
      expect(s.edges[type]).toBe(all.elements.edges.filter((e) => e.data.type === type).length);
    expect(s.articles).toBe(
      fs.readdirSync(path.join(PROJECT_ROOT, 'seeds', 'facts')).filter((f) => f.endsWith('.yaml')).length,
    );
    const froms = all.elements.edges.flatMap((e) => (e.data.dateFrom ? [e.data.dateFrom] : [])).sort();
    const tos = all.elements.edges.flatMap((e) => (e.data.dateTo ? [e.data.dateTo] : [])).sort();
    expect(s.dateRange).toEqual({ min: froms[0], max: tos.at(-1) });
    // Each Country node's name by its code, as the graph spells it.
    const countries = all.elements.nodes.filter((n) => n.data.kind === 'Country');
    expect(s.countries).toEqual(Object.fromEntries(countries.map((n) => [n.data.country, n.data.name])));
    expect(s.countries.VN).toBe('Việt Nam');
  });
});

describe('GET /api/graph and /api/export: sources', () => {
  it('gives each fact once with its number of independent outlets and every citation', async () => {
    const body = await graph();
    const keys = body.elements.edges.map(
      (e) => `${e.data.type} ${e.data.source} ${e.data.target} ${e.data.date ?? ''}`,
    );
    const partners = body.elements.edges.find(
      (e) => e.data.type === 'PARTNER_OF' && e.data.source === 'vietnam' && e.data.target === 'china',
    )!;
    // Stated five times in four seed articles from three outlets (Viet Nam News twice).
    expect(partners.data).toMatchObject({ sources: 3, conflict: false, date: '1950' });
    expect(partners.data.sourceArticles).toHaveLength(5);
    expect(new Set(partners.data.sourceArticles).size).toBe(4);
    expect(keys.filter((k) => k.startsWith('PARTNER_OF vietnam china '))).toHaveLength(1);
    for (const e of body.elements.edges) {
      expect(e.data.sourceArticles!.length).toBeGreaterThanOrEqual(e.data.sources!);
      expect(e.data.sourceQuotes).toHaveLength(e.data.sourceArticles!.length);
    }
  });

  it('keeps only facts with at least minSources outlets, and the nodes they touch', async () => {
    const all = await graph();
    const body = await graph('?minSources=2');
    const expected = all.elements.edges.filter((e) => e.data.sources! >= 2).map((e) => e.data.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.elements.edges.length);
    expect(body.elements.edges.map((e) => e.data.id).sort()).toEqual(expected.sort());
    const touched = new Set(body.elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect(new Set(body.elements.nodes.map((n) => n.data.id))).toEqual(touched);
    const csv = await request(api.app).get('/api/export?format=csv&part=edges&minSources=2').expect(200);
    expect(csv.text.trim().split('\r\n')).toHaveLength(expected.length + 1);
  });

  it('refuses minSources below 1 with a 400 naming it', async () => {
    const res = await request(api.app).get('/api/graph?minSources=0').expect(400);
    expect(res.body.error.message).toMatch(/minSources/);
  });
});

describe('GET /api/articles/:id', () => {
  it("gives the article's text byte for byte and the facts that cite it", async () => {
    const res = await request(api.app).get('/api/articles/000_2ad47a8d9953d3f1').expect(200);
    const body = ArticleResponse.parse(res.body);
    expect(body.text).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'seeds', '000_2ad47a8d9953d3f1.txt'), 'utf8'));
    expect(body.published).toBe('2023-12-25');
    expect(body.elements.edges.length).toBeGreaterThan(5);
    // A fact other articles state too is one edge citing each of them: this article is among its
    // sources, with a quote of its own.
    for (const e of body.elements.edges) {
      const i = e.data.sourceArticles!.indexOf(body.id);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(body.text).toContain(e.data.sourceQuotes![i]);
    }
    expect(body.elements.edges.some((e) => e.data.article !== body.id && e.data.sources! > 1)).toBe(true);
    expect(body.elements.edges.map((e) => `${e.data.source} ${e.data.type} ${e.data.target}`)).toContain(
      'goertek INVESTED_IN bac-ninh',
    );
    expectEdgesBetweenPresentNodes(body.elements);
  });

  it("walk 12, 15. keeps the outlet's headline links after the Bắc Giang article apart from its text", async () => {
    const res = await request(api.app).get('/api/articles/001_d76d143c1c30b8f4').expect(200);
    const body = ArticleResponse.parse(res.body);
    const file = fs.readFileSync(path.join(PROJECT_ROOT, 'seeds', '001_d76d143c1c30b8f4.txt'), 'utf8');
    expect(file).toContain('PVEP to become leading international oil and gas firm');
    expect(body.text).not.toMatch(/Moody|PVEP|longan to Australia/);
    expect(body.text.trimEnd()).toMatch(/investment and construction\.\s*\(Source: VNA\)$/);
    expect(body.outletLinks).toHaveLength(5);
    expect(body.outletLinks![0]).toMatch(/^Moody.s upgraded Agribank ratings/);
    // Every quote the article's facts cite is still in the text the reader marks it in.
    for (const e of body.elements.edges)
      expect(body.text).toContain(e.data.sourceQuotes![e.data.sourceArticles!.indexOf(body.id)]);
  });

  it("walk 13, 15b. leaves the site's chrome before the Hanoi Times article out of its text", async () => {
    const res = await request(api.app).get('/api/articles/002_d93d2fd45cf3e6b8').expect(200);
    const body = ArticleResponse.parse(res.body);
    const file = fs.readFileSync(path.join(PROJECT_ROOT, 'seeds', '002_d93d2fd45cf3e6b8.txt'), 'utf8');
    expect(file).toMatch(/^Logo\nĐăng ký ấn phẩm\|Đăng nhập/);
    expect(body.text).not.toMatch(/Logo|Đăng ký|Đăng nhập/);
    expect(body.text).toMatch(/^Provincial cooperation: Key part of Vietnam-China/);
    for (const e of body.elements.edges)
      expect(body.text).toContain(e.data.sourceQuotes![e.data.sourceArticles!.indexOf(body.id)]);
  });

  it('answers 404 for an unknown article', async () => {
    expect((await request(api.app).get('/api/articles/999_nothing').expect(404)).body.error.message).toBe(
      'article "999_nothing" does not exist',
    );
  });
});

describe('GET /api/export', () => {
  it('gives Cytoscape JSON equal to /api/graph, as a download', async () => {
    const res = await request(api.app).get('/api/export?format=json&types=SIGNED').expect(200);
    expect(res.headers['content-disposition']).toContain('corridor-graph.json');
    expect(res.headers['x-corridor-truncated']).toBe('false');
    expect(GraphResponse.parse(res.body)).toEqual(await graph('?types=SIGNED'));
  });

  it.skipIf(!HAS_NETWORKX)(
    'gives GraphML that networkx loads with every node, edge and property of the graph',
    async () => {
      const res = await request(api.app).get('/api/export?format=graphml').buffer(true).parse(asText).expect(200);
      expect(res.headers['content-type']).toContain('application/graphml+xml');
      const g = readGraphmlWithNetworkx(res.body as string);
      const full = await graph();
      expect(Object.keys(g.nodes).sort()).toEqual(full.elements.nodes.map((n) => n.data.id).sort());
      expect(g.edges.map((e) => e.id).sort()).toEqual(full.elements.edges.map((e) => e.data.id).sort());
      for (const { data } of full.elements.nodes) {
        for (const [k, v] of Object.entries(data))
          if (k !== 'id') expect(g.nodes[data.id]![k]).toEqual(Array.isArray(v) ? v.join(' | ') : v);
      }
      const goertek = g.edges.find(
        (e) => e.source === 'goertek' && e.target === 'bac-ninh' && e.attrs.type === 'INVESTED_IN',
      );
      expect(goertek?.attrs.amountUsd).toBe(900_000_000);
      for (const { data } of full.elements.edges) {
        const e = g.edges.find((x) => x.id === data.id)!;
        // Lists (the sources of a fact) are joined as for nodes; what each source states, as JSON.
        const cell = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : v);
        // A link from reference data names no article or outlet: its referenceSource says where it is from.
        const notCited = (k: string) =>
          data.basis === 'reference' &&
          ['article', 'quote', 'sourceArticles', 'sourceOutlets', 'sourcePublished', 'sourceQuotes'].includes(k);
        for (const [k, v] of Object.entries(data))
          if (notCited(k)) expect(e.attrs[k], `${data.id} ${k}`).toBeUndefined();
          else if (!['id', 'source', 'target'].includes(k))
            expect(e.attrs[k]).toEqual(Array.isArray(v) ? v.map(cell).join(' | ') : v);
      }
    },
  );

  it.skipIf(!HAS_PYTHON)('gives CSV tables of nodes and of edges, one per request', async () => {
    const full = await graph();
    const nodesRes = await request(api.app).get('/api/export?format=csv&part=nodes').expect(200);
    expect(nodesRes.headers['content-type']).toContain('text/csv');
    const nodes = readCsvWithPython(nodesRes.text);
    expect(nodes.rows.map((r) => r.id).sort()).toEqual(full.elements.nodes.map((n) => n.data.id).sort());
    expect(nodes.rows.find((r) => r.id === 'hung-yen')).toMatchObject({ name: 'Hưng Yên', kind: 'Province' });
    const edges = readCsvWithPython((await request(api.app).get('/api/export?format=csv&part=edges').expect(200)).text);
    expect(edges.rows).toHaveLength(full.elements.edges.length);
    const inv = edges.rows.find((r) => r.source === 'goertek' && r.target === 'bac-ninh' && r.type === 'INVESTED_IN');
    expect(inv?.amountUsd).toBe('900000000');
  });

  it.skipIf(!HAS_PYTHON)(
    "walk 30, 2. cites each article by its headline (CSV and GraphML columns, the JSON's articles), and a link from reference data by none",
    async () => {
      const titles = Object.fromEntries(
        await Promise.all(
          (await graph()).elements.edges
            .flatMap((e) => e.data.sourceArticles ?? [])
            .filter((id, i, all) => all.indexOf(id) === i)
            .map(async (id) => [
              id,
              ArticleResponse.parse((await request(api.app).get(`/api/articles/${id}`)).body).title,
            ]),
        ),
      ) as Record<string, string>;
      expect(Object.keys(titles).length).toBe(5);
      const csv = readCsvWithPython((await request(api.app).get('/api/export?format=csv&part=edges').expect(200)).text);
      expect(csv.columns.slice(4, 6)).toEqual(['article', 'articleTitle']);
      for (const row of csv.rows) {
        if (row.basis === 'reference') expect([row.articleTitle, row.sourceTitles], row.id).toEqual(['', '']);
        else {
          expect(row.articleTitle, row.id).toBe(titles[String(row.article)]);
          const ids = String(row.sourceArticles).split(' | ');
          expect(row.sourceTitles, row.id).toBe(ids.map((id) => titles[id]).join(' | '));
        }
      }
      const json = (await request(api.app).get('/api/export?format=json').expect(200)).body;
      expect(
        Object.fromEntries(Object.entries(json.data.articles).map(([id, a]: [string, any]) => [id, a.title])),
      ).toEqual(titles);
      const graphml = (await request(api.app).get('/api/export?format=graphml').buffer(true).parse(asText).expect(200))
        .body as string;
      expect(graphml).toContain('attr.name="articleTitle"');
      // The same catalogue, asked by id; unknown ids left out.
      const asked = await request(api.app)
        .post('/api/articles/catalogue')
        .send({ ids: [...Object.keys(titles), 'no-such-article'] })
        .expect(200);
      expect(Object.keys(asked.body.articles).sort()).toEqual(Object.keys(titles).sort());
    },
  );

  it('refuses an unknown format with a 400 naming format', async () => {
    expect((await request(api.app).get('/api/export?format=xlsx').expect(400)).body.error.message).toMatch(/^format: /);
  });
});
