// Loads facts files into Neo4j: read and check all of them first, then write everything in one
// transaction, so a bad file leaves the graph exactly as it was. MERGE on ids makes it idempotent.
import fs from 'node:fs';
import path from 'node:path';
import { cypher, cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { PROJECT_ROOT } from '../config.ts';
import { buildGraph, type GraphRows } from './build-graph.ts';
import { FactsError, readFactsFile, type ReadFacts } from './read-facts.ts';

export const SEED_FACTS_DIR = path.join(PROJECT_ROOT, 'seeds', 'facts');

export interface LoadOptions {
  /** Empty Corridor's data first (in the same transaction). */
  reset?: boolean;
  /** Load drafts even if not marked approved (the ingest's --approve). */
  approveDrafts?: boolean;
  /** Where the article .txt files are; default: the folder above each facts file. */
  articlesDir?: string;
}

export interface LoadSummary {
  files: number;
  articles: number;
  nodesByLabel: Record<string, number>;
  edgesByType: Record<string, number>;
  ms: number;
}

/** The .yaml/.yml/.json files of a folder, or the file itself. */
export function factsFilesIn(target: string): string[] {
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => path.join(target, f));
}

export function readAndCheck(paths: string[], opts: LoadOptions = {}): ReadFacts[] {
  const read: ReadFacts[] = [];
  const problems: FactsError['problems'] = [];
  for (const p of paths) {
    try {
      const rf = readFactsFile(p, opts.articlesDir);
      if (rf.facts.status === 'draft' && !rf.facts.approved && !opts.approveDrafts) {
        problems.push({
          file: rf.file,
          ...rf.locate(['status']),
          message: 'this file is a draft and is not approved: review it, then set `approved: true` or load with --approve',
        });
      }
      read.push(rf);
    } catch (err) {
      if (err instanceof FactsError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length) throw new FactsError(problems);
  return read;
}

export async function loadFacts(db: GraphDb, paths: string[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const files = readAndCheck(paths, opts);
  const declared = new Set(files.flatMap((f) => f.facts.entities.map((e) => e.id)));
  const referenced = [...new Set(files.flatMap((f) => f.facts.relations.flatMap((r) => [r.from, r.to])))].filter((id) => !declared.has(id));
  // Relations may point at nodes already in the graph (an ingested article about known places),
  // unless the load starts from an empty graph.
  const existingIds =
    referenced.length && !opts.reset
      ? new Set((await db.read<{ ids: string[] }>(cypherFile('facts/existing-ids.cypher'), { ids: referenced })).records[0]?.get('ids') ?? [])
      : new Set<string>();
  const rows = buildGraph(files, { existingIds });
  await writeRows(db, rows, opts.reset ?? false);
  return summarize(files.length, rows, performance.now() - started);
}

export async function writeRows(db: GraphDb, rows: GraphRows, reset: boolean): Promise<void> {
  await db.writeTx(
    async (tx) => {
      if (reset) await tx.run(cypherFile('facts/reset.cypher'));
      await tx.run(cypherFile('facts/merge-articles.cypher'), { articles: rows.articles });
      await tx.run(cypherFile('facts/merge-nodes.cypher'), { nodes: rows.nodes });
      const result = await tx.run<{ written: number }>(cypherFile('facts/merge-edges.cypher'), { edges: rows.edges });
      const written = result.records[0]?.get('written') ?? 0;
      // buildGraph checked every endpoint; a shortfall means one vanished meanwhile: roll back.
      if (written !== rows.edges.length) throw new Error(`wrote ${written} of ${rows.edges.length} relationships: an endpoint is missing`);
    },
    { timeoutMs: 120_000 },
  );
}

function summarize(files: number, rows: GraphRows, ms: number): LoadSummary {
  const count = <T>(xs: T[], key: (x: T) => string) =>
    xs.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});
  return {
    files,
    articles: rows.articles.length,
    nodesByLabel: count(rows.nodes, (n) => n.kind),
    edgesByType: count(rows.edges, (e) => e.type),
    ms: Math.round(ms),
  };
}

export function formatSummary(s: LoadSummary): string {
  const table = (o: Record<string, number>) =>
    Object.entries(o)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `    ${k.padEnd(14)} ${v}`)
      .join('\n');
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return [
    `Loaded ${s.files} facts file(s), ${s.articles} article(s) in ${s.ms} ms`,
    `  nodes: ${total(s.nodesByLabel)}`,
    table(s.nodesByLabel),
    `  edges: ${total(s.edgesByType)}`,
    table(s.edgesByType),
  ].join('\n');
}

/** Corridor's data present? Used to seed on first start. */
export async function hasCorridorData(db: GraphDb): Promise<boolean> {
  const r = await db.read<{ n: number }>(cypher`MATCH (a:Article) RETURN count(a) AS n`);
  return (r.records[0]?.get('n') ?? 0) > 0;
}
