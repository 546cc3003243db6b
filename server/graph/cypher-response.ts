// A Cypher result in the shape the console and the named queries answer with (CypherResponse):
// the table (plain JSON cells), the graph part of it, and whether the row cap cut it.
import type { Record as DriverRecord } from 'neo4j-driver';
import type { CypherResponse } from '../api/wire.ts';
import { collectElements, toPlain } from './bolt-mapping.ts';

/** `records` may hold one more row than `rowCap`: that is how truncation is seen. */
export function toCypherResponse(keys: readonly PropertyKey[], records: readonly DriverRecord[], rowCap: number, elapsedMs: number): CypherResponse {
  const kept = records.slice(0, rowCap);
  const columns = keys.map(String);
  return {
    columns,
    rows: kept.map((r) => columns.map((c) => toPlain(r.get(c)))),
    elements: collectElements(kept),
    truncated: records.length > rowCap,
    rowCap,
    elapsedMs: Math.round(elapsedMs * 10) / 10,
  };
}
