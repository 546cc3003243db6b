// Paths between two nodes: one shortest or all shortest, undirected, bounded in length. By default
// (prefer 'stated') only stated facts are walked: no reference-data link and no country as a hub
// (cypher/api/paths-stated.cypher), so there may be no path; 'any' takes the first shortest found.
import neo4j from 'neo4j-driver';
import { ApiError, notFound } from '../../common/errors.ts';
import type { PathsResponse } from '../../common/wire.ts';
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { ElementCollector, nodeIdOf, relToElement, type Node, type Relationship } from '../db/bolt-mapping.ts';
import type { EdgeType } from '../../common/model.ts';
import type { Path } from 'neo4j-driver';

export interface PathsInput {
  from: string;
  to: string;
  maxHops: number;
  types?: EdgeType[];
  mode: 'shortest' | 'all';
  prefer?: 'stated' | 'any';
}

/** Upper bound on the number of paths `mode=all` returns. */
export const MAX_PATHS = 50;

function pathsFile(mode: PathsInput['mode'], prefer: PathsInput['prefer']): string {
  if (prefer !== 'any') return 'api/paths-stated.cypher';
  return mode === 'all' ? 'api/paths-all.cypher' : 'api/paths-shortest.cypher';
}

export async function findPaths(db: GraphDb, input: PathsInput): Promise<PathsResponse> {
  const { from, to, maxHops, mode } = input;
  if (from === to) {
    throw new ApiError(400, 'invalid_request', 'to: must differ from from (a path needs two ends)', [
      { path: ['to'], message: 'must differ from from' },
    ]);
  }
  const params = {
    from,
    to,
    maxHops: neo4j.int(maxHops),
    types: input.types?.length ? input.types : null,
    cap: neo4j.int(mode === 'all' ? MAX_PATHS : 1),
  };
  const paths = await db.readTx(async (tx) => {
    const ends = (await tx.run<{ fromExists: boolean; toExists: boolean }>(cypherFile('api/path-ends.cypher'), params))
      .records[0];
    if (!ends?.get('fromExists')) throw notFound('node', from);
    if (!ends.get('toExists')) throw notFound('node', to);
    const file = pathsFile(mode, input.prefer);
    return (await tx.run<{ p: Path<number> }>(cypherFile(file), params)).records.map((r) => r.get('p'));
  });

  const collector = new ElementCollector();
  const out: PathsResponse['paths'] = paths.map((p) => {
    collector.add(p);
    const nodes: Node[] = [p.start, ...p.segments.map((s) => s.end)];
    const steps = p.segments.map((s) => {
      const rel = s.relationship as Relationship;
      // The traversal may walk a relationship against its direction; the edge keeps its own.
      const forward = rel.startNodeElementId === s.start.elementId;
      const [source, target] = forward ? [nodeIdOf(s.start), nodeIdOf(s.end)] : [nodeIdOf(s.end), nodeIdOf(s.start)];
      const edge = relToElement(rel, source, target);
      if (!edge) throw new Error(`path through a relationship of unknown type ${rel.type}`);
      return { from: nodeIdOf(s.start), to: nodeIdOf(s.end), edge };
    });
    return { length: p.length, nodeIds: nodes.map(nodeIdOf), steps };
  });
  return { from, to, paths: out, elements: collector.elements() };
}
