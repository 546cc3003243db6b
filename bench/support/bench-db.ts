// A throw-away Neo4j for one benchmark run: the project's embedded 5.26 on a free port, in a temp
// folder removed afterwards, with the app's schema applied (and the seed graph, when asked).
import { startThrowawayNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded-neo4j.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { factsFilesIn, SEED_FACTS_DIR, type LoadSummary } from '../../server/facts/facts-files.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { applySchema } from '../../server/services/schema.service.ts';

export interface BenchDb {
  db: GraphDb;
  embedded: EmbeddedNeo4j;
  stop(): Promise<void>;
}

export interface BenchDbOptions {
  heapMb?: number;
  pagecacheMb?: number;
  timeoutMs?: number;
  /** Neo4j's own log lines; to stderr unless given. */
  log?: (line: string) => void;
}

export async function startBenchDb(opts: BenchDbOptions = {}): Promise<BenchDb> {
  const embedded = await startThrowawayNeo4j({
    folderPrefix: 'corridor-bench-neo4j-',
    heapMb: opts.heapMb,
    pagecacheMb: opts.pagecacheMb,
    log: opts.log ?? ((l) => console.error(`[neo4j] ${l}`)),
  });
  const db = GraphDb.forEmbedded(embedded, opts.timeoutMs ?? 300_000);
  await applySchema(db);
  return {
    db,
    embedded,
    async stop() {
      await db.close();
      await embedded.stop();
    },
  };
}

/** Empties Corridor's data and loads the five seed articles' facts. */
export function loadSeedGraph(db: GraphDb): Promise<LoadSummary> {
  return loadFacts(db, factsFilesIn(SEED_FACTS_DIR), { reset: true });
}
