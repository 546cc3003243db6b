// Benchmark: load a synthetic network (default: issue 6's full size, 1,000,000 edges) into a fresh
// embedded Neo4j with the batched UNWIND … CREATE loader, then load a held-out sample of edges the
// naive way (one MERGE per transaction) in the same run, and print both rates and their ratio.
//
//   npm run bench:load                      # full size
//   npm run bench:load -- --size small      # ~12k edges, seconds
//   npm run bench:load -- --edges 200000 --batch 20000 --baseline 1000
import os from 'node:os';
import { cypherFile } from '../server/db/cypher-files.ts';
import type { EdgeRow } from '../server/seed/build-graph.ts';
import { GRAPH_OPTIONS, graphSize, machineLine, parseArgs, positiveInt } from './support/bench-args.ts';
import { startBenchDb } from './support/bench-db.ts';
import { cpuSince, cpuSnapshot } from './support/cpu-meter.ts';
import { progressBar } from './support/progress-bar.ts';
import { printTable } from './support/report.ts';
import { loadSyntheticGraph, naiveLoadEdges } from './synthetic/bulk-load.ts';
import { syntheticGraph } from './synthetic/synthetic-graph.ts';

const TARGET_EDGES_PER_S = 50_000;

const { values } = parseArgs({
  options: { ...GRAPH_OPTIONS, batch: { type: 'string', default: '10000' }, baseline: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '2' } },
});
const size = graphSize(values);
const seed = positiveInt('seed', values.seed);
const batchSize = positiveInt('batch', values.batch);
const concurrency = positiveInt('concurrency', values.concurrency);
const baselineCount = Math.min(positiveInt('baseline', values.baseline), size.edges);

console.log(`load-graph bench: seed ${seed}, ${size.edges.toLocaleString('en-US')} edges, batch ${batchSize} × ${concurrency} in flight, baseline sample ${baselineCount}`);
console.log(`machine: ${machineLine()}`);

const graph = syntheticGraph(seed, size);
const bench = await startBenchDb({ heapMb: positiveInt('heap-mb', values['heap-mb']), pagecacheMb: positiveInt('pagecache-mb', values['pagecache-mb']) });
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
  const bars = {
    articles: progressBar('articles', graph.counts.articles),
    nodes: progressBar('nodes   ', graph.counts.totalNodes),
    edges: progressBar('edges   ', batchedCount),
  };
  const cpuBefore = cpuSnapshot(bench.embedded.pid);
  const loaded = await loadSyntheticGraph(bench.db, graph, { batchSize, concurrency, onProgress: (stage, done) => bars[stage].update(done) }, batchedEdges());
  bars.edges.done();
  const cpu = cpuSince(cpuBefore, bench.embedded.pid);

  const naiveBar = progressBar('naive   ', heldOut.length);
  const t = performance.now();
  const naive = await naiveLoadEdges(bench.db, heldOut, { onProgress: (_, done) => naiveBar.update(done) });
  const naiveMs = performance.now() - t;
  naiveBar.done();

  const counted = await bench.db.read<{ nodes: number; rels: number }>(cypherFile('bulk/count-graph.cypher'));
  const inDb = counted.records[0]!;

  const batchedRate = loaded.edges / (loaded.ms.edges / 1000);
  const naiveRate = naive / (naiveMs / 1000);
  printTable('Load (synthetic graph, fresh embedded Neo4j 5.26)', ['stage', 'rows', 'seconds', 'rows/s'], [
    ['articles (batched CREATE)', loaded.articles, loaded.ms.articles / 1000, loaded.articles / (loaded.ms.articles / 1000)],
    ['nodes (batched CREATE)', loaded.nodes, loaded.ms.nodes / 1000, loaded.nodes / (loaded.ms.nodes / 1000)],
    ['edges (batched UNWIND CREATE)', loaded.edges, loaded.ms.edges / 1000, batchedRate],
    ['edges (naive MERGE, 1 per tx)', naive, naiveMs / 1000, naiveRate],
  ]);
  printTable('Result', ['figure', 'value'], [
    ['batched / naive edges per second', `${(batchedRate / naiveRate).toFixed(1)}×`],
    ['CPU used by the batched load (articles+nodes+edges)', `Neo4j ${cpu.neo4jCpuS.toFixed(0)} s, Node ${cpu.nodeCpuS.toFixed(0)} s`],
    ['Neo4j threads runnable but waiting for a core', `${cpu.neo4jWaitS.toFixed(0)} s (machine load ${os.loadavg()[0]!.toFixed(1)})`],
    ['rows written per CPU-second (Neo4j + Node)', Math.round((loaded.articles + loaded.nodes + loaded.edges) / (cpu.neo4jCpuS + cpu.nodeCpuS))],
    [`target >= ${TARGET_EDGES_PER_S.toLocaleString('en-US')} edges/s`, batchedRate >= TARGET_EDGES_PER_S ? 'PASS' : 'FAIL'],
    ['nodes in Neo4j (incl. articles) / expected', `${inDb.get('nodes')} / ${graph.counts.totalNodes + graph.counts.articles}`],
    ['relationships in Neo4j / expected', `${inDb.get('rels')} / ${size.edges}`],
  ]);
  if (inDb.get('rels') !== size.edges) process.exitCode = 1;
} finally {
  await bench.stop();
}
