// One node: its details with every citation, and its filtered, capped neighbourhood.
import neo4j from 'neo4j-driver';
import { notFound } from '../../common/errors.ts';
import type { NeighborsResponse, NodeDetailResponse } from '../../common/wire.ts';
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import {
  ElementCollector,
  nodeIdOf,
  nodeToElement,
  relToElement,
  type Node,
  type Relationship,
} from '../db/bolt-mapping.ts';
import { filterParams, type GraphFilters } from './graph-filters.ts';

interface DetailRow {
  n: Node;
  degree: number;
  rels: { rel: Relationship; other: Node; out: boolean }[];
  articles: NodeDetailResponse['articles'];
}

export async function nodeDetail(db: GraphDb, id: string): Promise<NodeDetailResponse> {
  const result = await db.read<DetailRow>(cypherFile('api/node-detail.cypher'), { id });
  const row = result.records[0];
  if (!row) throw notFound('node', id);
  const n = row.get('n');
  const node = nodeToElement(n);
  if (!node) throw notFound('node', id);
  const edges: NodeDetailResponse['edges'] = [];
  for (const { rel, other, out } of row.get('rels')) {
    const otherEl = nodeToElement(other);
    const [source, target] = out ? [id, nodeIdOf(other)] : [nodeIdOf(other), id];
    const edge = relToElement(rel, source, target);
    if (otherEl && edge) edges.push({ edge, other: otherEl, direction: out ? 'out' : 'in' });
  }
  return { node: { data: { ...node.data, degree: row.get('degree') } }, edges, articles: row.get('articles') };
}

interface NeighborsRow {
  c: Node;
  degree: number;
  kept: { node: Node; rels: Relationship[]; degree: number }[];
  omittedTotal: number;
  omittedByType: { type: string; count: number }[];
}

export async function neighbors(
  db: GraphDb,
  id: string,
  filters: GraphFilters & { limit: number },
): Promise<NeighborsResponse> {
  const result = await db.read<NeighborsRow>(cypherFile('api/neighbors.cypher'), {
    id,
    ...filterParams(filters),
    limit: neo4j.int(filters.limit),
  });
  const row = result.records[0];
  if (!row) throw notFound('node', id);
  const degrees = new Map<string, number>([[id, row.get('degree')]]);
  const collector = new ElementCollector().add(row.get('c'));
  for (const k of row.get('kept')) {
    collector.add(k.node).add(k.rels);
    degrees.set(nodeIdOf(k.node), k.degree);
  }
  const elements = collector.elements();
  for (const n of elements.nodes) n.data.degree = degrees.get(n.data.id);

  const byType = Object.fromEntries(row.get('omittedByType').map(({ type, count }) => [type, count]));
  return { center: id, elements, omitted: { total: row.get('omittedTotal'), byType } };
}
