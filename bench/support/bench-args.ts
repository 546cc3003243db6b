// Command-line options shared by the benchmarks: which synthetic graph, and how big.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { FULL_SIZE, SMALL_SIZE, type SyntheticSize } from '../synthetic/synthetic-graph.ts';

export const GRAPH_OPTIONS = {
  seed: { type: 'string', default: '42' },
  size: { type: 'string', default: 'full' },
  edges: { type: 'string' },
  'heap-mb': { type: 'string', default: '4096' },
  'pagecache-mb': { type: 'string', default: '2048' },
} as const;

export function graphSize(values: { size?: string; edges?: string }): SyntheticSize {
  const base =
    values.size === 'small' ? SMALL_SIZE : values.size === 'full' || values.size === undefined ? FULL_SIZE : undefined;
  if (!base) throw new Error(`--size must be "full" or "small", got "${values.size}"`);
  const edges = values.edges === undefined ? base.edges : Number(values.edges);
  if (!Number.isInteger(edges) || edges <= 0)
    throw new Error(`--edges must be a positive integer, got "${values.edges}"`);
  return { ...base, edges };
}

export function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

export { parseArgs };

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load ${os.loadavg()[0]!.toFixed(2)}, node ${process.version}`;
}
