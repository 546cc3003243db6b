// GraphML of the visible elements, with typed attribute keys (Gephi reads them as columns, yEd as
// data) and the canvas positions as x/y so the picture can be rebuilt.
import { shown } from '../../canvas/visibility.ts';
import type cytoscape from 'cytoscape';
import { xmlEscape } from './download.ts';

type AttrType = 'string' | 'double';
const NODE_KEYS: [string, AttrType][] = [['label', 'string'], ['kind', 'string'], ['name', 'string'], ['country', 'string'], ['aliases', 'string'], ['title', 'string'], ['lat', 'double'], ['lon', 'double'], ['x', 'double'], ['y', 'double']];
const EDGE_KEYS: [string, AttrType][] = [['type', 'string'], ['date', 'string'], ['dateFrom', 'string'], ['dateTo', 'string'], ['article', 'string'], ['quote', 'string'], ['document', 'string'], ['docKind', 'string'], ['amountUsd', 'double']];

function dataLines(prefix: 'n' | 'e', keys: [string, AttrType][], values: Record<string, unknown>): string {
  return keys
    .map(([k]) => {
      const v = values[k];
      if (v === undefined || v === null || v === '') return '';
      return `<data key="${prefix}_${k}">${xmlEscape(Array.isArray(v) ? v.join('; ') : String(v))}</data>`;
    })
    .join('');
}

export function graphToGraphml(cy: cytoscape.Core): string {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const nodes = shown(cy.nodes()).map((n) => `    <node id="${xmlEscape(n.id())}">${dataLines('n', NODE_KEYS, { ...n.data(), x: n.position().x, y: n.position().y })}</node>`);
  const edges = shown(cy.edges()).map((e) => `    <edge id="${xmlEscape(e.id())}" source="${xmlEscape(e.source().id())}" target="${xmlEscape(e.target().id())}">${dataLines('e', EDGE_KEYS, e.data())}</edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="corridor" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
