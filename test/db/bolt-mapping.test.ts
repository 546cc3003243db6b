// Table-driven: driver values built by hand (no database) -> plain JSON and Cytoscape elements.
import neo4j, {
  Date as NeoDate,
  DateTime,
  Duration,
  Node,
  Path,
  PathSegment,
  Point,
  Record,
  Relationship,
} from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  collectElements,
  ElementCollector,
  nodeToElement,
  relToElement,
  toPlain,
} from '../../server/db/bolt-mapping.ts';
import { Elements } from '../../common/wire.ts';

const bacNinh = new Node(
  1,
  ['Entity', 'Province'],
  { id: 'bac-ninh', name: 'Bắc Ninh', kind: 'Province', aliases: ['Bac Ninh'], searchText: 'Bac Ninh', lat: 21.18 },
  'e:1',
);
const goertek = new Node(
  2,
  ['Entity', 'Company'],
  { id: 'goertek', name: 'Goertek', kind: 'Company', aliases: [] },
  'e:2',
);
const weifang = new Node(3, ['Entity', 'City'], { id: 'weifang', name: 'Weifang', kind: 'City' }, 'e:3');
const article = new Node(4, ['Article'], { id: 'a1', title: 'T', text: 'x' }, 'e:4');
const invested = new Relationship(
  10,
  2,
  1,
  'INVESTED_IN',
  { id: 'r-inv', article: 'a1', quote: 'Goertek invested', amountUsd: 900_000_000, projects: neo4j.int(3) },
  'r:10',
  'e:2',
  'e:1',
);
const located = new Relationship(
  11,
  2,
  3,
  'LOCATED_IN',
  { id: 'r-loc', article: 'a1', quote: 'of Weifang' },
  'r:11',
  'e:2',
  'e:3',
);
const foreign = new Relationship(12, 1, 4, 'MENTIONED_IN', {}, 'r:12', 'e:1', 'e:4');

describe('toPlain', () => {
  const cases: [string, unknown, unknown][] = [
    ['null', null, null],
    ['undefined as null', undefined, null],
    ['string', 'Hưng Yên', 'Hưng Yên'],
    ['float', 1.5, 1.5],
    ['boolean', true, true],
    ['Integer in range', neo4j.int(42), 42],
    ['Integer beyond 2^53 as a string', neo4j.int('9007199254740993'), '9007199254740993'],
    ['bigint', 7n, 7],
    ['Date', new NeoDate(2024, 3, 5), '2024-03-05'],
    ['DateTime UTC', new DateTime(2024, 3, 5, 10, 0, 0, 0, 0), '2024-03-05T10:00:00Z'],
    ['Duration', new Duration(0, 1, 7200, 0), 'P1DT2H'],
    ['Point', new Point(4326, 106.1, 21.2), { srid: 4326, x: 106.1, y: 21.2 }],
    ['list of Integers', [neo4j.int(1), neo4j.int(2)], [1, 2]],
    ['nested map', { a: { b: neo4j.int(3) }, c: [new NeoDate(2020, 1, 2)] }, { a: { b: 3 }, c: ['2020-01-02'] }],
    [
      'Node',
      goertek,
      {
        _type: 'node',
        elementId: 'e:2',
        labels: ['Entity', 'Company'],
        properties: { id: 'goertek', name: 'Goertek', kind: 'Company', aliases: [] },
      },
    ],
    [
      'Relationship with Integer property',
      invested,
      {
        _type: 'relationship',
        elementId: 'r:10',
        type: 'INVESTED_IN',
        startElementId: 'e:2',
        endElementId: 'e:1',
        properties: { id: 'r-inv', article: 'a1', quote: 'Goertek invested', amountUsd: 900_000_000, projects: 3 },
      },
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(toPlain(input)).toEqual(expected);
  });

  it('turns a Path into its nodes in order and its relationships', () => {
    const path = new Path(bacNinh, weifang, [
      new PathSegment(bacNinh, invested, goertek),
      new PathSegment(goertek, located, weifang),
    ]);
    const plain = toPlain(path) as {
      _type: string;
      nodes: { properties: { id: string } }[];
      relationships: { type: string }[];
    };
    expect(plain._type).toBe('path');
    expect(plain.nodes.map((n) => n.properties.id)).toEqual(['bac-ninh', 'goertek', 'weifang']);
    expect(plain.relationships.map((r) => r.type)).toEqual(['INVESTED_IN', 'LOCATED_IN']);
  });

  it('gives output that survives JSON unchanged', () => {
    const value = { n: bacNinh, r: invested, d: new NeoDate(2024, 3, 5), i: neo4j.int(5) };
    const plain = toPlain(value);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

describe('nodeToElement', () => {
  it('uses the id property, the name as label and the kind label; hides searchText', () => {
    expect(nodeToElement(bacNinh)).toEqual({
      data: {
        id: 'bac-ninh',
        label: 'Bắc Ninh',
        name: 'Bắc Ninh',
        kind: 'Province',
        aliases: ['Bac Ninh'],
        lat: 21.18,
      },
    });
  });
  it('fills aliases with [] when the node has none', () => {
    expect(nodeToElement(weifang)?.data.aliases).toEqual([]);
  });
  it('gives undefined for a node without a kind label (an Article)', () => {
    expect(nodeToElement(article)).toBeUndefined();
  });
  it('falls back to the element id and the kind property', () => {
    const bare = new Node(9, ['Entity'], { kind: 'City', name: 'X' }, 'e:9');
    expect(nodeToElement(bare)?.data).toMatchObject({ id: 'e:9', kind: 'City', label: 'X' });
  });
});

describe('relToElement', () => {
  it('uses the id property, the given ends and the type, with plain property values', () => {
    expect(relToElement(invested, 'goertek', 'bac-ninh')).toEqual({
      data: {
        id: 'r-inv',
        source: 'goertek',
        target: 'bac-ninh',
        type: 'INVESTED_IN',
        article: 'a1',
        quote: 'Goertek invested',
        amountUsd: 900_000_000,
        projects: 3,
      },
    });
  });
  it('gives undefined for a type outside the vocabulary', () => {
    expect(relToElement(foreign, 'bac-ninh', 'a1')).toBeUndefined();
  });
});

describe('collectElements', () => {
  const rec = (keys: string[], fields: unknown[]) => new Record(keys, fields);
  const cases: [string, Record[], { nodes: string[]; edges: string[] }][] = [
    ['nothing graph-like', [rec(['x'], [neo4j.int(1)])], { nodes: [], edges: [] }],
    ['a node in a column', [rec(['n'], [bacNinh])], { nodes: ['bac-ninh'], edges: [] }],
    [
      'same node twice is one element',
      [rec(['a', 'b'], [bacNinh, bacNinh]), rec(['a', 'b'], [bacNinh, goertek])],
      { nodes: ['bac-ninh', 'goertek'], edges: [] },
    ],
    [
      'relationship with its ends',
      [rec(['a', 'r', 'b'], [goertek, invested, bacNinh])],
      { nodes: ['goertek', 'bac-ninh'], edges: ['r-inv'] },
    ],
    ['relationship without its ends is left out', [rec(['r'], [invested])], { nodes: [], edges: [] }],
    [
      'nodes and relationships nested in lists and maps',
      [rec(['m'], [{ list: [goertek, { deep: weifang }], rels: [located] }])],
      { nodes: ['goertek', 'weifang'], edges: ['r-loc'] },
    ],
    [
      'a path gives every node and relationship on it',
      [
        rec(
          ['p'],
          [
            new Path(bacNinh, weifang, [
              new PathSegment(bacNinh, invested, goertek),
              new PathSegment(goertek, located, weifang),
            ]),
          ],
        ),
      ],
      { nodes: ['bac-ninh', 'goertek', 'weifang'], edges: ['r-inv', 'r-loc'] },
    ],
    [
      'Article nodes and foreign relationship types are left out',
      [rec(['a', 'r', 'b'], [bacNinh, foreign, article])],
      { nodes: ['bac-ninh'], edges: [] },
    ],
  ];
  it.each(cases)('%s', (_name, records, expected) => {
    const els = collectElements(records);
    expect(els.nodes.map((n) => n.data.id).sort()).toEqual([...expected.nodes].sort());
    expect(els.edges.map((e) => e.data.id).sort()).toEqual([...expected.edges].sort());
    // What comes out is what the wire schema accepts.
    expect(() => Elements.parse(els)).not.toThrow();
  });

  it('points edges at node ids, keeping direction', () => {
    const els = new ElementCollector().add([goertek, invested, bacNinh]).elements();
    expect(els.edges[0]?.data).toMatchObject({ source: 'goertek', target: 'bac-ninh', type: 'INVESTED_IN' });
  });
});
