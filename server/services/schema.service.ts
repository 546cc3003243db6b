// The app's schema (constraints, indexes, the folding full-text index), applied at every start.
import { cypher, cypherFile, splitStatements } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';

/** Long enough for the full-text index to populate on a large store. */
const AWAIT_INDEXES_MS = 130_000;

/** Applies cypher/schema.cypher (idempotent) and waits for the indexes to come online. */
export async function applySchema(db: GraphDb): Promise<void> {
  // A schema command may not share a transaction with other work, so each runs in its own
  // write transaction (routed to the leader on a cluster).
  for (const statement of splitStatements(cypherFile('schema.cypher'))) await db.write(statement);
  await db.read(cypher`CALL db.awaitIndexes(120)`, {}, { timeoutMs: AWAIT_INDEXES_MS });
}
