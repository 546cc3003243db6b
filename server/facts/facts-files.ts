// Facts files on disk: where the seed facts are, which files a folder holds, reading and checking a
// batch of them (every problem of every file reported at once), and the summary a load prints.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { GraphRows } from './build-graph.ts';
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
          message:
            'this file is a draft and is not approved: review it, then set `approved: true` or load with --approve',
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

export function summarize(files: number, rows: GraphRows, ms: number): LoadSummary {
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
