// What an integration test needs: a GraphDb on the run's Neo4j, and the seed graph loaded.
import { inject } from 'vitest';
import { GraphDb } from '../../server/db/graph-db.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { SEED_FACTS_DIR, factsFilesIn } from '../../server/facts/facts-files.ts';

export function testDb(timeoutMs = 30_000): GraphDb {
  const n = inject('neo4j');
  return new GraphDb({ uri: n.uri, user: n.user, password: n.password, timeoutMs, embedded: false });
}

/** Resets Corridor's data and loads the five seed articles: a known state for a test file. */
export async function loadSeedGraph(db: GraphDb) {
  return loadFacts(db, factsFilesIn(SEED_FACTS_DIR), { reset: true });
}
