// `npm run bench:cypher-limits`: how the Cypher console's bounds behave, in numbers.
//   - a cartesian product under time limits of 1, 2 and 5 s: status, code, how long until the
//     answer, and how long /api/health takes meanwhile (the server stays responsive);
//   - the row cap and the response-size cap on a 1,000,000-row query: rows kept, bytes, time;
//   - the write/escape corpus of the tests: how many refused, graph checksum before and after.
// Own embedded Neo4j (throw-away data folder, free port) with the seed graph; app on a free port.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { loadSeedGraph, startBenchDb } from './support/bench-db.ts';
import { GraphDb } from '../server/db/graph-db.ts';
import { graphChecksum } from '../test/support/graph-checksum.ts';
import { WRITE_ATTEMPTS } from '../test/hardening/write-attempts.ts';

const CARTESIAN = 'MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = "never" RETURN count(*)';
const MANY_ROWS = "UNWIND range(1, 1000000) AS i RETURN i, 'row ' + i AS label";

async function serve(db: GraphDb, env: Record<string, string>): Promise<{ url: string; server: Server }> {
  const config = loadConfig({
    CORRIDOR_LOG_LEVEL: 'silent',
    CORRIDOR_SEED_ON_START: 'false',
    CORRIDOR_CYPHER_RATE_LIMIT: '100000',
    ...env,
  });
  const app = createApp({ db, config });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await f();
  return [v, performance.now() - t];
}

const post = (url: string, query: string) =>
  fetch(`${url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));

async function main() {
  const bench = await startBenchDb({ timeoutMs: 30_000, log: () => {} });
  const db = bench.db;
  const servers: Server[] = [];
  try {
    await loadSeedGraph(db);

    {
      // The first query pays for connecting and for planning it cold: not what is measured here.
      const { url, server } = await serve(db, { CORRIDOR_QUERY_TIMEOUT_MS: '1000' });
      servers.push(server);
      await post(url, CARTESIAN);
    }
    console.log('Time limit: a cartesian product of all nodes, five times over');
    console.log('| limit ms | status | code | answered after ms | /api/health meanwhile ms |');
    console.log('|---|---|---|---|---|');
    for (const limit of [1000, 2000, 5000]) {
      const { url, server } = await serve(db, { CORRIDOR_QUERY_TIMEOUT_MS: String(limit) });
      servers.push(server);
      const slow = timed(() => post(url, CARTESIAN));
      await new Promise((r) => setTimeout(r, Math.min(500, limit / 2)));
      const [health, healthMs] = await timed(() => fetch(`${url}/api/health`).then((r) => r.status));
      const [res, ms] = await slow;
      const code = res.status === 200 ? '-' : (JSON.parse(res.text).error?.code ?? '?');
      console.log(`| ${limit} | ${res.status} | ${code} | ${ms.toFixed(0)} | ${healthMs.toFixed(0)} (${health}) |`);
    }

    console.log('\nRow cap and response-size cap on a 1,000,000-row query');
    console.log('| row cap | size cap bytes | status | rows | truncatedBy | body bytes | ms |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [rowCap, maxBytes] of [
      [1000, 2_000_000],
      [100_000, 2_000_000],
      [100_000, 200_000],
    ] as const) {
      const { url, server } = await serve(db, {
        CORRIDOR_ROW_CAP: String(rowCap),
        CORRIDOR_RESPONSE_MAX_BYTES: String(maxBytes),
      });
      servers.push(server);
      const [res, ms] = await timed(() => post(url, MANY_ROWS));
      const body = JSON.parse(res.text);
      console.log(
        `| ${rowCap} | ${maxBytes} | ${res.status} | ${body.rows?.length} | ${body.truncatedBy ?? '-'} | ${res.text.length} | ${ms.toFixed(0)} |`,
      );
    }

    console.log('\nWrite and escape attempts (test/hardening/write-attempts.ts)');
    const { url, server } = await serve(db, {});
    servers.push(server);
    const before = await graphChecksum(db);
    const byStatus = new Map<string, number>();
    for (const a of WRITE_ATTEMPTS) {
      const r = await fetch(`${url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: a.query, params: a.params }),
      });
      const code = (JSON.parse(await r.text()).error?.code as string | undefined) ?? 'none';
      const key = `${r.status} ${code}`;
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    }
    const after = await graphChecksum(db);
    console.log(
      `attempts: ${WRITE_ATTEMPTS.length}; answers: ${[...byStatus].map(([k, n]) => `${n} × ${k}`).join(', ')}`,
    );
    console.log(
      `graph before: ${before.nodes} nodes, ${before.relationships} relationships, sha256 ${before.hash.slice(0, 16)}…`,
    );
    console.log(
      `graph after:  ${after.nodes} nodes, ${after.relationships} relationships, sha256 ${after.hash.slice(0, 16)}…`,
    );
    console.log(`unchanged: ${JSON.stringify(before) === JSON.stringify(after)}`);
    if (byStatus.has('200 none') || JSON.stringify(before) !== JSON.stringify(after)) process.exitCode = 1;
  } finally {
    for (const s of servers) await new Promise((r) => s.close(r));
    await bench.stop();
  }
}

await main();
