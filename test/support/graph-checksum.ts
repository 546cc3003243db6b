// A fingerprint of everything in the database: every node's labels and properties and every
// relationship's type, ends and properties, hashed in a stable order. Equal before and after
// means nothing at all was written.
import { createHash } from 'node:crypto';
import type { GraphDb } from '../../server/db/graph-db.ts';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  hash: string;
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

export async function graphChecksum(db: GraphDb): Promise<GraphChecksum> {
  const nodes = await db.read('MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props');
  const rels = await db.read(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b, properties(r) AS props',
  );
  const nodeLines = nodes.records.map((r) => stable({ l: [...r.get('labels')].sort(), p: r.get('props') })).sort();
  const relLines = rels.records
    .map((r) => stable({ t: r.get('type'), a: r.get('a'), b: r.get('b'), p: r.get('props') }))
    .sort();
  const hash = createHash('sha256')
    .update(nodeLines.join('\n'))
    .update('\n--\n')
    .update(relLines.join('\n'))
    .digest('hex');
  return { nodes: nodes.records.length, relationships: rels.records.length, hash };
}
