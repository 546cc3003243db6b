// A throw-away Neo4j for one benchmark run: the project's embedded 5.26 on a free port, in a temp
// folder removed afterwards, with the app's schema applied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../server/db/connect.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded-neo4j.ts';
import { GraphDb } from '../../server/db/graph-db.ts';

export interface BenchDb {
  db: GraphDb;
  embedded: EmbeddedNeo4j;
  stop(): Promise<void>;
}

export async function startBenchDb(opts: { heapMb?: number; pagecacheMb?: number; timeoutMs?: number } = {}): Promise<BenchDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-bench-neo4j-'));
  const embedded = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: opts.heapMb, pagecacheMb: opts.pagecacheMb, log: (l) => console.error(`[neo4j] ${l}`) });
  const db = new GraphDb({ uri: embedded.uri, user: embedded.user, password: embedded.password, timeoutMs: opts.timeoutMs ?? 300_000, embedded: true });
  await applySchema(db);
  return {
    db,
    embedded,
    async stop() {
      await db.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
