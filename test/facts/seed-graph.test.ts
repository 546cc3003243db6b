// The seed graph itself: what the five articles say is in Neo4j, cited, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../server/db/cypher-files.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';

const db = testDb();
beforeAll(async () => {
  await loadSeedGraph(db);
});
afterAll(async () => {
  await db.close();
});

const rows = async (query: string, params = {}) => (await db.read(query, params)).records.map((r) => r.toObject());

describe('the seed graph', () => {
  it('cites every edge: its article exists and contains the quote verbatim, or the edge says it comes from reference data', async () => {
    const edges = await rows(cypher`
      MATCH (:Entity)-[r]->(:Entity)
      OPTIONAL MATCH (a:Article {id: r.article})
      RETURN r.id AS id, r.article AS article, a IS NOT NULL AS found, a.text CONTAINS r.quote AS verbatim,
             r.basis AS basis, r.referenceSource AS referenceSource, r.quote IS NULL AS noQuote`);
    expect(edges.length).toBeGreaterThan(100);
    const stated = edges.filter((e) => e.basis !== 'reference');
    expect(stated.length).toBeGreaterThan(80);
    expect(stated.filter((e) => !e.found || !e.verbatim)).toEqual([]);
    // Beijing LOCATED_IN China: the gazetteer says so, not the article's "working visit to Beijing".
    const reference = edges.filter((e) => e.basis === 'reference');
    expect(reference.length).toBeGreaterThan(10);
    expect(reference.filter((e) => !e.found || !e.noQuote || !e.referenceSource)).toEqual([]);
    const articles = new Set(edges.map((e) => e.article));
    expect([...articles].sort()).toEqual([
      '000_2ad47a8d9953d3f1',
      '001_d76d143c1c30b8f4',
      '002_d93d2fd45cf3e6b8',
      '003_d4fed2a6c9dc04a5',
      '004_b0657be470ff4772',
    ]);
  });

  it('takes no fact from the site furniture at the end of pages 001 and 002', async () => {
    const furniture = { '001_d76d143c1c30b8f4': 'Moody’s upgraded Agribank', '002_d93d2fd45cf3e6b8': 'Đọc nhiều' };
    for (const [article, marker] of Object.entries(furniture)) {
      const [row] = await rows(
        cypher`MATCH (a:Article {id: $article}) OPTIONAL MATCH ()-[r {article: $article}]->()
               RETURN a.text AS text, collect(r.quote) AS quotes`,
        { article },
      );
      const cut = (row!.text as string).indexOf(marker);
      expect(cut, `marker of ${article}`).toBeGreaterThan(0);
      const late = (row!.quotes as string[]).filter((q) => (row!.text as string).indexOf(q) >= cut);
      expect(late).toEqual([]);
    }
  });

  it('resolves names across forms: one node for Bắc Ninh, Laibin for "Lai Tan", Hải Phòng for Haiphong', async () => {
    const byAlias = await rows(cypher`
      UNWIND ['Bac Ninh', 'Lai Tan', 'Haiphong', 'Guangxi Zhuang Autonomous Region'] AS form
      MATCH (n:Entity) WHERE n.name = form OR form IN n.aliases
      RETURN form, collect(n.id) AS ids ORDER BY form`);
    expect(byAlias).toEqual([
      { form: 'Bac Ninh', ids: ['bac-ninh'] },
      { form: 'Guangxi Zhuang Autonomous Region', ids: ['guangxi'] },
      { form: 'Haiphong', ids: ['hai-phong'] },
      { form: 'Lai Tan', ids: ['laibin'] },
    ]);
    const [laibin] = await rows(
      cypher`MATCH (n:City {id: 'laibin'}) RETURN n.name AS name, n.aliases AS aliases, n.country AS country`,
    );
    expect(laibin).toMatchObject({ name: 'Laibin', country: 'CN' });
    expect(laibin!.aliases).toEqual(expect.arrayContaining(['来宾', 'Lai Tân']));
  });

  it('holds the investment of Goertek in Bắc Ninh with amount, projects and workers', async () => {
    const [inv] = await rows(cypher`
      MATCH (:Company {id: 'goertek'})-[r:INVESTED_IN]->(:Province {id: 'bac-ninh'})
      RETURN r.amountUsd AS amountUsd, r.amountQualifier AS q, r.projects AS projects, r.workers AS workers, r.quote AS quote`);
    expect(inv).toMatchObject({ amountUsd: 900_000_000, q: 'over', projects: 3, workers: 37_000 });
    const [where] = await rows(cypher`MATCH (:Company {id: 'goertek'})-[:LOCATED_IN]->(c) RETURN c.id AS id`);
    expect(where).toEqual({ id: 'weifang' });
  });

  it('keeps aggregates as counts: 5 Spring Meeting minutes and 4 MoUs between Quảng Ninh and Guangxi', async () => {
    const signed = await rows(cypher`
      MATCH (:Entity {id: 'quang-ninh'})-[r:SIGNED]-(:Entity {id: 'guangxi'})
      RETURN r.docKind AS docKind, r.count AS count, r.dateFrom AS dateFrom, r.dateTo AS dateTo ORDER BY count DESC`);
    expect(signed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ docKind: 'minutes', count: 5, dateFrom: '2016-01-01', dateTo: '2022-12-31' }),
        expect.objectContaining({ docKind: 'MoU', count: 4 }),
      ]),
    );
    const [visits] = await rows(cypher`
      MATCH (:Entity {id: 'quang-ninh'})-[r:VISITED]->(:Entity {id: 'guangxi'}) RETURN r.count AS count, r.dateFrom AS since, r.dateTo AS until`);
    expect(visits).toEqual({ count: 12, since: '2012-01-01', until: '2022-12-31' });
  });

  it('has Nguyễn Hữu Nghĩa meeting Liu Jianchao and You Jun in Beijing, March 2025', async () => {
    const met = await rows(cypher`
      MATCH (:Official {id: 'nguyen-huu-nghia'})-[r:MET]-(o:Official) RETURN o.id AS id, r.dateFrom AS dateFrom ORDER BY id`);
    expect(met.map((m) => m.id)).toEqual(['liu-jianchao', 'you-jun']);
    expect(met.every((m) => (m.dateFrom as string).startsWith('2025-03'))).toBe(true);
  });
});
