// Which drafted entities are already nodes: the node with the same id, and the best full-text
// hits on names and aliases. Deciding which hit is the same entity is the ingest linker's job.
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  lat?: number | null;
  lon?: number | null;
}

export interface MatchCandidate {
  /** Echoed back to pair each answer with its question. */
  key: string;
  id: string;
  /** A Lucene query over folded names, escaped by the caller. */
  query: string;
}

export interface EntityMatch {
  key: string;
  same: GraphNode | null;
  hits: GraphNode[];
}

export async function matchEntities(db: GraphDb, candidates: MatchCandidate[]): Promise<EntityMatch[]> {
  if (!candidates.length) return [];
  const r = await db.read<{ key: string; same: GraphNode | null; hits: GraphNode[] }>(
    cypherFile('ingest/match-entities.cypher'),
    {
      candidates,
    },
  );
  return r.records.map((rec) => ({ key: rec.get('key'), same: rec.get('same'), hits: rec.get('hits') }));
}
