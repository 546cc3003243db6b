// Benchmark: load a synthetic network (default: issue 6's full size, 1,000,000 edges) three ways in
// one run: (1) the offline importer (`neo4j-admin database import full`) into a new store, timed end
// to end: CSV writing + import + starting Neo4j on it + schema and index population; (2) into a fresh
// embedded Neo4j with the batched UNWIND … CREATE loader; (3) a held-out sample of edges the naive
// way (one MERGE per transaction) into that same graph. Prints the rates and their ratios.
//
//   npm run bench:load                      # full size, all three
//   npm run bench:load -- --size small      # ~12k edges, seconds
//   npm run bench:load -- --mode import     # only the offline import (or --mode bolt: batched + naive)
//   npm run bench:load -- --edges 200000 --batch 20000 --baseline 1000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCypher } from './support/bench-cypher.ts';
import type { EdgeRow } from '../server/facts/build-graph.ts';
import { GRAPH_OPTIONS, graphSize, machineLine, parseArgs, positiveInt } from './support/bench-args.ts';
import { startBenchDb, type BenchDb } from './support/bench-db.ts';
import { cpuSince, cpuSnapshot } from './support/cpu-meter.ts';
import { progressBar } from '../server/cli/progress-bar.ts';
import { printTable } from './support/report.ts';
import { loadSyntheticGraph, naiveLoadEdges } from './synthetic/bulk-load.ts';
import { importSyntheticGraph } from './synthetic/offline-import.ts';
import { syntheticGraph, type SyntheticGraph } from './synthetic/synthetic-graph.ts';
import type { GraphDb } from '../server/db/graph-db.ts';

const TARGET_EDGES_PER_S = 50_000;

const { values } = parseArgs({
  options: {
    ...GRAPH_OPTIONS,
    batch: { type: 'string', default: '10000' },
    baseline: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '2' },
    mode: { type: 'string', default: 'all' },
  },
});
const mode = values.mode;
if (mode !== 'all' && mode !== 'import' && mode !== 'bolt')
  throw new Error(`--mode must be "all", "import" or "bolt", got "${mode}"`);
const size = graphSize(values);
const seed = positiveInt('seed', values.seed);
const batchSize = positiveInt('batch', values.batch);
const concurrency = positiveInt('concurrency', values.concurrency);
const baselineCount = Math.min(positiveInt('baseline', values.baseline), size.edges);

console.log(
  `load-graph bench: seed ${seed}, ${size.edges.toLocaleString('en-US')} edges, batch ${batchSize} × ${concurrency} in flight, baseline sample ${baselineCount}`,
);
console.log(`machine: ${machineLine()}`);

const graph = syntheticGraph(seed, size);
const heapMb = positiveInt('heap-mb', values['heap-mb']);
const pagecacheMb = positiveInt('pagecache-mb', values['pagecache-mb']);
const summary: (string | number)[][] = [];
let imported: Awaited<ReturnType<typeof offlineImport>> | undefined;
if (mode !== 'bolt') imported = await offlineImport();
let boltRate: number | undefined;
let boltWholeRate: number | undefined;
let naiveRate: number | undefined;
if (mode !== 'import') ({ boltRate, boltWholeRate, naiveRate } = await boltLoads());

if (imported) {
  const { rates, ms } = imported;
  const { cpuS } = imported;
  const cpuTotal = cpuS.csv + cpuS.import + cpuS.start + cpuS.schema;
  printTable(
    'Offline import (neo4j-admin database import full, then embedded Neo4j + schema)',
    ['step', 'seconds', 'CPU-seconds'],
    [
      ['write CSV from the generator (Node)', ms.csv / 1000, cpuS.csv],
      ['neo4j-admin database import full (its JVM)', ms.import / 1000, cpuS.import],
      ['start embedded Neo4j on the store (launcher JVM)', ms.start / 1000, cpuS.start],
      ['schema: constraints, indexes, full-text (populated)', ms.schema / 1000, cpuS.schema],
      ['total', ms.total / 1000, cpuTotal],
    ],
  );
  // However the steps were arranged, this machine cannot do the work faster than its cores allow.
  const cores = os.cpus().length;
  const ceiling = (cpu: number) => size.edges / (cpu / cores);
  summary.push(
    [`ceiling on ${cores} cores from the CPU used, end to end: edges / (CPU-seconds / cores)`, ceiling(cpuTotal)],
    [`ceiling on ${cores} cores, not counting the Neo4j start`, ceiling(cpuTotal - cpuS.start)],
  );
  summary.push(
    ['edges/s offline import, END TO END (CSV + import + start + indexes)', rates.endToEnd],
    ['edges/s offline import, import step alone', rates.importOnly],
    [
      `target >= ${TARGET_EDGES_PER_S.toLocaleString('en-US')} edges/s (end to end, offline import)`,
      rates.endToEnd >= TARGET_EDGES_PER_S ? 'PASS' : 'FAIL',
    ],
    [
      'imported graph: nodes per kind, relationships per type = generated',
      imported.countsMatch ? 'yes' : `NO: ${imported.mismatch}`,
    ],
  );
  if (!imported.countsMatch) process.exitCode = 1;
}
if (boltRate !== undefined) {
  summary.push(
    ['edges/s batched UNWIND CREATE (edges stage)', boltRate],
    ['edges/s batched UNWIND CREATE, whole load (articles + nodes + edges)', boltWholeRate!],
    ['edges/s naive MERGE, 1 per tx', naiveRate!],
  );
}
if (imported && boltRate !== undefined) {
  summary.push(
    ['offline import end to end / batched UNWIND (edges stage)', `${(imported.rates.endToEnd / boltRate).toFixed(1)}×`],
    [
      'offline import end to end / batched UNWIND (whole load)',
      `${(imported.rates.endToEnd / boltWholeRate!).toFixed(1)}×`,
    ],
    ['offline import end to end / naive MERGE', `${(imported.rates.endToEnd / naiveRate!).toFixed(1)}×`],
  );
}
summary.push([
  'machine load average (1 / 5 / 15 min) at the end',
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / '),
]);
printTable('Side by side (same run)', ['figure', 'value'], summary);

/** Way 1: the offline importer into a new store in its own temp folder, stopped and removed after. */
async function offlineImport() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-bench-import-'));
  try {
    console.log('offline import: writing CSV, importing, starting Neo4j on the store, building the schema…');
    const t = performance.now();
    const r = await importSyntheticGraph(graph, dataDir, {
      heapMb,
      pagecacheMb,
      importHeapMb: 2048,
      log: (l) => console.error(`[neo4j] ${l}`),
    });
    const total = performance.now() - t;
    try {
      const check = await compareCounts(r.db, graph);
      return {
        cpuS: r.cpuS,
        ms: { ...r.ms, total },
        rates: { endToEnd: r.rows.edges / (total / 1000), importOnly: r.rows.edges / (r.ms.import / 1000) },
        ...check,
      };
    } finally {
      await r.db.close();
      await r.embedded.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function compareCounts(db: GraphDb, g: SyntheticGraph): Promise<{ countsMatch: boolean; mismatch: string }> {
  const r = await db.read<{ labels: [string, number][]; types: [string, number][] }>(
    benchCypher('count-by-kind.cypher'),
  );
  const labels = Object.fromEntries(r.records[0]!.get('labels'));
  const types = Object.fromEntries(r.records[0]!.get('types'));
  const expected: Record<string, number> = { ...g.counts.nodes, Article: g.counts.articles };
  const off = [
    ...Object.entries(expected)
      .filter(([k, n]) => labels[k] !== n)
      .map(([k, n]) => `${k} ${labels[k]} ≠ ${n}`),
    ...Object.entries(g.counts.edges)
      .filter(([k, n]) => types[k] !== n)
      .map(([k, n]) => `${k} ${types[k]} ≠ ${n}`),
  ];
  return { countsMatch: off.length === 0, mismatch: off.join(', ') };
}

/** The batched load with progress bars, and the CPU time it took. */
async function batchedLoad(bench: BenchDb, edgeCount: number, edges: Iterable<EdgeRow>) {
  const bars = {
    articles: progressBar('articles', graph.counts.articles),
    nodes: progressBar('nodes   ', graph.counts.totalNodes),
    edges: progressBar('edges   ', edgeCount),
  };
  const cpuBefore = cpuSnapshot(bench.embedded.pid);
  const loaded = await loadSyntheticGraph(
    bench.db,
    graph,
    { batchSize, concurrency, onProgress: (stage, done) => bars[stage].update(done) },
    edges,
  );
  bars.edges.done();
  return { loaded, cpu: cpuSince(cpuBefore, bench.embedded.pid) };
}

/** Ways 2 and 3: batched UNWIND CREATE into a fresh embedded Neo4j, then the naive MERGE sample. */
async function boltLoads(): Promise<{ boltRate: number; boltWholeRate: number; naiveRate: number }> {
  const bench = await startBenchDb({ heapMb, pagecacheMb });
  try {
    // The last `baselineCount` edges of the stream are held out for the naive loader, so both ways
    // write into the same large graph and the totals still add up to the generated graph.
    const batchedCount = size.edges - baselineCount;
    const heldOut: EdgeRow[] = [];
    function* batchedEdges() {
      let i = 0;
      for (const e of graph.edges()) {
        if (i++ < batchedCount) yield e;
        else heldOut.push(e);
      }
    }
    const { loaded, cpu } = await batchedLoad(bench, batchedCount, batchedEdges());

    const naiveBar = progressBar('naive   ', heldOut.length);
    const t = performance.now();
    const naive = await naiveLoadEdges(bench.db, heldOut, { onProgress: (_, done) => naiveBar.update(done) });
    const naiveMs = performance.now() - t;
    naiveBar.done();

    const counted = await bench.db.read<{ nodes: number; rels: number }>(benchCypher('count-graph.cypher'));
    const inDb = counted.records[0]!;

    const batchedRate = loaded.edges / (loaded.ms.edges / 1000);
    const naiveRate = naive / (naiveMs / 1000);
    printTable(
      'Load (synthetic graph, fresh embedded Neo4j 5.26)',
      ['stage', 'rows', 'seconds', 'rows/s'],
      [
        [
          'articles (batched CREATE)',
          loaded.articles,
          loaded.ms.articles / 1000,
          loaded.articles / (loaded.ms.articles / 1000),
        ],
        ['nodes (batched CREATE)', loaded.nodes, loaded.ms.nodes / 1000, loaded.nodes / (loaded.ms.nodes / 1000)],
        ['edges (batched UNWIND CREATE)', loaded.edges, loaded.ms.edges / 1000, batchedRate],
        ['edges (naive MERGE, 1 per tx)', naive, naiveMs / 1000, naiveRate],
      ],
    );
    printTable(
      'Result',
      ['figure', 'value'],
      [
        ['batched / naive edges per second', `${(batchedRate / naiveRate).toFixed(1)}×`],
        [
          'CPU used by the batched load (articles+nodes+edges)',
          `Neo4j ${cpu.neo4jCpuS.toFixed(0)} s, Node ${cpu.nodeCpuS.toFixed(0)} s`,
        ],
        [
          'Neo4j threads runnable but waiting for a core',
          `${cpu.neo4jWaitS.toFixed(0)} s (machine load ${os.loadavg()[0]!.toFixed(1)})`,
        ],
        [
          'rows written per CPU-second (Neo4j + Node)',
          Math.round((loaded.articles + loaded.nodes + loaded.edges) / (cpu.neo4jCpuS + cpu.nodeCpuS)),
        ],
        [
          `target >= ${TARGET_EDGES_PER_S.toLocaleString('en-US')} edges/s (batched UNWIND)`,
          batchedRate >= TARGET_EDGES_PER_S ? 'PASS' : 'FAIL',
        ],
        [
          'nodes in Neo4j (incl. articles) / expected',
          `${inDb.get('nodes')} / ${graph.counts.totalNodes + graph.counts.articles}`,
        ],
        ['relationships in Neo4j / expected', `${inDb.get('rels')} / ${size.edges}`],
      ],
    );
    if (inDb.get('rels') !== size.edges) process.exitCode = 1;
    return {
      boltRate: batchedRate,
      boltWholeRate: loaded.edges / ((loaded.ms.articles + loaded.ms.nodes + loaded.ms.edges) / 1000),
      naiveRate,
    };
  } finally {
    await bench.stop();
  }
}
