// Benchmark: the API on the large synthetic graph. Loads it into a fresh embedded Neo4j, starts
// the real app (createApp) on a free loopback port, then for each hot route times N requests
// through HTTP and the same Cypher with the same parameters straight through the driver,
// interleaved one for one so both see the same machine load. Prints p50/p95/p99, the API/driver
// ratio, PROFILE operators (any label or store scan is flagged), and the supernode expansion.
//
//   npm run bench:api-large                     # full size (1,000,000 edges; loading takes minutes)
//   npm run bench:api-large -- --size small     # seconds
//   npm run bench:api-large -- --requests 300
import http from 'node:http';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { pino } from 'pino';
import { NeighborsResponse, PathsResponse, SearchResponse } from '../common/wire.ts';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { benchCypher } from './support/bench-cypher.ts';
import { cypherFile } from '../server/db/cypher-files.ts';
import type { GraphDb } from '../server/db/graph-db.ts';
import { luceneQuery } from '../common/text/lucene-query.ts';
import { GRAPH_OPTIONS, graphSize, machineLine, parseArgs, positiveInt } from './support/bench-args.ts';
import { startBenchDb } from './support/bench-db.ts';
import { summarizePlan } from './support/plan-operators.ts';
import { progressBar } from '../server/cli/progress-bar.ts';
import { printTable, summarize } from './support/report.ts';
import { loadSyntheticGraph } from './synthetic/bulk-load.ts';
import { syntheticGraph } from './synthetic/synthetic-graph.ts';

// The timed client is node:http on a keep-alive connection: what a browser does, and it keeps the
// client's own cost out of the API's figure (undici's fetch adds ~0.2 ms per call on this machine,
// 10% of a 2 ms query).
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
const TARGETS = { ratio: 1.3, pathP95: 50, searchP95: 20 };
const NEIGHBOR_LIMIT = 100;

const { values } = parseArgs({
  options: {
    ...GRAPH_OPTIONS,
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
  },
});
const size = graphSize(values);
const seed = positiveInt('seed', values.seed);
const requests = positiveInt('requests', values.requests);
const warmup = positiveInt('warmup', values.warmup);

console.log(
  `api-large bench: seed ${seed}, ${size.edges.toLocaleString('en-US')} edges, ${requests} timed requests per route (+${warmup} warm-up)`,
);
console.log(`machine: ${machineLine()}`);

const graph = syntheticGraph(seed, size);
const bench = await startBenchDb({
  heapMb: positiveInt('heap-mb', values['heap-mb']),
  pagecacheMb: positiveInt('pagecache-mb', values['pagecache-mb']),
});
let server: http.Server | undefined;
try {
  const bar = progressBar('loading edges', size.edges);
  const loaded = await loadSyntheticGraph(bench.db, graph, {
    onProgress: (stage, done) => stage === 'edges' && bar.update(done),
  });
  bar.done();
  console.log(
    `loaded ${loaded.nodes.toLocaleString('en-US')} nodes, ${loaded.edges.toLocaleString('en-US')} edges in ${((loaded.ms.nodes + loaded.ms.edges + loaded.ms.articles) / 1000).toFixed(0)} s`,
  );

  const db = bench.db;
  const config = loadConfig({ ...process.env, CORRIDOR_SEED_ON_START: 'false' });
  // Request logging stays on, as in production, but written to /dev/null so the tables stay readable.
  const app = createApp({
    db,
    config,
    logger: pino({ level: config.logLevel, base: { app: 'corridor' } }, pino.destination('/dev/null')),
  });
  server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}/api`;

  // Targets chosen from the loaded graph, not hard-coded: the busiest province, and the two
  // localities farthest apart among the least connected Vietnamese provinces and Chinese cities.
  const hubs = await topDegree(db, 'Province', 3);
  const hub = hubs[0]!;
  const quietVn = (await topDegree(db, 'Province', 1000)).filter((p) => p.id.startsWith('syn-vn-')).slice(-8);
  const quietCn = (await topDegree(db, 'City', 1000)).slice(-8);
  let far = { vn: quietVn[0]!, cn: quietCn[0]!, hops: -1 };
  for (const vn of quietVn) {
    for (const cn of quietCn) {
      const hops =
        (
          await db.read<{ hops: number | null }>(benchCypher('path-length.cypher'), { from: vn.id, to: cn.id })
        ).records[0]?.get('hops') ?? -1;
      if (hops > far.hops) far = { vn, cn, hops };
    }
  }
  const farVn = far.vn;
  const farCn = far.cn;
  const unreachableHops = Math.max(1, far.hops - 1);

  const searchTerms = [
    'ha noi',
    'lao cai',
    'nguyen van',
    'wang',
    'nanning',
    'steel',
    'expo',
    'Quảng Ninh',
    'zhang',
    'tran thi',
    'guangxi',
    'logistics co',
  ];
  const routes: Route[] = [
    {
      name: 'search',
      api: (i) => `${base}/search?q=${encodeURIComponent(searchTerms[i % searchTerms.length]!)}&limit=10`,
      check: (body) => SearchResponse.parse(body).hits.length > 0,
      cypher: cypherFile('api/search.cypher'),
      params: (i) => ({ lucene: luceneQuery(searchTerms[i % searchTerms.length]!), kinds: null, limit: neo4j.int(10) }),
    },
    {
      name: `neighbours of ${hub.name} (degree ${hub.degree.toLocaleString('en-US')}), limit ${NEIGHBOR_LIMIT}`,
      api: () => `${base}/nodes/${hub.id}/neighbors?limit=${NEIGHBOR_LIMIT}`,
      check: (body) => NeighborsResponse.parse(body).elements.nodes.length === NEIGHBOR_LIMIT + 1,
      cypher: cypherFile('api/neighbors.cypher'),
      params: () => ({
        id: hub.id,
        types: null,
        kinds: null,
        since: null,
        until: null,
        limit: neo4j.int(NEIGHBOR_LIMIT),
      }),
    },
    {
      name: `shortest path ${farVn.name} → ${farCn.name} (${far.hops} hops)`,
      api: () => `${base}/paths?from=${farVn.id}&to=${farCn.id}&maxHops=6`,
      check: (body) => PathsResponse.parse(body).paths.length === 1,
      // The service checks both ends exist, then searches, in one read transaction: do the same.
      cypher: [cypherFile('api/path-ends.cypher'), cypherFile('api/paths-shortest.cypher')],
      params: () => ({ from: farVn.id, to: farCn.id, maxHops: neo4j.int(6), types: null, cap: neo4j.int(50) }),
    },
  ];

  const rows: (string | number)[][] = [];
  const results: Record<string, { api: ReturnType<typeof summarize>; driver: ReturnType<typeof summarize> }> = {};
  for (const route of routes) {
    const r = await timeRoute(db, route, requests, warmup);
    results[route.name] = r;
    rows.push([route.name, 'API (HTTP)', r.api.n, r.api.p50, r.api.p95, r.api.p99, '']);
    rows.push(['', 'driver, same Cypher', r.driver.n, r.driver.p50, r.driver.p95, r.driver.p99, '']);
    rows.push([
      '',
      'API / driver',
      '',
      r.api.p50 / r.driver.p50,
      r.api.p95 / r.driver.p95,
      r.api.p99 / r.driver.p99,
      '',
    ]);
  }
  printTable(
    `API latency, ms (graph: ${loaded.nodes.toLocaleString('en-US')} nodes, ${loaded.edges.toLocaleString('en-US')} edges; sequential requests, API and driver interleaved)`,
    ['route', 'path', 'n', 'p50', 'p95', 'p99', ''],
    rows.map((r) => r.slice(0, 6)),
  );

  // PROFILE the hot queries with the benchmark's parameters (search: every term, the costliest shown).
  const planRows: (string | number)[][] = [];
  for (const route of routes) {
    const queries = Array.isArray(route.cypher) ? route.cypher : [route.cypher];
    const variants = route.name === 'search' ? searchTerms.length : 1;
    for (const q of queries) {
      let worst: { plan: ReturnType<typeof summarizePlan>; i: number } | undefined;
      for (let i = 0; i < variants; i++) {
        const res = await db.read(`PROFILE ${q}`, route.params(i));
        const plan = summarizePlan(res.summary.profile as ProfiledPlan);
        if (!worst || plan.dbHits > worst.plan.dbHits) worst = { plan, i };
      }
      const label =
        route.name === 'search' ? `search "${searchTerms[worst!.i]}" (costliest term)` : route.name.split(' (')[0]!;
      planRows.push([
        label,
        worst!.plan.dbHits,
        worst!.plan.scans.length ? `SCAN: ${worst!.plan.scans.join(', ')}` : 'no label/store scan',
        [...new Set(worst!.plan.operators)].join(' > '),
      ]);
    }
  }
  // A path request that cannot be satisfied (maxHops below the real distance) must answer fast
  // and empty, not fall back to enumerating every path.
  const t0 = performance.now();
  const tooShort = PathsResponse.parse(
    (await getJson(`${base}/paths?from=${farVn.id}&to=${farCn.id}&maxHops=${unreachableHops}`)).body,
  );
  planRows.push([
    `path with maxHops=${unreachableHops} (shortest is ${far.hops}): ${tooShort.paths.length} paths`,
    '',
    `${(performance.now() - t0).toFixed(1)} ms`,
    '',
  ]);
  printTable('PROFILE of the hot queries', ['query', 'db hits', 'scans', 'operators'], planRows);

  // Supernode: the hub's expansion is capped and the rest summarised per type.
  const sn = NeighborsResponse.parse((await getJson(`${base}/nodes/${hub.id}/neighbors?limit=200`)).body);
  const shown = sn.elements.nodes.length - 1;
  const summary = Object.entries(sn.omitted.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `+${n.toLocaleString('en-US')} more ${t}`)
    .join(', ');
  printTable(
    `Supernode expansion: ${hub.name}, ${hub.degree.toLocaleString('en-US')} relationships, limit=200`,
    ['figure', 'value'],
    [
      ['neighbours returned', shown],
      ['edges returned', sn.elements.edges.length],
      ['omitted neighbours (total)', sn.omitted.total],
      ['returned + omitted neighbours', shown + sn.omitted.total],
      ['summary', summary],
    ],
  );

  const [searchR, neighR, pathR] = routes.map((r) => results[r.name]!);
  const ratioOk = (x: { api: { p50: number }; driver: { p50: number } }) => x.api.p50 / x.driver.p50 <= TARGETS.ratio;
  printTable(
    'Targets',
    ['target', 'measured', 'result'],
    [
      [
        `search p95 < ${TARGETS.searchP95} ms`,
        searchR!.api.p95,
        searchR!.api.p95 < TARGETS.searchP95 ? 'PASS' : 'FAIL',
      ],
      [`shortest path p95 < ${TARGETS.pathP95} ms`, pathR!.api.p95, pathR!.api.p95 < TARGETS.pathP95 ? 'PASS' : 'FAIL'],
      ...[searchR!, neighR!, pathR!].map((x, i) => [
        `API/driver p50 <= ${TARGETS.ratio} (${['search', 'neighbours', 'path'][i]})`,
        x.api.p50 / x.driver.p50,
        ratioOk(x) ? 'PASS' : 'FAIL',
      ]),
      [
        'no label/store scan or path fallback in hot queries',
        planRows.filter((r) => String(r[2]).startsWith('SCAN')).length,
        planRows.some((r) => String(r[2]).startsWith('SCAN')) ? 'FAIL' : 'PASS',
      ],
    ],
  );
} finally {
  keepAlive.destroy();
  server?.close();
  await bench.stop();
}

interface Route {
  name: string;
  api: (i: number) => string;
  /** The body is what the route promises (so a fast wrong answer does not count). */
  check: (body: unknown) => boolean;
  cypher: string | string[];
  params: (i: number) => Record<string, unknown>;
}

async function timeRoute(db: GraphDb, route: Route, n: number, warm: number) {
  const api: number[] = [];
  const driver: number[] = [];
  for (let i = 0; i < warm + n; i++) {
    // Alternate which goes first so neither always runs on a warmer cache.
    const order = i % 2 ? [viaApi, viaDriver] : [viaDriver, viaApi];
    for (const f of order) await f(i);
  }
  return { api: summarize(api), driver: summarize(driver) };

  async function viaApi(i: number) {
    const t = performance.now();
    const res = await getJson(route.api(i));
    const ms = performance.now() - t;
    if (res.status !== 200 || !route.check(res.body))
      throw new Error(`${route.name}: unexpected answer ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (i >= warm) api.push(ms);
  }
  async function viaDriver(i: number) {
    const queries = Array.isArray(route.cypher) ? route.cypher : [route.cypher];
    const t = performance.now();
    await db.readTx(async (tx) => {
      for (const q of queries) await tx.run(q, route.params(i));
    });
    if (i >= warm) driver.push(performance.now() - t);
  }
}

function getJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: keepAlive }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function topDegree(db: GraphDb, kind: string, limit: number) {
  const r = await db.read<{ id: string; name: string; degree: number }>(benchCypher('top-degree.cypher'), {
    kind,
    limit: neo4j.int(limit),
  });
  return r.records.map((rec) => ({ id: rec.get('id'), name: rec.get('name'), degree: rec.get('degree') }));
}
