// Loads a synthetic graph fast: batched UNWIND … CREATE per node kind and per edge type, one write
// transaction per batch, the next batch generated while Neo4j writes the previous one.
//
// FRESH GRAPH ONLY: CREATE does not look for existing nodes or relationships (that is what makes it
// fast), so loading the same synthetic graph twice would duplicate it. `loadSyntheticGraph` refuses
// to start when any synthetic node is already present. The naive baseline (`naiveLoadEdges`) is
// the idempotent MERGE-per-edge way, kept for comparison.
import { benchCypher } from '../support/bench-cypher.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../common/model.ts';
import type { ArticleRow, EdgeRow, NodeRow } from '../../server/facts/build-graph.ts';
import { SYNTHETIC_ID_PREFIX, type SyntheticGraph } from './synthetic-graph.ts';

export interface BulkLoadOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** Called after each batch with the number of rows of that stream written so far. */
  onProgress?: (stage: 'articles' | 'nodes' | 'edges', done: number) => void;
  timeoutMs?: number;
  /**
   * Write transactions in flight at once (default 2). Two writers keep both cores busy while Node
   * fills the next batch; a deadlock between them on a shared hub node is a transient error that
   * executeWrite retries.
   */
  concurrency?: number;
}

export interface BulkLoadResult {
  articles: number;
  nodes: number;
  edges: number;
  /** Milliseconds spent on each stage. */
  ms: { articles: number; nodes: number; edges: number };
}

export class AlreadyLoadedError extends Error {}

/** Loads articles, nodes, then edges; refuses when a synthetic graph is already in the database. */
export async function loadSyntheticGraph(
  db: GraphDb,
  graph: Pick<SyntheticGraph, 'articles' | 'nodes' | 'edges'>,
  opts: BulkLoadOptions = {},
  edges: Iterable<EdgeRow> = graph.edges(),
): Promise<BulkLoadResult> {
  await assertNoSyntheticGraph(db);
  let t = performance.now();
  const articles = await bulkLoadArticles(db, graph.articles(), opts);
  const articlesMs = performance.now() - t;
  t = performance.now();
  const { written: nodes, refs } = await bulkLoadNodes(db, graph.nodes(), opts);
  const nodesMs = performance.now() - t;
  t = performance.now();
  const edgeCount = await bulkLoadEdges(db, edges, refs, opts);
  return {
    articles,
    nodes,
    edges: edgeCount,
    ms: { articles: articlesMs, nodes: nodesMs, edges: performance.now() - t },
  };
}

export async function assertNoSyntheticGraph(db: GraphDb): Promise<void> {
  const r = await db.read<{ id: string }>(benchCypher('synthetic-present.cypher'), { prefix: SYNTHETIC_ID_PREFIX });
  const found = r.records[0]?.get('id');
  if (found) {
    throw new AlreadyLoadedError(
      `a synthetic graph is already loaded (node "${found}" exists); the bulk loader writes with CREATE and only loads into a graph without one`,
    );
  }
}

export async function bulkLoadArticles(
  db: GraphDb,
  rows: Iterable<ArticleRow>,
  opts: BulkLoadOptions = {},
): Promise<number> {
  let written = 0;
  for (const batch of batches(rows, opts.batchSize ?? 10_000)) {
    const r = await db.write<{ written: number }>(
      benchCypher('create-articles.cypher'),
      { rows: batch },
      { timeoutMs: opts.timeoutMs },
    );
    written += r.records[0]!.get('written');
    opts.onProgress?.('articles', written);
  }
  return written;
}

/** Writes nodes kind by kind; returns how many, and each id's element id for the edge batches. */
export async function bulkLoadNodes(
  db: GraphDb,
  rows: Iterable<NodeRow>,
  opts: BulkLoadOptions = {},
): Promise<{ written: number; refs: Map<string, string> }> {
  const refs = new Map<string, string>();
  let written = 0;
  const flush = async (kind: NodeKind, batch: NodeRow[]) => {
    const r = await db.write<{ id: string; ref: string }>(
      benchCypher('create-nodes.cypher'),
      { kind: checkedKind(kind), rows: batch.map(({ id, props }) => ({ id, props })) },
      { timeoutMs: opts.timeoutMs },
    );
    for (const rec of r.records) refs.set(rec.get('id'), rec.get('ref'));
    written += r.records.length;
    opts.onProgress?.('nodes', written);
  };
  await forEachTypedBatch(rows, (r) => r.kind, opts.batchSize ?? 10_000, opts.concurrency ?? 2, flush);
  return { written, refs };
}

/**
 * Writes edges type by type. With `refs` (id → element id from bulkLoadNodes) the ends are found
 * by element id; without, through the :Entity id index. Throws if a batch writes fewer
 * relationships than it had rows (an end was missing).
 */
export async function bulkLoadEdges(
  db: GraphDb,
  rows: Iterable<EdgeRow>,
  refs?: Map<string, string>,
  opts: BulkLoadOptions = {},
): Promise<number> {
  const query = benchCypher(refs ? 'create-edges.cypher' : 'create-edges-by-id.cypher');
  const end = (id: string) => {
    if (!refs) return id;
    const ref = refs.get(id);
    if (ref === undefined) throw new Error(`bulk load: edge end "${id}" is not a node loaded in this run`);
    return ref;
  };
  let written = 0;
  const flush = async (type: EdgeType, batch: EdgeRow[]) => {
    const params = {
      type: checkedType(type),
      rows: batch.map((e) => ({ from: end(e.from), to: end(e.to), props: e.props })),
    };
    const r = await db.write<{ written: number }>(query, params, { timeoutMs: opts.timeoutMs });
    const n = r.records[0]!.get('written');
    if (n !== batch.length) {
      throw new Error(
        `bulk load: a batch of ${batch.length} ${type} edges wrote ${n}; some ends are missing (first edge ${batch[0]!.id})`,
      );
    }
    written += n;
    opts.onProgress?.('edges', written);
  };
  await forEachTypedBatch(rows, (r) => r.type, opts.batchSize ?? 10_000, opts.concurrency ?? 2, flush);
  return written;
}

/** The baseline: one edge per write transaction, MERGE on its id (idempotent, and slow). */
export async function naiveLoadEdges(
  db: GraphDb,
  rows: Iterable<EdgeRow>,
  opts: BulkLoadOptions = {},
): Promise<number> {
  let written = 0;
  for (const e of rows) {
    const r = await db.write<{ written: number }>(
      benchCypher('merge-edge-naive.cypher'),
      { type: checkedType(e.type), from: e.from, to: e.to, id: e.id, props: e.props },
      { timeoutMs: opts.timeoutMs },
    );
    written += r.records[0]?.get('written') ?? 0;
    opts.onProgress?.('edges', written);
  }
  return written;
}

function checkedKind(kind: string): NodeKind {
  if (!(NODE_KINDS as readonly string[]).includes(kind))
    throw new Error(`bulk load: "${kind}" is not a node kind (${NODE_KINDS.join(', ')})`);
  return kind as NodeKind;
}
function checkedType(type: string): EdgeType {
  if (!(EDGE_TYPES as readonly string[]).includes(type))
    throw new Error(`bulk load: "${type}" is not an edge type (${EDGE_TYPES.join(', ')})`);
  return type as EdgeType;
}

function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Groups a stream into single-key batches (one label or type per transaction) and writes them with
 * up to `concurrency` writes in flight, filling the next batch from the stream meanwhile.
 */
async function forEachTypedBatch<T, K extends string>(
  rows: Iterable<T>,
  keyOf: (row: T) => K,
  size: number,
  concurrency: number,
  write: (key: K, batch: T[]) => Promise<void>,
): Promise<void> {
  const buffers = new Map<K, T[]>();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const submit = async (key: K, batch: T[]) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) throw failure;
    const p: Promise<void> = write(key, batch).then(
      () => void inFlight.delete(p),
      (err) => {
        inFlight.delete(p);
        failure ??= err;
      },
    );
    inFlight.add(p);
  };
  for (const row of rows) {
    const key = keyOf(row);
    let buf = buffers.get(key);
    if (!buf) buffers.set(key, (buf = []));
    buf.push(row);
    if (buf.length >= size) {
      buffers.set(key, []);
      await submit(key, buf);
    }
  }
  for (const [key, buf] of buffers) if (buf.length) await submit(key, buf);
  await Promise.all(inFlight);
  if (failure) throw failure;
}
