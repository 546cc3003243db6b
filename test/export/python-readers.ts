// Independent readers for the exported files: networkx (as a researcher would load the GraphML)
// and Python's csv module. The first python3 that has networkx is used (PATH's, else Debian's
// /usr/bin/python3, where .ci/run installs python3-networkx); absent both, those tests are skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PYTHONS = ['python3', '/usr/bin/python3'];
const withNetworkx = PYTHONS.find((py) => spawnSync(py, ['-c', 'import networkx']).status === 0);
const PYTHON = withNetworkx ?? 'python3';
export const HAS_NETWORKX = withNetworkx !== undefined;
export const HAS_PYTHON = spawnSync(PYTHON, ['-c', 'pass']).status === 0;

function runPython(script: string, input: string, suffix: string): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-export-'));
  const file = path.join(dir, `input${suffix}`);
  try {
    fs.writeFileSync(file, input, 'utf8');
    const out = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`${PYTHON} failed: ${out.stderr}`);
    return JSON.parse(out.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface NetworkxGraph {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; id: string; attrs: Record<string, unknown> }[];
}

/** networkx.read_graphml, then every node and edge with its attributes (types as networkx gives them). */
export function readGraphmlWithNetworkx(graphml: string): NetworkxGraph {
  return runPython(
    `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
nodes = {n: dict(d) for n, d in g.nodes(data=True)}
edges = []
if g.is_multigraph():
    for s, t, k, d in g.edges(keys=True, data=True):
        d = dict(d); eid = d.pop('id', k); edges.append({'source': s, 'target': t, 'id': str(eid), 'attrs': d})
else:
    for s, t, d in g.edges(data=True):
        d = dict(d); eid = d.pop('id', ''); edges.append({'source': s, 'target': t, 'id': str(eid), 'attrs': d})
print(json.dumps({'directed': g.is_directed(), 'nodes': nodes, 'edges': edges}, ensure_ascii=False))
`,
    graphml,
    '.graphml',
  ) as NetworkxGraph;
}

/** Python's csv.DictReader over the text: one object per row, every value a string. */
export function readCsvWithPython(csv: string): { columns: string[]; rows: Record<string, string>[] } {
  return runPython(
    `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    r = csv.DictReader(f)
    rows = list(r)
    print(json.dumps({'columns': r.fieldnames or [], 'rows': rows}, ensure_ascii=False))
`,
    csv,
    '.csv',
  ) as { columns: string[]; rows: Record<string, string>[] };
}
