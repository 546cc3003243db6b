// Decides from Neo4j's own EXPLAIN whether a console query may run. Pure: it reads the query type
// and the plan tree the server produced, never the query text, so comments, odd unicode, string
// tricks and aliases cannot hide a write: whatever the text looks like, the planner has to show
// the write as an operator and count it in the query type.
//
// This is the first of two locks. The second is the READ access mode the query then runs in,
// which Neo4j enforces itself (a write fails with Neo.ClientError.Statement.AccessMode).

/** The part of a driver `ResultSummary.plan` the guard reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export interface Refusal {
  /** What the user is told: names the clause or procedure that was refused. */
  message: string;
  queryType: string;
  operator?: string;
  procedure?: string;
}

/**
 * Procedures that only read and are useful in a console. Everything else is refused, including
 * read-mode ones not listed here (dbms.*, tx.setMetaData, db.clearQueryCaches…), because the
 * set of procedures changes between Neo4j versions and plugins.
 */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.ping',
]);

/** Operator families that change data or schema, read files, or administer; with what to tell the user. */
const REFUSED_OPERATORS: readonly [RegExp, string][] = [
  [/^(Create|Drop)\w*(Index|Constraint)/, 'schema commands (CREATE/DROP INDEX, CONSTRAINT) are administration'],
  [/^LoadCSV$/, 'LOAD CSV reads files and URLs'],
  [/^Transaction(Foreach|Apply)$/, 'CALL { … } IN TRANSACTIONS commits on its own'],
  [/^(Create|Merge|LockNodes)/, 'CREATE/MERGE write to the graph'],
  [/^(Delete|DetachDelete)/, 'DELETE writes to the graph'],
  [/^(Set|Remove)/, 'SET/REMOVE write to the graph'],
  [/^Foreach$/, 'FOREACH runs write clauses'],
  [/^SubqueryForeach$/, 'a CALL { … } subquery without RETURN exists only to write'],
  [
    /^(Show|Terminate)/,
    'SHOW/TERMINATE commands (users, indexes, constraints, databases, transactions, settings) are administration',
  ],
  [
    /^(AdministrationCommand|Drop|Alter|Grant|Deny|Revoke|Rename|Enable|Start|Stop|Assert|DoNothingIfExists|EnsureNodeExists|EnsureValidNumberOfElements)/,
    'administration commands are not allowed',
  ],
];

const QUERY_TYPE_MEANING: Record<string, string> = {
  w: 'it writes to the graph',
  rw: 'it reads and writes',
  s: 'it changes the schema or administers the database',
};

/** "ProduceResults@neo4j" -> ["ProduceResults", "neo4j"]. */
function splitOperator(operatorType: string): [string, string | undefined] {
  const at = operatorType.lastIndexOf('@');
  return at < 0 ? [operatorType, undefined] : [operatorType.slice(0, at), operatorType.slice(at + 1)];
}

/** "db.labels() :: (label :: STRING)" -> "db.labels". */
function procedureName(plan: PlanNode): string {
  const details = plan.arguments?.Details ?? plan.arguments?.details;
  const text = typeof details === 'string' ? details : '';
  return text.split('(')[0]!.trim();
}

function* walk(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* walk(child);
}

/**
 * Returns why the query must not run, or undefined when it may.
 * `database` is the database the console runs on: an operator planned for any other one means a
 * `USE` clause tried to leave it (e.g. `USE system`).
 */
export function refuseUnlessReadOnly(
  queryType: string,
  plan: PlanNode | false | undefined,
  database?: string,
): Refusal | undefined {
  if (!plan)
    return {
      message:
        'Neo4j gave no plan for this query, so it cannot be checked; the console only runs queries it can check.',
      queryType,
    };
  for (const node of walk(plan)) {
    const [operator, onDatabase] = splitOperator(node.operatorType);
    if (onDatabase === 'system' || (database && onDatabase && onDatabase !== database)) {
      return {
        message: `The console runs on its own database only; this query is planned on "${onDatabase}" (a USE clause or an administration command).`,
        queryType,
        operator,
      };
    }
    if (operator === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (!READ_PROCEDURES.has(procedure)) {
        return {
          message: `Procedure ${procedure || '(unknown)'} is not allowed in the read-only console; allowed: ${[...READ_PROCEDURES].join(', ')}.`,
          queryType,
          operator,
          procedure,
        };
      }
      continue;
    }
    for (const [pattern, why] of REFUSED_OPERATORS) {
      if (pattern.test(operator))
        return { message: `The console is read-only: ${why} (plan operator ${operator}).`, queryType, operator };
    }
  }
  if (queryType !== 'r') {
    const meaning = QUERY_TYPE_MEANING[queryType] ?? `its query type is "${queryType}"`;
    return { message: `The console is read-only and Neo4j says this query is not: ${meaning}.`, queryType };
  }
  return undefined;
}
