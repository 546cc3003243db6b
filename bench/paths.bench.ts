// npm run bench:paths — /api/paths' queries against the naive shortestPath() form they replaced,
// on the seed graph, in the same run (ratios, not absolute times, are the result: this machine
// is shared). The naive form puts the length bound and the type filter in the MATCH's WHERE,
// which makes Neo4j fall back to enumerating every path when no path qualifies.
// Uses NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD) if set, else a throw-away embedded Neo4j.
import neo4j from 'neo4j-driver';
import { applySchema } from '../server/services/schema.service.ts';
import { cypher, cypherFile } from '../server/db/cypher-files.ts';
import { loadSeedGraph, startBenchDb } from './support/bench-db.ts';
import { GraphDb } from '../server/db/graph-db.ts';

const NAIVE_SHORTEST = cypher`
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..8]-(b))
WHERE length(p) <= $maxHops
  AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
RETURN p`;

interface Case {
  name: string;
  params: { from: string; to: string; maxHops: number; types: string[] | null };
}
const CASES: Case[] = [
  {
    name: 'reachable (hung-yen -> laibin, 4 hops)',
    params: { from: 'hung-yen', to: 'laibin', maxHops: 6, types: null },
  },
  { name: 'too far for maxHops=3', params: { from: 'hung-yen', to: 'laibin', maxHops: 3, types: null } },
  { name: 'no path of type MET', params: { from: 'hung-yen', to: 'laibin', maxHops: 8, types: ['MET'] } },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(
  db: GraphDb,
  query: string,
  params: Case['params'],
  runs: number,
): Promise<{ ms: number; paths: number }> {
  const p = { ...params, maxHops: neo4j.int(params.maxHops) };
  let paths = 0;
  await db.read(query, p, { timeoutMs: 120_000 }); // plan and warm the caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    paths = (await db.read(query, p, { timeoutMs: 120_000 })).records.length;
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), paths };
}

async function main() {
  let stop = async () => {};
  let db: GraphDb;
  if (process.env.NEO4J_URI) {
    db = new GraphDb({
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      timeoutMs: 120_000,
      embedded: false,
    });
  } else {
    const bench = await startBenchDb({ timeoutMs: 120_000, log: () => {} });
    db = bench.db;
    stop = () => bench.stop();
  }
  try {
    if (process.env.NEO4J_URI) await applySchema(db);
    await loadSeedGraph(db);
    const current = cypherFile('api/paths-shortest.cypher');
    console.log(
      'case'.padEnd(42),
      'naive ms'.padStart(10),
      'current ms'.padStart(11),
      'ratio'.padStart(8),
      ' paths (naive/current)',
    );
    for (const c of CASES) {
      const naive = await time(db, NAIVE_SHORTEST, c.params, 3);
      const now = await time(db, current, c.params, 15);
      const ratio = naive.ms / now.ms;
      console.log(
        c.name.padEnd(42),
        naive.ms.toFixed(1).padStart(10),
        now.ms.toFixed(1).padStart(11),
        `${ratio.toFixed(1)}x`.padStart(8),
        ` ${naive.paths}/${now.paths}`,
      );
    }
    console.log('(medians; naive 3 runs, current 15 runs, after one warm-up each)');
  } finally {
    if (process.env.NEO4J_URI) await db.close();
    await stop();
  }
}

await main();
