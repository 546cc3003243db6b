// The pure serializers, on elements chosen to be awkward: XML and CSV metacharacters, Vietnamese
// and Chinese text, newlines, a control character, ints beyond 32 bits, doubles, booleans, lists,
// properties only some elements have. Read back with independent parsers (networkx, Python csv).
import { describe, expect, it } from 'vitest';
import type { Elements } from '../../common/wire.ts';
import { CSV_BOM, toCsv } from '../../common/export/csv.ts';
import { columnsOf } from '../../common/export/element-columns.ts';
import { toGraphml } from '../../common/export/graphml.ts';
import { HAS_NETWORKX, HAS_PYTHON, readCsvWithPython, readGraphmlWithNetworkx } from './python-readers.ts';

const elements: Elements = {
  nodes: [
    {
      data: {
        id: 'bac-ninh',
        label: 'Bắc Ninh',
        kind: 'Province',
        name: 'Bắc Ninh',
        aliases: ['Bac Ninh', 'Bắc Ninh province'],
        lat: 21.18,
        lon: 106.07,
        degree: 12,
      },
    },
    {
      data: {
        id: 'goertek',
        label: 'Goertek',
        kind: 'Company',
        name: 'Goertek',
        aliases: ['歌尔', 'Goertek "Group", Inc. & <Co>'],
        degree: 3,
        listed: true,
      },
    },
    { data: { id: 'x&y', label: "it's <x>", kind: 'City', name: "it's <x>", aliases: [] } },
  ],
  edges: [
    {
      data: {
        id: 'e1',
        source: 'goertek',
        target: 'bac-ninh',
        type: 'INVESTED_IN',
        article: '000_a',
        quote: 'accounts for over US$900 million,\nemploying 37,000 "workers" & more\u0001',
        amountUsd: 900_000_000,
        workers: 37000,
        big: 5_000_000_000,
      },
    },
    {
      data: {
        id: 'e2',
        source: 'bac-ninh',
        target: 'x&y',
        type: 'PARTNER_OF',
        article: '000_a',
        quote: 'partner',
        date: '2023-12',
        dateFrom: '2023-12-01',
        dateTo: '2023-12-31',
      },
    },
    {
      data: {
        id: 'e3',
        source: 'bac-ninh',
        target: 'x&y',
        type: 'SIGNED',
        article: '000_a',
        quote: 'signed',
        document: 'MoU',
        docKind: 'MoU',
        count: 2.5,
      },
    },
  ],
};

describe('columnsOf', () => {
  it('types each property by every value it takes, leading names first', () => {
    const cols = columnsOf(
      [
        { id: 'a', n: 1, big: 5_000_000_000, f: 1, b: true, mixed: 1, list: ['x'] },
        { id: 'b', n: 2, f: 1.5, b: false, mixed: 'one', extra: null },
      ],
      ['id', 'list'],
    );
    expect(cols).toEqual([
      { name: 'id', type: 'string' },
      { name: 'list', type: 'string' },
      { name: 'b', type: 'boolean' },
      { name: 'big', type: 'long' },
      { name: 'extra', type: 'string' },
      { name: 'f', type: 'double' },
      { name: 'mixed', type: 'string' },
      { name: 'n', type: 'int' },
    ]);
  });
});

describe('toGraphml', () => {
  const graphml = toGraphml(elements);

  it('declares a typed key for every node and edge property', () => {
    const keys = [
      ...graphml.matchAll(/<key id="(\w+)" for="(node|edge)" attr.name="([^"]+)" attr.type="(\w+)"\/>/g),
    ].map((m) => `${m[2]}:${m[3]}:${m[4]}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'node:label:string',
        'node:aliases:string',
        'node:lat:double',
        'node:degree:int',
        'node:listed:boolean',
        'edge:amountUsd:int',
        'edge:big:long',
        'edge:count:double',
        'edge:type:string',
        'edge:quote:string',
      ]),
    );
    expect(keys.filter((k) => k.startsWith('node:'))).toHaveLength(
      new Set(elements.nodes.flatMap((n) => Object.keys(n.data))).size - 1,
    );
    expect(keys.filter((k) => k.startsWith('edge:'))).toHaveLength(
      new Set(elements.edges.flatMap((e) => Object.keys(e.data))).size - 3,
    );
  });

  it.skipIf(!HAS_NETWORKX)('loads in networkx with every node, edge and property, typed', () => {
    const g = readGraphmlWithNetworkx(graphml);
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual(elements.nodes.map((n) => n.data.id).sort());
    for (const { data } of elements.nodes) {
      const { id, ...props } = data;
      const expected = Object.fromEntries(
        Object.entries(props).map(([k, v]) => [k, Array.isArray(v) ? v.join(' | ') : v]),
      );
      expect(g.nodes[id]).toEqual(expected);
    }
    expect(g.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    for (const { data } of elements.edges) {
      const { id, source, target, ...props } = data;
      const e = g.edges.find((x) => x.id === id)!;
      expect([e.source, e.target]).toEqual([source, target]);
      // XML 1.0 cannot carry U+0001: it is dropped; everything else comes back as it was.
      const expected = {
        ...props,
        ...(typeof props.quote === 'string' ? { quote: props.quote.replace('\u0001', '') } : {}),
      };
      expect(e.attrs).toEqual(expected);
    }
  });

  it('gives a valid empty graph for no elements', () => {
    expect(toGraphml({ nodes: [], edges: [] })).toContain('<graph id="corridor" edgedefault="directed">');
  });
});

describe('toCsv', () => {
  it('puts id, label, kind, name, aliases first for nodes and id, source, target, type for edges', () => {
    expect(toCsv(elements, 'nodes').split('\r\n')[0]).toBe(
      `${CSV_BOM}id,label,kind,name,aliases,degree,lat,listed,lon`,
    );
    expect(toCsv(elements, 'edges').split('\r\n')[0]).toMatch(
      /^\uFEFFid,source,target,type,article,quote,date,dateFrom,dateTo,/,
    );
  });

  it('starts with a UTF-8 byte order mark (Excel reads the diacritics right) and writes what each source states as fields, not JSON (walk 25)', () => {
    const csv = toCsv(
      {
        nodes: [],
        edges: [
          {
            data: {
              id: 'e9',
              source: 'goertek',
              target: 'bac-ninh',
              type: 'INVESTED_IN',
              article: 'a1',
              quote: 'Goertek invested',
              sourceStated: [{ amountUsd: 5e8, date: '2023-05' }, {}, { amountUsd: 6e8 }],
            },
          },
        ],
      },
      'edges',
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('amountUsd: 500000000; date: 2023-05 |  | amountUsd: 600000000');
    expect(csv).not.toContain('{');
  });

  it.skipIf(!HAS_PYTHON)('reads back with Python csv: every row and value, commas, quotes and newlines intact', () => {
    const nodes = readCsvWithPython(toCsv(elements, 'nodes'));
    expect(nodes.rows).toHaveLength(3);
    expect(nodes.rows[1]).toMatchObject({
      id: 'goertek',
      aliases: '歌尔 | Goertek "Group", Inc. & <Co>',
      degree: '3',
      listed: 'true',
      lat: '',
    });
    const edges = readCsvWithPython(toCsv(elements, 'edges'));
    expect(edges.rows.map((r) => r.id)).toEqual(['e1', 'e2', 'e3']);
    expect(edges.rows[0]).toMatchObject({
      source: 'goertek',
      target: 'bac-ninh',
      quote: elements.edges[0]!.data.quote,
      amountUsd: '900000000',
    });
  });

  it('credits no article or outlet to a link from reference data: it says where it comes from instead (walk 27)', () => {
    const reference = {
      nodes: [],
      edges: [
        {
          data: {
            id: 'r1',
            source: 'bac-ninh',
            target: 'vietnam',
            type: 'LOCATED_IN' as const,
            article: '000_a',
            quote: '',
            basis: 'reference' as const,
            referenceSource: 'gazetteer (seeds/gazetteer/vn-provinces.yaml)',
            sources: 0,
            sourceArticles: ['000_a'],
            sourceOutlets: ['Viet Nam News (VNS)'],
            sourcePublished: ['2023-12-25'],
          },
        },
      ],
    };
    for (const text of [toCsv(reference, 'edges'), toGraphml(reference)]) {
      expect(text).not.toContain('Viet Nam News');
      expect(text).not.toContain('000_a');
      expect(text).toContain('gazetteer (seeds/gazetteer/vn-provinces.yaml)');
    }
  });

  it('gives just the header for no elements', () => {
    expect(toCsv({ nodes: [], edges: [] }, 'edges')).toBe(
      `${CSV_BOM}id,source,target,type,article,articleTitle,articleUrl,quote,date,endDate,dateFrom,dateTo\r\n`,
    );
  });
});
