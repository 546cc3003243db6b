// Retracting an article, in one transaction: its citations leave every fact it stated (a fact no
// other article states goes; one that others state stays, with their citations), its Article node
// goes, and each entity it named is rebuilt from the facts files that remain (or goes, when nothing
// names or links it any more), so the graph is the one the remaining files would load.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../db/graph-db.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { entityRows, type NodeRow } from '../facts/build-graph.ts';
import { groupKey } from '../facts/corroborate.ts';
import type { ReadFacts } from '../facts/read-facts.ts';
import { recorroborate, writeEdges } from './facts-load.service.ts';

export interface Retraction {
  /** Facts ("TYPE from to") the article stated that left the graph with it. */
  removed: string[];
  /** Facts it stated that other articles state too: they stay. */
  kept: string[];
}

export async function retractArticle(db: GraphDb, id: string, remainingFiles: ReadFacts[]): Promise<Retraction> {
  const inTx = retraction(id, remainingFiles);
  return db.writeTx(inTx, { timeoutMs: 120_000 });
}

/** The retraction as work for a transaction (approving an article again runs it before the load). */
export function retraction(id: string, remainingFiles: ReadFacts[]): (tx: ManagedTransaction) => Promise<Retraction> {
  const fromFiles = new Map(entityRows(remainingFiles).map((n) => [n.id, n]));
  return async (tx) => {
    const { edges, stale, dropped } = await recorroborate(tx, [], [id]);
    await writeEdges(tx, edges, stale);
    const left = new Set(edges.map(groupKey));
    const label = (c: (typeof dropped)[number]) => `${c.type} ${c.from} ${c.to}`;
    const removed = [...new Set(dropped.filter((c) => !left.has(groupKey(c))).map(label))].sort();
    const kept = [...new Set(dropped.filter((c) => left.has(groupKey(c))).map(label))].sort();

    type Row = { id: string; articles: string[]; linked: boolean };
    const named = (await tx.run<Row>(cypherFile('review/article-nodes.cypher'), { id })).records.map((r) =>
      r.toObject(),
    );
    await tx.run(cypherFile('review/retract-nodes.cypher'), { id, ...nodePlan(named, id, fromFiles) });
    return { removed, kept };
  };
}

/**
 * For each entity that named the article: drop it when nothing else names or links it; rebuild it
 * from the remaining files when they account for every article still naming it; otherwise (it was
 * loaded from files outside the known folders) only take the article off its list.
 */
function nodePlan(
  named: { id: string; articles: string[]; linked: boolean }[],
  article: string,
  fromFiles: ReadonlyMap<string, NodeRow>,
) {
  const drop: string[] = [];
  const rebuilt: NodeRow[] = [];
  const trim: string[] = [];
  for (const n of named) {
    const remaining = n.articles.filter((a) => a !== article).sort();
    const row = fromFiles.get(n.id);
    if (!remaining.length && !n.linked) drop.push(n.id);
    else if (row && JSON.stringify(row.props.articles) === JSON.stringify(remaining)) rebuilt.push(row);
    else trim.push(n.id);
  }
  return { drop, rebuilt, trim };
}
