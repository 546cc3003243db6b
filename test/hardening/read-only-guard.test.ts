// The guard on its own, no database: plans shaped as Neo4j 5.26 gives them for EXPLAIN
// (operator names with @database, procedure calls with their signature in Details).
import { describe, expect, it } from 'vitest';
import { READ_PROCEDURES, refuseUnlessReadOnly, type PlanNode } from '../../server/services/read-only-guard.ts';

const op = (operatorType: string, children: PlanNode[] = [], details?: string): PlanNode => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const results = (...children: PlanNode[]) => op('ProduceResults@neo4j', children);

describe('refuseUnlessReadOnly', () => {
  it.each([
    ['a plain read', 'r', results(op('Limit@neo4j', [op('AllNodesScan@neo4j')]))],
    ['an allowed procedure', 'r', results(op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)'))],
    [
      'full-text search',
      'r',
      results(op('ProcedureCall@neo4j', [], 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)')),
    ],
  ])('lets %s through', (_name, queryType, plan) => {
    expect(refuseUnlessReadOnly(queryType, plan, 'neo4j')).toBeUndefined();
  });

  it.each([
    ['CREATE', 'w', results(op('EmptyResult@neo4j', [op('Create@neo4j')])), /CREATE\/MERGE/, 'Create'],
    ['MERGE', 'rw', results(op('Merge@neo4j', [op('NodeByLabelScan@neo4j')])), /CREATE\/MERGE/, 'Merge'],
    ['SET', 'w', results(op('SetProperty@neo4j', [op('AllNodesScan@neo4j')])), /SET\/REMOVE/, 'SetProperty'],
    ['REMOVE label', 'w', results(op('RemoveLabels@neo4j')), /SET\/REMOVE/, 'RemoveLabels'],
    ['DETACH DELETE', 'w', results(op('DetachDelete@neo4j')), /DELETE/, 'DetachDelete'],
    ['FOREACH', 'w', results(op('Foreach@neo4j')), /FOREACH/, 'Foreach'],
    [
      'IN TRANSACTIONS, even reading',
      'r',
      results(op('TransactionForeach@neo4j', [op('Unwind@neo4j')])),
      /IN TRANSACTIONS/,
      'TransactionForeach',
    ],
    ['LOAD CSV (a read for Neo4j)', 'r', results(op('LoadCSV@neo4j')), /LOAD CSV/, 'LoadCSV'],
    ['SHOW INDEXES (a read for Neo4j)', 'r', results(op('ShowIndexes@neo4j')), /SHOW/, 'ShowIndexes'],
    ['TERMINATE TRANSACTIONS', 'r', results(op('TerminateTransactions@neo4j')), /TERMINATE/, 'TerminateTransactions'],
    ['CREATE INDEX', 's', op('CreateIndex@neo4j'), /administration/, 'CreateIndex'],
  ])('refuses %s, naming it', (_name, queryType, plan, message, operator) => {
    const refusal = refuseUnlessReadOnly(queryType, plan, 'neo4j');
    expect(refusal?.message).toMatch(message);
    expect(refusal?.operator).toBe(operator);
  });

  it('refuses a write hidden deep in a branch', () => {
    const plan = results(
      op('Union@neo4j', [op('Projection@neo4j'), op('Projection@neo4j', [op('Eager@neo4j', [op('Create@neo4j')])])]),
    );
    expect(refuseUnlessReadOnly('rw', plan, 'neo4j')?.operator).toBe('Create');
  });

  it('refuses procedures off the allow-list, naming the procedure and the allowed ones', () => {
    const refusal = refuseUnlessReadOnly(
      'w',
      results(op('ProcedureCall@neo4j', [], 'db.createLabel($autostring_0) :: ()')),
      'neo4j',
    );
    expect(refusal).toMatchObject({ procedure: 'db.createLabel' });
    expect(refusal?.message).toContain('db.labels');
    // A read-mode procedure not on the list is refused too: the list is what is allowed.
    expect(
      refuseUnlessReadOnly('r', results(op('ProcedureCall@neo4j', [], 'db.info() :: (id :: STRING)')), 'neo4j')
        ?.procedure,
    ).toBe('db.info');
    expect(READ_PROCEDURES.has('db.info')).toBe(false);
  });

  it('refuses plans on another database (USE system, administration commands)', () => {
    expect(refuseUnlessReadOnly('s', op('AdministrationCommand@system'), 'neo4j')?.message).toMatch(/"system"/);
    expect(refuseUnlessReadOnly('r', results(op('AllNodesScan@other')), 'neo4j')?.message).toMatch(/"other"/);
  });

  it('refuses any query type but r even with an innocent-looking plan, and a missing plan', () => {
    expect(refuseUnlessReadOnly('rw', results(op('AllNodesScan@neo4j')), 'neo4j')?.message).toMatch(/reads and writes/);
    expect(refuseUnlessReadOnly('r', false, 'neo4j')?.message).toMatch(/no plan/);
  });
});
