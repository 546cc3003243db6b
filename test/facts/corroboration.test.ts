// Corroboration in the graph (real Neo4j): a fact stated by several articles is one edge carrying
// every citation, whatever the order the articles are loaded in; amounts that disagree are flagged.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../server/facts/build-graph.ts';
import { readFactsFile } from '../../server/facts/read-facts.ts';
import { loadFacts, writeRows } from '../../server/services/facts-load.service.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { testDb } from '../support/test-db.ts';

const FACTS = path.resolve('test/fixtures/corroboration/facts');
const [A, B, C] = ['cr_a', 'cr_b', 'cr_c'].map((id) => path.join(FACTS, `${id}.yaml`)) as [string, string, string];
const db = testDb();

afterAll(async () => db.close());

async function edges(type: string) {
  const r = await db.read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) = $type AND a.id STARTS WITH 'cr-'
     RETURN a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id`,
    { type },
  );
  return r.records.map((x) => x.toObject() as { from: string; to: string; props: Record<string, any> });
}

describe('two articles stating one fact', () => {
  beforeAll(async () => {
    await loadFacts(db, [A], { reset: true });
    await loadFacts(db, [B]);
  });

  it('make one edge with two sources, never a parallel one', async () => {
    const [inv, ...more] = await edges('INVESTED_IN');
    expect(more).toEqual([]);
    expect(inv!.props).toMatchObject({
      sources: 2,
      sourceArticles: ['cr_a', 'cr_b'],
      sourceOutlets: ['Vietnam News Agency (VNA)', 'Viet Nam News (VNS)'],
      sourcePublished: ['2024-05-10', '2024-05-12'],
      amountUsd: 500_000_000,
      conflict: false,
      article: 'cr_a',
    });
    expect(inv!.props.sourceQuotes[1]).toContain('poured US$500 million');
  });

  it('take a meeting dated "May 2024" in one and "May 9, 2024" in the other as one meeting on May 9', async () => {
    const met = await edges('MET');
    expect(met).toHaveLength(1);
    expect(met[0]!.props).toMatchObject({ date: '2024-05-09', dateFrom: '2024-05-09', sources: 2 });
  });

  it('a reload changes nothing', async () => {
    const before = await graphChecksum(db);
    await loadFacts(db, [B]);
    await loadFacts(db, [A, B]);
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe('a third article giving another amount', () => {
  beforeAll(async () => {
    await loadFacts(db, [A, B], { reset: true });
    await loadFacts(db, [C]);
  });

  it('is flagged on the edge with every source value, nothing overwritten', async () => {
    const [inv, ...more] = await edges('INVESTED_IN');
    expect(more).toEqual([]);
    expect(inv!.props).toMatchObject({ sources: 3, conflict: true, conflicts: ['amountUsd'], amountUsd: 500_000_000 });
    const amounts = (inv!.props.sourceStated as string[]).map((s) => JSON.parse(s).amountUsd);
    expect(amounts).toEqual([500_000_000, 500_000_000, 600_000_000]);
  });

  it('stating a known meeting with its ends the other way round and a day later: one edge, its date flagged', async () => {
    const [met, ...more] = await edges('MET');
    expect(more).toEqual([]);
    expect(met).toMatchObject({ from: 'cr-le-anh-duong', to: 'cr-zhou-ping' });
    expect(met!.props).toMatchObject({
      sources: 3,
      conflict: true,
      conflicts: ['date'],
      date: '2024-05-09',
      dateFrom: '2024-05-09',
      dateTo: '2024-05-10',
      sourceFrom: ['cr-le-anh-duong', 'cr-le-anh-duong', 'cr-zhou-ping'],
    });
  });

  it('gives the same graph whatever the order of loading, one by one or all at once', async () => {
    const incremental = await graphChecksum(db);
    await loadFacts(db, [C], { reset: true });
    await loadFacts(db, [A]);
    await loadFacts(db, [B]);
    expect(await graphChecksum(db)).toEqual(incremental);
    await loadFacts(db, [A, B, C], { reset: true });
    expect(await graphChecksum(db)).toEqual(incremental);
  });

  it('an edited article that no longer states the fact leaves its citation behind', async () => {
    // Reloading cr_c without its relation: the conflict goes with its only source.
    const c = readFactsFile(C);
    c.facts.relations = [];
    await writeRows(db, buildGraph([c], { existingIds: new Set() }), false);
    const [inv] = await edges('INVESTED_IN');
    expect(inv!.props).toMatchObject({ sources: 2, conflict: false, sourceArticles: ['cr_a', 'cr_b'] });
    await loadFacts(db, [C]);
    expect((await edges('INVESTED_IN'))[0]!.props.sources).toBe(3);
  });
});
