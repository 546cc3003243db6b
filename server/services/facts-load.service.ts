// Loads facts files into Neo4j: read and check all of them first, then write everything in one
// transaction, so a bad file leaves the graph exactly as it was. MERGE on ids makes it idempotent.
import { cypher, cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { buildGraph, type GraphRows } from '../facts/build-graph.ts';
import { readAndCheck, summarize, type LoadOptions, type LoadSummary } from '../facts/facts-files.ts';

export async function loadFacts(db: GraphDb, paths: string[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const files = readAndCheck(paths, opts);
  const declared = new Set(files.flatMap((f) => f.facts.entities.map((e) => e.id)));
  const referenced = [...new Set(files.flatMap((f) => f.facts.relations.flatMap((r) => [r.from, r.to])))].filter(
    (id) => !declared.has(id),
  );
  // Relations may point at nodes already in the graph (an ingested article about known places),
  // unless the load starts from an empty graph.
  const existingIds =
    referenced.length && !opts.reset
      ? new Set(
          (
            await db.read<{ ids: string[] }>(cypherFile('facts/existing-ids.cypher'), { ids: referenced })
          ).records[0]?.get('ids') ?? [],
        )
      : new Set<string>();
  const rows = buildGraph(files, { existingIds });
  await writeRows(db, rows, opts.reset ?? false);
  return summarize(files.length, rows, performance.now() - started);
}

export async function writeRows(db: GraphDb, rows: GraphRows, reset: boolean): Promise<void> {
  await db.writeTx(
    async (tx) => {
      if (reset) await tx.run(cypherFile('facts/reset.cypher'));
      await tx.run(cypherFile('facts/merge-articles.cypher'), { articles: rows.articles });
      await tx.run(cypherFile('facts/merge-nodes.cypher'), { nodes: rows.nodes });
      const result = await tx.run<{ written: number }>(cypherFile('facts/merge-edges.cypher'), { edges: rows.edges });
      const written = result.records[0]?.get('written') ?? 0;
      // buildGraph checked every endpoint; a shortfall means one vanished meanwhile: roll back.
      if (written !== rows.edges.length)
        throw new Error(`wrote ${written} of ${rows.edges.length} relationships: an endpoint is missing`);
    },
    { timeoutMs: 120_000 },
  );
}

/** Corridor's data present? Used to seed on first start. */
export async function hasCorridorData(db: GraphDb): Promise<boolean> {
  const r = await db.read<{ n: number }>(cypher`MATCH (a:Article) RETURN count(a) AS n`);
  return (r.records[0]?.get('n') ?? 0) > 0;
}
