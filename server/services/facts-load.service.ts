// Loads facts files into Neo4j: read and check all of them first, then write everything in one
// transaction, so a bad file leaves the graph exactly as it was. MERGE on ids makes it idempotent.
import { SYMMETRIC_EDGE_TYPES } from '../../common/model.ts';
import { cypher, cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { ManagedTransaction } from 'neo4j-driver';
import { buildGraph, type EdgeRow, type GraphRows } from '../facts/build-graph.ts';
import { citationsOfEdge, corroborate, groupKey, type Citation } from '../facts/corroborate.ts';
import { readAndCheck, summarize, type LoadOptions, type LoadSummary } from '../facts/facts-files.ts';

/** Work in the load's own transaction, before it writes or after. */
export type TxWork = (tx: ManagedTransaction) => Promise<unknown>;
export interface LoadHooks {
  /** Approving again: the old version out first. */
  before?: TxWork;
  /** Approving: the nodes the file names, as the whole facts folder gives them. */
  after?: TxWork;
}

export async function loadFacts(
  db: GraphDb,
  paths: string[],
  opts: LoadOptions = {},
  hooks: LoadHooks = {},
): Promise<LoadSummary> {
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
  await writeRows(db, rows, opts.reset ?? false, hooks);
  return summarize(files.length, rows, performance.now() - started);
}

/**
 * Writes the rows in one transaction. Without reset, the loaded articles' citations replace the
 * ones they had (a reload is idempotent, an edited file leaves no stale fact), and every fact they
 * touch is corroborated again with the citations other articles give it: one edge per fact.
 */
export async function writeRows(db: GraphDb, rows: GraphRows, reset: boolean, hooks: LoadHooks = {}): Promise<void> {
  await db.writeTx(
    async (tx) => {
      await hooks.before?.(tx);
      let edges = rows.edges;
      let stale: string[] = [];
      if (reset) await tx.run(cypherFile('facts/reset.cypher'));
      else
        ({ edges, stale } = await recorroborate(
          tx,
          rows.citations,
          rows.articles.map((a) => a.id),
        ));
      await tx.run(cypherFile('facts/merge-articles.cypher'), { articles: rows.articles });
      await tx.run(cypherFile('facts/merge-nodes.cypher'), { nodes: rows.nodes });
      await writeEdges(tx, edges, stale);
      await hooks.after?.(tx);
    },
    { timeoutMs: 120_000 },
  );
}

/** Deletes the relationships `stale` names (element ids) and writes `edges` in their place. */
export async function writeEdges(tx: ManagedTransaction, edges: EdgeRow[], stale: string[]): Promise<void> {
  if (stale.length) await tx.run(cypherFile('facts/delete-edges.cypher'), { eids: stale });
  const result = await tx.run<{ written: number }>(cypherFile('facts/merge-edges.cypher'), { edges });
  const written = result.records[0]?.get('written') ?? 0;
  // buildGraph checked every endpoint; a shortfall means one vanished meanwhile: roll back.
  if (written !== edges.length)
    throw new Error(`wrote ${written} of ${edges.length} relationships: an endpoint is missing`);
}

/**
 * The facts that `citations` state or that `replaced` articles cited, corroborated again: their
 * current relationships (stale, to delete) and the edges that replace them, built from the
 * citations the graph holds minus those of the replaced articles (dropped), plus the new ones.
 */
export async function recorroborate(
  tx: ManagedTransaction,
  citations: Citation[],
  replaced: string[],
): Promise<{ edges: EdgeRow[]; stale: string[]; dropped: Citation[] }> {
  type Group = Pick<Citation, 'type' | 'from' | 'to'>;
  const groups = new Map<string, Group>(citations.map((c) => [groupKey(c), { type: c.type, from: c.from, to: c.to }]));
  if (replaced.length) {
    const cited = await tx.run<Group>(cypherFile('facts/cited-groups.cypher'), { articles: replaced });
    for (const r of cited.records) groups.set(groupKey(r.toObject()), r.toObject());
  }
  if (!groups.size) return { edges: [], stale: [], dropped: [] };
  type Row = Group & { eid: string; props: Record<string, unknown>; outlet: string | null; published: string | null };
  const current = await tx.run<Row>(cypherFile('facts/group-edges.cypher'), {
    groups: [...groups.values()],
    symmetric: SYMMETRIC_EDGE_TYPES,
  });
  const dropped = new Set(replaced);
  const stored = current.records.map((r) => r.toObject()).flatMap((r) => citationsOfEdge(r, r.props, r));
  const kept = stored.filter((c) => !dropped.has(c.article));
  return {
    edges: corroborate([...kept, ...citations]),
    stale: current.records.map((r) => r.get('eid')),
    dropped: stored.filter((c) => dropped.has(c.article)),
  };
}

/** Corridor's data present? Used to seed on first start. */
export async function hasCorridorData(db: GraphDb): Promise<boolean> {
  const r = await db.read<{ n: number }>(cypher`MATCH (a:Article) RETURN count(a) AS n`);
  return (r.records[0]?.get('n') ?? 0) > 0;
}
