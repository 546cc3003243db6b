// The benchmark's bulk loader against the real Neo4j: it writes exactly the generated graph
// (every node with its kind label, every relationship with its type, ends and properties), it is
// fresh-only and says so instead of duplicating, and the naive baseline it is compared with is
// idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../server/db/cypher-files.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import {
  AlreadyLoadedError,
  bulkLoadEdges,
  loadSyntheticGraph,
  naiveLoadEdges,
} from '../../bench/synthetic/bulk-load.ts';
import { syntheticGraph } from '../../bench/synthetic/synthetic-graph.ts';
import { TINY } from './tiny-size.ts';
import { testDb } from '../support/test-db.ts';

async function countsInDb(db: GraphDb) {
  const labels = await db.read<{ kind: string; n: number }>('MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n');
  const types = await db.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  const articles = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  const mislabelled = await db.read<{ n: number }>(
    'MATCH (n:Entity) WHERE NOT n.kind IN labels(n) RETURN count(n) AS n',
  );
  return {
    nodes: Object.fromEntries(labels.records.map((r) => [r.get('kind'), r.get('n')])),
    edges: Object.fromEntries(types.records.map((r) => [r.get('type'), r.get('n')])),
    articles: articles.records[0]!.get('n'),
    mislabelled: mislabelled.records[0]!.get('n'),
  };
}

describe('synthetic bulk loader (real Neo4j)', () => {
  const db = testDb(120_000);
  const graph = syntheticGraph(11, TINY);

  beforeAll(async () => {
    await db.write(cypherFile('facts/reset.cypher'));
    await loadSyntheticGraph(db, graph, { batchSize: 500 });
  }, 300_000);
  afterAll(async () => {
    await db.write(cypherFile('facts/reset.cypher'));
    await db.close();
  });

  it('writes exactly the generated nodes per kind, relationships per type and articles', async () => {
    const inDb = await countsInDb(db);
    expect(inDb.nodes).toEqual(Object.fromEntries(Object.entries(graph.counts.nodes).filter(([, n]) => n > 0)));
    expect(inDb.edges).toEqual(graph.counts.edges);
    expect(inDb.articles).toBe(TINY.articles);
    expect(inDb.mislabelled).toBe(0);
  });

  it('writes each relationship between the right ends with its properties', async () => {
    const sample = [...graph.edges()].filter((_, i) => i % 397 === 0);
    for (const e of sample) {
      const r = await db.read<{ from: string; to: string; type: string; props: Record<string, unknown> }>(
        'MATCH (a)-[r {id: $id}]->(b) RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props',
        { id: e.id },
      );
      expect(r.records).toHaveLength(1);
      const rec = r.records[0]!;
      expect({ from: rec.get('from'), to: rec.get('to'), type: rec.get('type'), props: rec.get('props') }).toEqual({
        from: e.from,
        to: e.to,
        type: e.type,
        props: e.props,
      });
    }
  });

  it('refuses a second load of a synthetic graph instead of duplicating it', async () => {
    const before = await countsInDb(db);
    await expect(loadSyntheticGraph(db, graph)).rejects.toThrow(AlreadyLoadedError);
    await expect(loadSyntheticGraph(db, graph)).rejects.toThrow(/already loaded .*only loads into a graph without one/);
    expect(await countsInDb(db)).toEqual(before);
  });

  it('keeps the naive baseline idempotent: MERGE finds edges already there', async () => {
    const before = await countsInDb(db);
    const some = [...graph.edges()].slice(1000, 1020);
    expect(await naiveLoadEdges(db, some)).toBe(20);
    expect(await countsInDb(db)).toEqual(before);
  });

  it('fails a batch whose edge ends are missing, naming the edge, and writes none of it', async () => {
    const before = await countsInDb(db);
    const [first] = graph.edges();
    const broken = [
      { ...first!, id: 'syn-broken', from: 'syn-no-such-node', props: { ...first!.props, id: 'syn-broken' } },
    ];
    await expect(bulkLoadEdges(db, broken)).rejects.toThrow(
      /batch of 1 .* edges wrote 0; some ends are missing \(first edge syn-broken\)/,
    );
    // The transaction wrote nothing (the row had no end), so the graph is as it was.
    expect(await countsInDb(db)).toEqual(before);
  });
});
