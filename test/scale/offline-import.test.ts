// The offline import path against a real Neo4j: the generator's CSV, `neo4j-admin database import
// full` into a fresh store, the embedded launcher started on it, the app's schema built over it.
// It must hold exactly the generated graph (labels, types, ends, properties) and serve the app's
// queries (full-text search, node detail). This file runs its own Neo4j on the imported store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importSyntheticGraph,
  runOfflineImport,
  writeImportCsv,
  type OfflineImportResult,
} from '../../bench/synthetic/offline-import.ts';
import { syntheticGraph } from '../../bench/synthetic/synthetic-graph.ts';
import { TINY } from './tiny-size.ts';
import { nodeDetail } from '../../server/services/node.service.ts';
import { search } from '../../server/services/search.service.ts';

describe('offline import of a synthetic graph (real Neo4j)', () => {
  const graph = syntheticGraph(13, TINY);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-import-test-'));
  let imported: OfflineImportResult;

  beforeAll(async () => {
    imported = await importSyntheticGraph(graph, dataDir, { heapMb: 512, pagecacheMb: 64, importHeapMb: 512 });
  }, 120_000);
  afterAll(async () => {
    await imported?.db.close();
    await imported?.embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('holds exactly the generated nodes per kind, relationships per type and articles', async () => {
    const { db } = imported;
    const labels = await db.read<{ kind: string; n: number }>('MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n');
    const types = await db.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
    const articles = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    const labelSets = await db.read<{ labels: string[]; n: number }>(
      'MATCH (n) RETURN labels(n) AS labels, count(*) AS n',
    );
    expect(Object.fromEntries(labels.records.map((r) => [r.get('kind'), r.get('n')]))).toEqual(
      Object.fromEntries(Object.entries(graph.counts.nodes).filter(([, n]) => n > 0)),
    );
    expect(Object.fromEntries(types.records.map((r) => [r.get('type'), r.get('n')]))).toEqual(graph.counts.edges);
    expect(articles.records[0]!.get('n')).toBe(TINY.articles);
    // Every node is either an :Article or :Entity plus exactly its kind label.
    const expectedSets = new Map<string, number>([['Article', TINY.articles]]);
    for (const [kind, n] of Object.entries(graph.counts.nodes))
      if (n > 0) expectedSets.set(['Entity', kind].sort().join(','), n);
    expect(new Map(labelSets.records.map((r) => [[...r.get('labels')].sort().join(','), r.get('n')]))).toEqual(
      expectedSets,
    );
  });

  it('gives sampled nodes and articles exactly the generated properties', async () => {
    const { db } = imported;
    const nodes = [...graph.nodes()].filter((_, i) => i % 41 === 0);
    const articles = [...graph.articles()].filter((_, i) => i % 7 === 0);
    for (const n of nodes) {
      const r = await db.read<{ props: Record<string, unknown> }>(
        'MATCH (n:Entity {id: $id}) RETURN properties(n) AS props',
        { id: n.id },
      );
      expect(r.records.map((x) => x.get('props'))).toEqual([n.props]);
    }
    for (const a of articles) {
      const r = await db.read<{ props: Record<string, unknown> }>(
        'MATCH (a:Article {id: $id}) RETURN properties(a) AS props',
        { id: a.id },
      );
      expect(r.records.map((x) => x.get('props'))).toEqual([a.props]);
    }
  });

  it('writes each sampled relationship between the right ends with its properties', async () => {
    const sample = [...graph.edges()].filter((_, i) => i % 97 === 0);
    for (const e of sample) {
      const r = await imported.db.read<{ from: string; to: string; type: string; props: Record<string, unknown> }>(
        'MATCH (a)-[r {id: $id}]->(b) RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props',
        { id: e.id },
      );
      expect(
        r.records.map((rec) => ({
          from: rec.get('from'),
          to: rec.get('to'),
          type: rec.get('type'),
          props: rec.get('props'),
        })),
      ).toEqual([{ from: e.from, to: e.to, type: e.type, props: e.props }]);
    }
  });

  it("serves the app's queries: full-text search finds a generated name, node detail has its degree", async () => {
    const official = [...graph.nodes()].find((n) => n.kind === 'Official')!;
    const found = await search(imported.db, { q: official.props.name as string, limit: 100 });
    expect(found.hits.map((h) => h.node.data.id)).toContain(official.id);

    const degree = [...graph.edges()].filter((e) => e.from === official.id || e.to === official.id).length;
    const detail = await nodeDetail(imported.db, official.id);
    expect(detail.node.data.degree).toBe(degree);
    expect(detail.node.data.label).toBe(official.props.name);
  });

  it('refuses to import into a data folder that already has a store', async () => {
    const csv = writeImportCsv(graph, path.join(dataDir, 'again-csv'));
    await expect(runOfflineImport(path.join(dataDir, 'neo4j'), csv)).rejects.toThrow(
      /already holds a neo4j database; the importer only builds a fresh one/,
    );
  });
});
