// Loads a synthetic graph into a NEW store with Neo4j's offline importer (`neo4j-admin database
// import full`, run from the launcher's classpath): the generator is streamed into CSV files (one
// per node kind, one for articles, one per relationship type), the importer builds the store
// without transactions, then the embedded Neo4j starts on it and the app's schema (constraints,
// indexes, full-text) is built over the imported data.
//
// FRESH GRAPH ONLY: the importer writes a whole database and refuses to run into an existing one
// unless told to overwrite it; `importSyntheticGraph` only runs into a data folder that has no store.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchCypher } from '../support/bench-cypher.ts';
import { applySchema } from '../../server/services/schema.service.ts';
import {
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  ensureLauncherBuilt,
  launcherClasspath,
} from '../../server/db/embedded-neo4j.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../common/model.ts';
import type { SyntheticGraph } from './synthetic-graph.ts';
import { ownCpuS, processCpuS, reapedChildrenCpuS } from '../support/cpu-meter.ts';

/** Separates the items of a list property in a CSV field (the importer's --array-delimiter). */
const ARRAY_DELIMITER = ';';
/** Rows read before a file's columns and their types are fixed. */
const SAMPLE_ROWS = 5_000;

export interface CsvFiles {
  /** `--nodes=` / `--relationships=` arguments for the importer. */
  args: string[];
  rows: { articles: number; nodes: number; edges: number };
  multiline: boolean;
  /** Entity list properties that are empty on some node: set after the import (see imported-empty-aliases.cypher). */
  emptyEntityLists: string[];
}

export interface OfflineImportResult {
  embedded: EmbeddedNeo4j;
  db: GraphDb;
  rows: CsvFiles['rows'];
  /** Milliseconds per step: CSV writing, the importer, starting Neo4j on the store, schema + index population. */
  ms: { csv: number; import: number; start: number; schema: number };
  /** CPU-seconds per step (Node for the CSV, the importer's JVM, the launcher's JVM for start and schema). */
  cpuS: { csv: number; import: number; start: number; schema: number };
}

type ColumnType = 'string' | 'double' | 'boolean' | 'string[]';
interface Column {
  key: string;
  type: ColumnType;
}

/**
 * One CSV file with a header row. The columns and their types are taken from the first rows
 * (properties are consistent within a kind or type in the generator); a later row with a property
 * or a value type the header does not have is an error, never a silently dropped value.
 */
class TypedCsvFile {
  private columns: Column[] | undefined;
  private sample: { ids: string[]; props: Record<string, unknown> }[] = [];
  private chunk: string[] = [];
  private fd: number;
  rows = 0;
  multiline = false;
  /** List columns that had an empty list in some row (the importer cannot write one from CSV). */
  emptyLists = new Set<string>();

  constructor(
    readonly file: string,
    /** Leading columns the importer reads as ids (e.g. `id:ID(Entity)`), one value per row. */
    private readonly idHeaders: string[],
    private readonly idKeys: string[],
  ) {
    this.fd = fs.openSync(file, 'w');
  }

  add(ids: string[], props: Record<string, unknown>): void {
    this.rows++;
    if (!this.columns) {
      this.sample.push({ ids, props });
      if (this.sample.length >= SAMPLE_ROWS) this.fixColumns();
      return;
    }
    this.writeRow(ids, props);
  }

  close(): void {
    if (!this.columns) this.fixColumns();
    this.flush();
    fs.closeSync(this.fd);
  }

  private fixColumns(): void {
    const types = new Map<string, ColumnType>();
    for (const { props } of this.sample) {
      for (const [key, value] of Object.entries(props)) {
        if (this.idKeys.includes(key) || value === undefined || value === null) continue;
        const type = typeOf(value, key, this.file);
        const seen = types.get(key);
        if (seen && seen !== type)
          throw new Error(`offline import: property "${key}" in ${this.file} is both ${seen} and ${type}`);
        types.set(key, type);
      }
    }
    this.columns = [...types].map(([key, type]) => ({ key, type }));
    const header = [
      ...this.idHeaders,
      ...this.columns.map((c) => (c.type === 'string' ? c.key : `${c.key}:${c.type}`)),
    ];
    this.chunk.push(header.join(',') + '\n');
    for (const { ids, props } of this.sample) this.writeRow(ids, props);
    this.sample = [];
  }

  private writeRow(ids: string[], props: Record<string, unknown>): void {
    const cols = this.columns!;
    let known = 0;
    const fields = ids.map((id) => this.quote(id));
    for (const c of cols) {
      const value = props[c.key];
      if (value === undefined || value === null) {
        fields.push('');
        continue;
      }
      known++;
      fields.push(this.field(c, value));
    }
    const present = Object.keys(props).filter(
      (k) => !this.idKeys.includes(k) && props[k] !== undefined && props[k] !== null,
    ).length;
    if (present !== known) {
      const extra = Object.keys(props).filter((k) => !this.idKeys.includes(k) && !cols.some((c) => c.key === k));
      throw new Error(
        `offline import: a row of ${this.file} has properties the header lacks (${extra.join(', ')}); raise SAMPLE_ROWS`,
      );
    }
    this.chunk.push(fields.join(',') + '\n');
    if (this.chunk.length >= 2_000) this.flush();
  }

  private field(c: Column, value: unknown): string {
    if (typeOf(value, c.key, this.file) !== c.type)
      throw new Error(`offline import: property "${c.key}" in ${this.file} is not always ${c.type}`);
    switch (c.type) {
      case 'string':
        return this.quote(value as string);
      case 'double':
      case 'boolean':
        return String(value);
      case 'string[]': {
        const items = value as string[];
        if (items.length === 0) {
          this.emptyLists.add(c.key);
          return '';
        }
        for (const item of items) {
          if (item.includes(ARRAY_DELIMITER))
            throw new Error(
              `offline import: "${item}" (${c.key}, ${this.file}) contains the array delimiter "${ARRAY_DELIMITER}"`,
            );
        }
        return this.quote(items.join(ARRAY_DELIMITER));
      }
    }
  }

  private quote(s: string): string {
    if (s.includes('\n') || s.includes('\r')) this.multiline = true;
    return '"' + s.replaceAll('"', '""') + '"';
  }

  private flush(): void {
    if (this.chunk.length) fs.writeSync(this.fd, this.chunk.join(''));
    this.chunk = [];
  }
}

function typeOf(value: unknown, key: string, file: string): ColumnType {
  // The Bolt loader sends every JS number as a float, so numbers are doubles here too: the same
  // graph either way.
  if (typeof value === 'number') return 'double';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  throw new Error(
    `offline import: property "${key}" in ${file} has a value the CSV writer does not handle (${JSON.stringify(value)})`,
  );
}

/** Streams the generator into importer CSV files under `dir`. */
export function writeImportCsv(graph: Pick<SyntheticGraph, 'articles' | 'nodes' | 'edges'>, dir: string): CsvFiles {
  fs.mkdirSync(dir, { recursive: true });
  const articles = new TypedCsvFile(path.join(dir, 'articles.csv'), ['id:ID(Article)'], ['id']);
  for (const a of graph.articles()) articles.add([a.id], a.props);
  articles.close();

  const nodeFiles = new Map<NodeKind, TypedCsvFile>();
  let nodes = 0;
  for (const n of graph.nodes()) {
    if (!NODE_KINDS.includes(n.kind)) throw new Error(`offline import: "${n.kind}" is not a node kind`);
    let f = nodeFiles.get(n.kind);
    if (!f)
      nodeFiles.set(n.kind, (f = new TypedCsvFile(path.join(dir, `nodes-${n.kind}.csv`), ['id:ID(Entity)'], ['id'])));
    f.add([n.id], n.props);
    nodes++;
  }
  const edgeFiles = new Map<EdgeType, TypedCsvFile>();
  let edges = 0;
  for (const e of graph.edges()) {
    if (!EDGE_TYPES.includes(e.type)) throw new Error(`offline import: "${e.type}" is not an edge type`);
    let f = edgeFiles.get(e.type);
    if (!f)
      edgeFiles.set(
        e.type,
        (f = new TypedCsvFile(path.join(dir, `edges-${e.type}.csv`), [':START_ID(Entity)', ':END_ID(Entity)'], [])),
      );
    f.add([e.from, e.to], e.props);
    edges++;
  }
  const all = [articles, ...nodeFiles.values(), ...edgeFiles.values()];
  for (const f of [...nodeFiles.values(), ...edgeFiles.values()]) f.close();
  const emptyEntityLists = new Set([...nodeFiles.values()].flatMap((f) => [...f.emptyLists]));
  const unsupported = [articles, ...edgeFiles.values()].flatMap((f) =>
    [...f.emptyLists].map((k) => `${k} (${path.basename(f.file)})`),
  );
  const otherLists = [...emptyEntityLists].filter((k) => k !== 'aliases');
  if (unsupported.length || otherLists.length) {
    throw new Error(
      `offline import: empty lists in ${[...unsupported, ...otherLists].join(', ')}; only an entity's empty "aliases" is restored after the import`,
    );
  }
  return {
    args: [
      `--nodes=Article=${articles.file}`,
      ...[...nodeFiles].map(([kind, f]) => `--nodes=Entity:${kind}=${f.file}`),
      ...[...edgeFiles].map(([type, f]) => `--relationships=${type}=${f.file}`),
    ],
    rows: { articles: articles.rows, nodes, edges },
    multiline: all.some((f) => f.multiline),
    emptyEntityLists: [...emptyEntityLists],
  };
}

/**
 * Runs `neo4j-admin database import full` on the launcher's classpath into `storeDir`, the home
 * folder the embedded launcher opens (`<storeDir>/data/databases/neo4j`, `<storeDir>/data/transactions/neo4j`).
 */
export async function runOfflineImport(
  storeDir: string,
  csv: CsvFiles,
  opts: { heapMb?: number; log?: (line: string) => void } = {},
): Promise<void> {
  ensureLauncherBuilt(opts.log);
  if (fs.existsSync(path.join(storeDir, 'data', 'databases', 'neo4j'))) {
    throw new Error(`offline import: ${storeDir} already holds a neo4j database; the importer only builds a fresh one`);
  }
  const confDir = path.join(storeDir, 'import-conf');
  fs.mkdirSync(confDir, { recursive: true });
  fs.writeFileSync(
    path.join(confDir, 'neo4j.conf'),
    '# written by bench/synthetic/offline-import.ts; the importer reads its settings from here\n',
  );
  const args = [
    // A batch job: throughput over pause times. Measured on the 1M-edge import: 12.9 s wall with the
    // parallel collector vs 14.5 s with the default G1 (its concurrent threads compete for 2 cores).
    '-XX:+UseParallelGC',
    `-Xmx${opts.heapMb ?? 2048}m`,
    '-cp',
    launcherClasspath(),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database name goes first: each --nodes/--relationships option takes any number of files.
    'neo4j',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--multiline-fields=${csv.multiline}`,
    '--bad-tolerance=0',
    // The importer writes its report into the working folder unless told where.
    `--report-file=${path.join(storeDir, 'import.report')}`,
    ...csv.args,
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: storeDir, NEO4J_CONF: confDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (d: Buffer) => {
      output.push(d.toString());
      if (output.length > 400) output.splice(0, 200);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (err) => reject(new Error(`offline import: could not start java: ${err.message}`)));
    child.once('exit', resolve);
  });
  fs.rmSync(confDir, { recursive: true, force: true });
  if (code !== 0)
    throw new Error(
      `offline import: neo4j-admin database import exited with ${code}:\n${output.join('').slice(-4000)}`,
    );
}

/**
 * CSV → importer → embedded Neo4j on the imported store → schema and index population; times each
 * step. The caller stops `embedded` and closes `db`.
 */
export async function importSyntheticGraph(
  graph: Pick<SyntheticGraph, 'articles' | 'nodes' | 'edges'>,
  dataDir: string,
  opts: {
    heapMb?: number;
    pagecacheMb?: number;
    importHeapMb?: number;
    timeoutMs?: number;
    log?: (line: string) => void;
    keepCsv?: boolean;
  } = {},
): Promise<OfflineImportResult> {
  const csvDir = path.join(dataDir, 'import-csv');
  let t = performance.now();
  let cpu = ownCpuS();
  const csv = writeImportCsv(graph, csvDir);
  const csvMs = performance.now() - t;
  const csvCpu = ownCpuS() - cpu;
  t = performance.now();
  cpu = reapedChildrenCpuS();
  // startEmbeddedNeo4j keeps the store in <dataDir>/neo4j and opens it as the DBMS home.
  await runOfflineImport(path.join(dataDir, 'neo4j'), csv, { heapMb: opts.importHeapMb, log: opts.log });
  const importMs = performance.now() - t;
  const importCpu = reapedChildrenCpuS() - cpu;
  if (!opts.keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });
  t = performance.now();
  const embedded = await startEmbeddedNeo4j({
    dataDir,
    port: 0,
    heapMb: opts.heapMb,
    pagecacheMb: opts.pagecacheMb,
    log: opts.log,
  });
  const db = GraphDb.forEmbedded(embedded, opts.timeoutMs ?? 300_000);
  const startMs = performance.now() - t;
  const startCpu = processCpuS(embedded.pid);
  t = performance.now();
  try {
    if (csv.emptyEntityLists.includes('aliases')) await db.write(benchCypher('imported-empty-aliases.cypher'));
    await applySchema(db);
  } catch (err) {
    await db.close();
    await embedded.stop();
    throw err;
  }
  const schemaMs = performance.now() - t;
  return {
    embedded,
    db,
    rows: csv.rows,
    ms: { csv: csvMs, import: importMs, start: startMs, schema: schemaMs },
    cpuS: { csv: csvCpu, import: importCpu, start: startCpu, schema: processCpuS(embedded.pid) - startCpu },
  };
}
