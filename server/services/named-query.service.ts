// The named queries of cypher/queries/: listed with their metadata, run read-only with the
// configured time limit and row cap.
import fs from 'node:fs';
import path from 'node:path';
import { notFound } from '../../common/errors.ts';
import type { CypherResponse, NamedQuery } from '../../common/wire.ts';
import { CYPHER_DIR } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { runReadOnly, type RunLimits } from './cypher-console.service.ts';
import { bindParams, parseNamedQuery } from './named-query-file.ts';

export const NAMED_QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

let cache: Map<string, NamedQuery> | undefined;

/** All named queries, read and checked once; a malformed file fails loudly with file:line. */
export function namedQueries(): Map<string, NamedQuery> {
  if (cache) return cache;
  const found = new Map<string, NamedQuery>();
  for (const file of fs
    .readdirSync(NAMED_QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    const name = file.replace(/\.cypher$/, '');
    found.set(
      name,
      parseNamedQuery(
        name,
        fs.readFileSync(path.join(NAMED_QUERIES_DIR, file), 'utf8'),
        path.join('cypher', 'queries', file),
      ),
    );
  }
  cache = found;
  return found;
}

/** Named queries go through the console's runner: EXPLAIN-checked read-only, time limit, row and size caps. */
export async function runNamedQuery(
  db: GraphDb,
  name: string,
  values: Record<string, unknown>,
  limits: RunLimits,
): Promise<CypherResponse> {
  const query = namedQueries().get(name);
  if (!query) throw notFound('named query', name);
  return runReadOnly(db, query.cypher, bindParams(query, values), limits);
}
