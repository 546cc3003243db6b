// The named queries of cypher/queries/: listed with their metadata, run read-only with the
// configured time limit and row cap.
import fs from 'node:fs';
import path from 'node:path';
import type { Record as DriverRecord } from 'neo4j-driver';
import { notFound } from '../api/errors.ts';
import type { CypherResponse, NamedQuery } from '../api/wire.ts';
import { CYPHER_DIR } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toCypherResponse } from '../graph/cypher-response.ts';
import { bindParams, parseNamedQuery } from '../queries/named-query-file.ts';

export const NAMED_QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

let cache: Map<string, NamedQuery> | undefined;

/** All named queries, read and checked once; a malformed file fails loudly with file:line. */
export function namedQueries(): Map<string, NamedQuery> {
  if (cache) return cache;
  const found = new Map<string, NamedQuery>();
  for (const file of fs.readdirSync(NAMED_QUERIES_DIR).filter((f) => f.endsWith('.cypher')).sort()) {
    const name = file.replace(/\.cypher$/, '');
    found.set(name, parseNamedQuery(name, fs.readFileSync(path.join(NAMED_QUERIES_DIR, file), 'utf8'), path.join('cypher', 'queries', file)));
  }
  cache = found;
  return found;
}

export interface RunLimits {
  timeoutMs: number;
  rowCap: number;
}

export async function runNamedQuery(db: GraphDb, name: string, values: Record<string, unknown>, limits: RunLimits): Promise<CypherResponse> {
  const query = namedQueries().get(name);
  if (!query) throw notFound('named query', name);
  const params = bindParams(query, values);
  const started = performance.now();
  // Read mode: a query that tried to write would fail with Neo.ClientError.Statement.AccessMode.
  const { keys, records } = await db.readTx(
    async (tx) => {
      const result = tx.run(query.cypher, params);
      const rows: DriverRecord[] = [];
      let keys: PropertyKey[] = [];
      // Keep cap + 1 rows: enough to know it was truncated; the rest streams past unheld.
      await new Promise<void>((resolve, reject) => {
        result.subscribe({
          onKeys: (k) => (keys = k),
          onNext: (r) => {
            if (rows.length <= limits.rowCap) rows.push(r);
          },
          onCompleted: () => resolve(),
          onError: reject,
        });
      });
      return { keys, records: rows };
    },
    { timeoutMs: limits.timeoutMs },
  );
  return toCypherResponse(keys, records, limits.rowCap, performance.now() - started);
}
