// Runs a user's Cypher read-only and bounded: the Cypher console (POST /api/cypher) and the named
// queries both go through runReadOnly.
//
//   1. EXPLAIN in a READ transaction: Neo4j parses and plans the query without running it; the
//      guard refuses anything whose query type is not 'r' or whose plan holds a write, LOAD CSV,
//      an administration command or a procedure off the allow-list.
//   2. The query itself in a READ transaction (Neo4j refuses writes there on its own) with a
//      transaction time limit; records are pulled one by one and the pulling stops at the row
//      cap or at the response-size budget, so a huge result is never materialised.
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { GraphDb, Params } from '../db/graph-db.ts';
import { ElementCollector, toPlain } from '../db/bolt-mapping.ts';
import { ApiError } from '../../common/errors.ts';
import type { CypherResponse } from '../../common/wire.ts';
import { refuseUnlessReadOnly, type PlanNode } from './read-only-guard.ts';

export interface RunLimits {
  timeoutMs: number;
  rowCap: number;
  /** Budget for the JSON of the rows; the graph elements are built from the same values and take at most as much again. */
  maxBytes: number;
}

// The console's input IS Cypher, so prefixing EXPLAIN is the one place text is put in front of a
// query; nothing is ever spliced into it. Neo4j reports syntax-error positions in the prefixed text.
const EXPLAIN = 'EXPLAIN ';

export async function runReadOnly(
  db: GraphDb,
  query: string,
  params: Params,
  limits: RunLimits,
): Promise<CypherResponse> {
  const started = performance.now();
  const boltParams = toBoltParams(params);
  await assertReadOnly(db, query, boltParams, limits.timeoutMs);

  let columns: string[] = [];
  let rows: unknown[][] = [];
  let collector = new ElementCollector();
  let truncatedBy: CypherResponse['truncatedBy'];
  try {
    await db.readTx(
      async (tx) => {
        // executeRead may retry the work after a transient error: start each attempt clean.
        rows = [];
        collector = new ElementCollector();
        truncatedBy = undefined;
        let bytes = 0;
        const result = tx.run(query, boltParams);
        columns = await result.keys();
        for await (const record of result) {
          if (rows.length >= limits.rowCap) {
            truncatedBy = 'rowCap';
            break;
          }
          const row = record.keys.map((k) => toPlain(record.get(k)));
          bytes += JSON.stringify(row).length + 1;
          if (bytes > limits.maxBytes) {
            truncatedBy = 'responseSize';
            break;
          }
          rows.push(row);
          for (const k of record.keys) collector.add(record.get(k));
        }
      },
      { timeoutMs: limits.timeoutMs },
    );
  } catch (err) {
    throw consoleError(err, 0, limits.timeoutMs, performance.now() - started);
  }
  return {
    columns,
    rows,
    elements: collector.elements(),
    truncated: truncatedBy !== undefined,
    ...(truncatedBy && { truncatedBy }),
    rowCap: limits.rowCap,
    elapsedMs: Math.round(performance.now() - started),
  };
}

async function assertReadOnly(db: GraphDb, query: string, params: Params, timeoutMs: number): Promise<void> {
  let summary;
  try {
    summary = (await db.read(EXPLAIN + query, params, { timeoutMs })).summary;
  } catch (err) {
    throw consoleError(err, EXPLAIN.length, timeoutMs);
  }
  const refusal = refuseUnlessReadOnly(
    summary.queryType,
    summary.plan as PlanNode | false,
    summary.database.name ?? undefined,
  );
  if (refusal) {
    const { message, ...details } = refusal;
    throw new ApiError(403, 'read_only', message, details);
  }
}

/**
 * JSON has one number type; Cypher tells integers from floats and LIMIT, SKIP, range() and list
 * indexes want integers. A whole number in the request's params is therefore sent as an integer.
 */
export function toBoltParams(value: Params): Params {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    // Plain maps only: driver values (Integer, temporal) a caller already built pass through.
    if (v && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return convert(value) as Params;
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * Neo4j's error as the API answers it: the Neo4j code, its message, and for syntax errors the
 * line/column/offset in the user's text. `prefixLength` is what was put in front of the query.
 */
export function consoleError(err: unknown, prefixLength: number, timeoutMs: number, elapsedMs?: number): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (TIMEOUT_CODES.has(err.code)) {
    // Not 408 Request Timeout: a browser sends a request again on that answer (Chromium does on a
    // kept-alive connection), so each slow query ran twice and the console waited 10 s for a 5 s
    // limit (walk 28, 5; walk 29, 7). The query was understood and cannot be run within the limit.
    return new ApiError(422, 'query_timeout', timeoutText(timeoutMs, elapsedMs), {
      neo4jCode: err.code,
      timeoutMs,
      ...(elapsedMs !== undefined && { elapsedMs: Math.round(elapsedMs) }),
    });
  }
  if (err.code === 'Neo.ClientError.Statement.AccessMode') {
    return new ApiError(403, 'read_only', 'The console is read-only: Neo4j refused a write in this read transaction.', {
      neo4jCode: err.code,
    });
  }
  if (!err.code.startsWith('Neo.ClientError.')) return err;
  // Neo4j appends the offending text with a caret (showing our prefix): keep the first line only.
  const firstLine = err.message.split('\n')[0] ?? err.message;
  const position = positionIn(firstLine, prefixLength);
  const message = firstLine.replace(POSITION, '').trim();
  const syntax = err.code === 'Neo.ClientError.Statement.SyntaxError';
  return new ApiError(
    syntax ? 400 : 422,
    syntax ? 'cypher_syntax_error' : 'cypher_error',
    position ? `${message} (line ${position.line}, column ${position.column})` : message,
    { neo4jCode: err.code, ...(position && { position }) },
  );
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * The time limit, and when the query was stopped where that was well past it: a busy server stops a
 * query late, and "did not finish within 5000 ms" after 11 s of "Running…" read as false (walk 28, 5).
 */
function timeoutText(timeoutMs: number, elapsedMs?: number): string {
  const late = elapsedMs !== undefined && elapsedMs > timeoutMs + 1000;
  return late
    ? `The query ran past the time limit of ${seconds(timeoutMs)} and was stopped after ${seconds(elapsedMs)} (the database was busy and stopped it late).`
    : `The query ran past the time limit of ${seconds(timeoutMs)} and was stopped.`;
}

function positionIn(
  message: string,
  prefixLength: number,
): { line: number; column: number; offset: number } | undefined {
  const m = POSITION.exec(message);
  if (!m) return undefined;
  const line = Number(m[1]);
  const column = Number(m[2]) - (line === 1 ? prefixLength : 0);
  const offset = Number(m[3]) - prefixLength;
  // Whole-query errors ("expected exactly one statement") report line 0: no useful position.
  if (line < 1 || column < 1 || offset < 0) return undefined;
  return { line, column, offset };
}
