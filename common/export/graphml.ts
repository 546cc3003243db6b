// Elements -> GraphML (http://graphml.graphdrawing.org/), for networkx, Gephi, yEd, Cytoscape
// desktop. Every property of every node and edge gets a typed <key> declaration, so a reader
// keeps numbers as numbers; lists (aliases) are joined with " | " since GraphML has no list type.
// The server's /api/export and the explorer's download both write with this.
import { cellText, columnsOf, type Column } from './element-columns.ts';
import { EDGE_FIELDS_FIRST, edgeRows, NODE_FIELDS_FIRST, nodeRows, type ExportElements } from './element-rows.ts';
import { xmlText as xml } from './xml.ts';

export function toGraphml(elements: ExportElements): string {
  const nodes = nodeRows(elements);
  const edges = edgeRows(elements);
  // The id is the element's own id attribute; source and target are the edge's ends.
  const nodeCols = columnsOf(nodes, NODE_FIELDS_FIRST, ['id']);
  const edgeCols = columnsOf(edges, EDGE_FIELDS_FIRST, ['id', 'source', 'target']);
  const nodeKeys = nodeCols.map((c, i) => ({ ...c, key: `n${i}` }));
  const edgeKeys = edgeCols.map((c, i) => ({ ...c, key: `e${i}` }));

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of nodeKeys) out.push(keyDecl(k, 'node'));
  for (const k of edgeKeys) out.push(keyDecl(k, 'edge'));
  out.push('  <graph id="corridor" edgedefault="directed">');
  for (const row of nodes) {
    out.push(`    <node id="${xml(String(row.id))}">`);
    pushData(out, nodeKeys, row);
    out.push('    </node>');
  }
  for (const row of edges) {
    out.push(
      `    <edge id="${xml(String(row.id))}" source="${xml(String(row.source))}" target="${xml(String(row.target))}">`,
    );
    pushData(out, edgeKeys, row);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function keyDecl(k: Column & { key: string }, domain: 'node' | 'edge'): string {
  return `  <key id="${k.key}" for="${domain}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`;
}

function pushData(out: string[], keys: (Column & { key: string })[], row: Record<string, unknown>): void {
  for (const k of keys) {
    const v = row[k.name];
    if (v === undefined || v === null) continue;
    out.push(`      <data key="${k.key}">${xml(cellText(v))}</data>`);
  }
}
