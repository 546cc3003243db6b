// `npm run bench:load-api`: load on the HTTP API over the seed graph, against a baseline of the
// same queries run in the same process straight through the services and the driver (no HTTP,
// no Express, no zod), with the same concurrency, in the same run.
//
// Starts its own embedded Neo4j (throw-away data folder, free port), loads the seed graph, serves
// the app on a free port, then: autocannon with BENCH_CONNECTIONS (50) connections for
// BENCH_SECONDS (20) s over search, neighbours and paths; then the baseline for as long. A warm-up
// (BENCH_WARMUP_SECONDS, 8) comes first.
// Prints requests/s, p50/p99 latency and errors of both, and their ratio. Exit code 1 on any error.
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { cypher } from '../server/db/cypher-files.ts';
import { loadSeedGraph, startBenchDb } from './support/bench-db.ts';
import { GraphDb } from '../server/db/graph-db.ts';
import { search } from '../server/services/search.service.ts';
import { neighbors } from '../server/services/node.service.ts';
import { findPaths } from '../server/services/paths.service.ts';
import { NeighborsQuery, PathsQuery, SearchQuery } from '../common/wire.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Neo4j's JIT warms up under load: whichever ran first would otherwise pay for it. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 8);

/** The busiest nodes: the requests go where the graph is densest. */
const HUBS = cypher`
  MATCH (n:Entity)
  RETURN n.id AS id, n.name AS name
  ORDER BY COUNT { (n)--() } DESC, n.id
  LIMIT 6`;

interface Req {
  kind: 'search' | 'neighbours' | 'paths';
  path: string;
  query: Record<string, string>;
}

const toUrl = (r: Req) => `${r.path}?${new URLSearchParams(r.query)}`;

/** The same request, in-process: the route's own zod parse and service, without HTTP. */
function direct(db: GraphDb, r: Req): () => Promise<unknown> {
  if (r.kind === 'search') return () => search(db, SearchQuery.parse(r.query));
  if (r.kind === 'neighbours') {
    const id = decodeURIComponent(r.path.split('/')[3]!);
    return () => neighbors(db, id, NeighborsQuery.parse(r.query));
  }
  return () => findPaths(db, PathsQuery.parse(r.query));
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CONNECTIONS workers, each cycling through the requests for SECONDS, like autocannon's connections. */
async function runDirect(calls: (() => Promise<unknown>)[], seconds = SECONDS) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let i = worker; performance.now() < until; i++) {
        const t = performance.now();
        try {
          await calls[i % calls.length]!();
          latencies.push(performance.now() - t);
        } catch (err) {
          errors++;
          if (errors <= 3) console.error('direct call failed:', err);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    total: latencies.length + errors,
  };
}

/** Search, neighbours and paths over each hub (paths to the next hub). */
function requestsOver(hubs: { id: string; name: string }[]): Req[] {
  return hubs.flatMap((h, i): Req[] => [
    { kind: 'search', path: '/api/search', query: { q: h.name.split(/\s+/).slice(0, 2).join(' ') } },
    { kind: 'neighbours', path: `/api/nodes/${encodeURIComponent(h.id)}/neighbors`, query: { limit: '50' } },
    { kind: 'paths', path: '/api/paths', query: { from: h.id, to: hubs[(i + 1) % hubs.length]!.id, maxHops: '4' } },
  ]);
}

async function main() {
  const bench = await startBenchDb({ timeoutMs: 30_000, log: () => {} });
  const db = bench.db;
  const server = await (async () => {
    const summary = await loadSeedGraph(db);
    console.log(
      `seed graph: ${Object.values(summary.nodesByLabel).reduce((a, b) => a + b, 0)} nodes, ${Object.values(summary.edgesByType).reduce((a, b) => a + b, 0)} edges`,
    );
    const config = loadConfig({ CORRIDOR_LOG_LEVEL: 'silent', CORRIDOR_SEED_ON_START: 'false' });
    const app = createApp({ db, config });
    return await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
  })();
  try {
    const hubs = (await db.read<{ id: string; name: string }>(HUBS)).records.map((r) => ({
      id: r.get('id'),
      name: r.get('name'),
    }));
    const reqs = requestsOver(hubs);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Every request must work before it is timed.
    for (const r of reqs) {
      const res = await fetch(base + toUrl(r));
      if (res.status !== 200) throw new Error(`warm-up ${toUrl(r)} -> ${res.status} ${await res.text()}`);
    }
    const calls = reqs.map((r) => direct(db, r));
    for (const c of calls) await c();
    console.log(`warming up for ${WARMUP_SECONDS} s…`);
    await runDirect(calls, WARMUP_SECONDS);

    console.log(
      `${reqs.length} requests (search, neighbours, paths over ${hubs.map((h) => h.id).join(', ')}); ${CONNECTIONS} connections, ${SECONDS} s each`,
    );
    const http = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      // The load generator gets its own thread: on the server's event loop it would slow the server down.
      workers: 1,
      requests: reqs.map((r) => ({ method: 'GET', path: toUrl(r) })),
    });
    const httpErrors = http.errors + http.timeouts + http.non2xx;
    const inProcess = await runDirect(calls);

    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
    console.log('');
    console.log('| path | requests | req/s | p50 ms | p99 ms | errors |');
    console.log('|---|---|---|---|---|---|');
    console.log(
      `| HTTP API (autocannon) | ${http.requests.total} | ${fmt(http.requests.average)} | ${fmt(http.latency.p50)} | ${fmt(http.latency.p99)} | ${httpErrors} |`,
    );
    console.log(
      `| services → driver, in-process | ${inProcess.total} | ${fmt(inProcess.rps)} | ${fmt(inProcess.p50)} | ${fmt(inProcess.p99)} | ${inProcess.errors} |`,
    );
    console.log('');
    console.log(
      `machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1/5/15 min): other work on the machine weighs on both rows`,
    );
    console.log(
      `ratio HTTP / direct: throughput ${(http.requests.average / inProcess.rps).toFixed(2)}, p50 ${(http.latency.p50 / inProcess.p50).toFixed(2)}`,
    );
    if (httpErrors || inProcess.errors) {
      console.error(
        `errors: HTTP ${http.errors} errors, ${http.timeouts} timeouts, ${http.non2xx} non-2xx; direct ${inProcess.errors}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await bench.stop();
  }
}

await main();
