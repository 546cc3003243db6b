// Reads a PROFILE plan: which operators ran and how many db hits each, and whether any of them
// scanned a whole label or the whole store where an index should have served.
import type { ProfiledPlan } from 'neo4j-driver';

export const SCAN_OPERATORS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
];

export interface PlanSummary {
  operators: string[];
  dbHits: number;
  /** Label/store scans, and a planned exhaustive shortest-path fallback. */
  scans: string[];
}

export function summarizePlan(plan: ProfiledPlan): PlanSummary {
  const operators: string[] = [];
  let dbHits = 0;
  const walk = (p: ProfiledPlan) => {
    operators.push(p.operatorType.replace(/@neo4j$/, ''));
    dbHits += Number(p.dbHits ?? 0);
    p.children.forEach(walk);
  };
  walk(plan);
  const scans = operators.filter((o) => SCAN_OPERATORS.includes(o));
  // shortestPath with a predicate it cannot apply while searching gets an exhaustive fallback.
  if (operators.includes('AntiConditionalApply') && operators.some((o) => o.startsWith('VarLengthExpand')))
    scans.push('shortest-path exhaustive fallback');
  return { operators, dbHits, scans };
}
