// Driver values -> plain JSON and Cytoscape elements, in one place, with no database in sight.
//
// Exports (stable: the Cypher console reuses them):
//   toPlain(value)                      any driver value (Node, Relationship, Path, Integer, temporal,
//                                       Point, list, map) -> JSON-safe value, for result tables.
//   nodeToElement(node)                 a Corridor node -> Cytoscape node element, or undefined when
//                                       the node carries no node kind label (e.g. an :Article).
//   relToElement(rel, sourceId, targetId)
//                                       a relationship -> Cytoscape edge element, given the `id`
//                                       properties of its ends; undefined for a type outside EDGE_TYPES.
//   collectElements(records)            every node, relationship and path anywhere in the records
//                                       (nested in lists, maps, paths), de-duplicated -> Elements.
//   ElementCollector                    the same, incrementally: add(value) ... elements().
//   PlainNode, PlainRelationship, PlainPath   the shapes toPlain gives graph values.
//
// Why a relationship needs its ends' ids: the driver only gives element ids of the end nodes, while
// Cytoscape edges point at the `id` property. collectElements resolves them from the nodes found in
// the same records; a relationship whose ends are not in the result is left out of `edges` (the
// canvas could not draw it) but stays in the rows as plain JSON.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Integer,
  type Node as DriverNode,
  type Path as DriverPath,
  type Record as DriverRecord,
  type Relationship as DriverRelationship,
} from 'neo4j-driver';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../common/model.ts';
import type { EdgeElement, Elements, NodeElement } from '../../common/wire.ts';

export interface PlainNode {
  _type: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  _type: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}
export interface PlainPath {
  _type: 'path';
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Properties that exist for the index and mean nothing to a reader. */
const HIDDEN_PROPERTIES = new Set(['searchText']);

// Identities are numbers when the driver runs with disableLosslessIntegers (the app's GraphDb), Integers otherwise.
type Identity = number | Integer | bigint;
export type Node = DriverNode<Identity>;
export type Relationship = DriverRelationship<Identity>;
type Path = DriverPath<Identity>;

const nodeKinds: ReadonlySet<string> = new Set(NODE_KINDS);
const edgeTypes: ReadonlySet<string> = new Set(EDGE_TYPES);

/** Converts any value the driver returns into JSON-safe data. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return value;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return plainNode(value as Node);
  if (isRelationship(value)) return plainRel(value as Relationship);
  if (isUnboundRelationship(value)) {
    return {
      _type: 'relationship',
      elementId: value.elementId,
      type: value.type,
      properties: plainProps(value.properties),
    };
  }
  if (isPath(value)) {
    const path = value as Path;
    return {
      _type: 'path',
      nodes: pathNodes(path).map(plainNode),
      relationships: path.segments.map((s) => plainRel(s.relationship)),
    } satisfies PlainPath;
  }
  if (isPathSegment(value)) {
    return { start: plainNode(value.start), relationship: plainRel(value.relationship), end: plainNode(value.end) };
  }
  // Temporal values print as ISO 8601 ("2024-03-05", "2024-03-05T10:00:00Z", "P1DT2H").
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const p = { srid: toPlain(value.srid), x: value.x, y: value.y } as Record<string, unknown>;
    if (value.z !== undefined) p.z = value.z;
    return p;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Array.from(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

function plainNode(node: Node): PlainNode {
  return {
    _type: 'node',
    elementId: node.elementId,
    labels: [...node.labels],
    properties: plainProps(node.properties),
  };
}

function plainRel(rel: Relationship): PlainRelationship {
  return {
    _type: 'relationship',
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProps(rel.properties),
  };
}

function pathNodes(path: Path): Node[] {
  return path.segments.length ? [path.start, ...path.segments.map((s) => s.end)] : [path.start];
}

/** The kind of a node: its kind label (or its `kind` property when the label is missing). */
function nodeKindOf(node: Node): NodeKind | undefined {
  const label = node.labels.find((l) => nodeKinds.has(l));
  if (label) return label as NodeKind;
  const prop = node.properties.kind;
  return typeof prop === 'string' && nodeKinds.has(prop) ? (prop as NodeKind) : undefined;
}

/** The id Cytoscape uses for a node: its `id` property (the slug), else the element id. */
export function nodeIdOf(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

export function nodeToElement(node: Node): NodeElement | undefined {
  const kind = nodeKindOf(node);
  if (!kind) return undefined;
  const props = plainProps(node.properties);
  for (const hidden of HIDDEN_PROPERTIES) delete props[hidden];
  const id = nodeIdOf(node);
  const name = typeof props.name === 'string' ? props.name : id;
  const aliases = Array.isArray(props.aliases) ? props.aliases.map(String) : [];
  return { data: { ...props, id, label: name, kind, name, aliases } };
}

export function relToElement(rel: Relationship, sourceId: string, targetId: string): EdgeElement | undefined {
  if (!edgeTypes.has(rel.type)) return undefined;
  const props = plainProps(rel.properties);
  const id = typeof props.id === 'string' ? props.id : rel.elementId;
  return {
    data: {
      ...props,
      id,
      source: sourceId,
      target: targetId,
      type: rel.type as EdgeType,
      article: typeof props.article === 'string' ? props.article : '',
      quote: typeof props.quote === 'string' ? props.quote : '',
    },
  };
}

/** Gathers graph values from anywhere in a result and turns them into de-duplicated elements. */
export class ElementCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, Relationship>();

  add(value: unknown): this {
    if (value === null || typeof value !== 'object') return this;
    if (isNode(value)) {
      this.nodes.set(value.elementId, value as Node);
    } else if (isRelationship(value)) {
      this.rels.set(value.elementId, value as Relationship);
    } else if (isPath(value)) {
      const path = value as Path;
      for (const n of pathNodes(path)) this.add(n);
      for (const s of path.segments) this.add(s.relationship);
    } else if (isPathSegment(value)) {
      this.add(value.start).add(value.relationship).add(value.end);
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v);
    } else if (isPlainObject(value)) {
      for (const v of Object.values(value)) this.add(v);
    }
    return this;
  }

  addRecords(records: readonly DriverRecord[]): this {
    for (const record of records) for (const key of record.keys) this.add(record.get(key));
    return this;
  }

  elements(): Elements {
    const nodes: NodeElement[] = [];
    const idByElementId = new Map<string, string>();
    for (const node of this.nodes.values()) {
      const el = nodeToElement(node);
      if (!el) continue;
      nodes.push(el);
      idByElementId.set(node.elementId, el.data.id);
    }
    const edges: EdgeElement[] = [];
    for (const rel of this.rels.values()) {
      const source = idByElementId.get(rel.startNodeElementId);
      const target = idByElementId.get(rel.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      const el = relToElement(rel, source, target);
      if (el) edges.push(el);
    }
    return { nodes, edges };
  }
}

export function collectElements(records: readonly DriverRecord[]): Elements {
  return new ElementCollector().addRecords(records).elements();
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
