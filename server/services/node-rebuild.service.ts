// Nodes as the facts files give them. A load merges one file into nodes other files already
// shaped, and cannot know which of them was first; where every file is known (approving a review:
// the seeds and the facts folder), the nodes the new file names are set from all of them instead,
// so approving one article at a time and rebuilding from the folder give the same graph.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { entityRows } from '../facts/build-graph.ts';
import type { ReadFacts } from '../facts/read-facts.ts';

/** Work for the load's transaction: the nodes `file` declares, set from `file` and `others`. */
export function nodesFromAllFiles(file: ReadFacts, others: ReadFacts[]): (tx: ManagedTransaction) => Promise<void> {
  const named = new Set(file.facts.entities.map((e) => e.id));
  const rows = entityRows([...others, file]).filter((row) => named.has(row.id));
  return async (tx) => {
    await tx.run(cypherFile('review/rebuild-nodes.cypher'), { rows });
  };
}
