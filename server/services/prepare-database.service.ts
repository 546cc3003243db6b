// Schema and seed at start, retried in the background until the database answers, so the app can
// listen (and say "degraded" on /api/health) while Neo4j is down or still starting.
import { setTimeout as sleep } from 'node:timers/promises';
import { applySchema } from './schema.service.ts';
import type { DatabaseStatus } from '../db/database-status.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { hasCorridorData, loadFacts } from './facts-load.service.ts';
import { SEED_FACTS_DIR, factsFilesIn, formatSummary } from '../facts/facts-files.ts';
import fs from 'node:fs';

export interface PrepareOptions {
  seedOnStart: boolean;
  log: (line: string) => void;
  retryMs?: number;
  signal?: AbortSignal;
  /** Marked preparing until done, so data routes answer 503 instead of empty results meanwhile. */
  status?: DatabaseStatus;
}

/** Resolves once schema (and seed, when asked) are in place; false if aborted first. */
export async function prepareDatabase(db: GraphDb, opts: PrepareOptions): Promise<boolean> {
  const retryMs = opts.retryMs ?? 2_000;
  if (opts.status) opts.status.preparing = true;
  for (let attempt = 1; !opts.signal?.aborted; attempt++) {
    try {
      await applySchema(db);
      if (opts.seedOnStart && fs.existsSync(SEED_FACTS_DIR) && !(await hasCorridorData(db))) {
        opts.log('Empty database: loading the seed graph…');
        opts.log(formatSummary(await loadFacts(db, factsFilesIn(SEED_FACTS_DIR))));
      }
      if (opts.status) opts.status.preparing = false;
      return true;
    } catch (err) {
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      opts.log(`Database not ready (attempt ${attempt}: ${why}); retrying in ${retryMs} ms`);
      try {
        await sleep(retryMs, undefined, { signal: opts.signal });
      } catch {
        return false;
      }
    }
  }
  return false;
}
