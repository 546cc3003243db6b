// The header of a named query file -> metadata; caller values -> driver parameters (no database).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { paramsSchema } from '../../common/named-params.ts';
import { MAX_PATH_HOPS, NamedQueryParam } from '../../common/wire.ts';
import { bindParams, NamedQueryFileError, parseNamedQuery } from '../../server/services/named-query-file.ts';
import { namedQueries } from '../../server/services/named-query.service.ts';

const file = `// @title Visits in a range
// @description Visits whose dates meet the range,
// @description oldest first.
// @param since: date — first year, e.g. 2022
// @param until?: date - optional end
// @param limit: integer = 25 — how many
// @param kinds: list<string> = City,Province — which kinds
// @param exact: boolean = false
// A plain comment is not metadata.
MATCH (a)-[v:VISITED]->(b)
WHERE v.dateFrom >= $since AND ($until IS NULL OR v.dateTo <= $until) AND b.kind IN $kinds AND $exact = $exact
RETURN a, v, b LIMIT $limit
`;

describe('parseNamedQuery', () => {
  it('reads title, description (joined), and each parameter with type, requirement, default and description', () => {
    const q = parseNamedQuery('visits', file);
    expect(q).toMatchObject({
      name: 'visits',
      title: 'Visits in a range',
      description: 'Visits whose dates meet the range, oldest first.',
    });
    expect(q.params).toEqual([
      { name: 'since', type: 'date', required: true, description: 'first year, e.g. 2022' },
      { name: 'until', type: 'date', required: false, description: 'optional end' },
      { name: 'limit', type: 'integer', required: false, default: 25, description: 'how many' },
      {
        name: 'kinds',
        type: 'list<string>',
        required: false,
        default: ['City', 'Province'],
        description: 'which kinds',
      },
      { name: 'exact', type: 'boolean', required: false, default: false },
    ]);
    expect(q.cypher).toBe(file);
  });

  it.each([
    ['no title', '// @description x\nRETURN 1', /1: missing "\/\/ @title/],
    ['unknown type', '// @title T\n// @param n: number — x\nRETURN $n', /2: @param n: unknown type "number"/],
    ['unknown tag', '// @title T\n// @author me\nRETURN 1', /2: unknown tag @author/],
    ['unreadable param', '// @title T\n// @param : string\nRETURN 1', /2: cannot read @param/],
    [
      'bad default',
      '// @title T\n// @param n: integer = many\nRETURN $n',
      /2: @param n: default many is not of type integer/,
    ],
    ['declared, unused', '// @title T\n// @param n: string\nRETURN 1', /parameter \$n is declared but not used/],
  ])('refuses a file with %s, saying where', (_name, text, message) => {
    expect(() => parseNamedQuery('q', text, 'cypher/queries/q.cypher')).toThrowError(NamedQueryFileError);
    expect(() => parseNamedQuery('q', text, 'cypher/queries/q.cypher')).toThrowError(message);
  });
});

describe('bindParams', () => {
  const q = parseNamedQuery('visits', file);

  it('fills defaults and nulls, and sends integers as Neo4j Integers', () => {
    const bound = bindParams(q, { since: '2022' });
    expect(bound).toEqual({
      since: '2022',
      until: null,
      limit: neo4j.int(25),
      kinds: ['City', 'Province'],
      exact: false,
    });
    expect(neo4j.isInt(bound.limit)).toBe(true);
  });

  it.each([
    ['a missing required parameter', {}, 'since'],
    ['a wrong type', { since: '2022', limit: 'ten' }, 'limit'],
    ['a malformed date', { since: '22-10' }, 'since'],
    ['an unknown parameter', { since: '2022', sinse: '2023' }, 'sinse'],
  ])('refuses %s, naming it', (_name, values, named) => {
    try {
      bindParams(q, values);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ZodError);
      expect(JSON.stringify((err as ZodError).issues)).toContain(named);
    }
  });
});

describe('entity parameters', () => {
  const q = parseNamedQuery(
    'partners',
    `// @title Partners of a locality
// @param locality: entity — the locality, e.g. bac-ninh
MATCH (l:Entity {id: $locality})-[:PARTNER_OF]-(p) RETURN p
`,
  );

  it('reads `entity` as a declared type (the client offers its search picker from it)', () => {
    expect(q.params).toEqual([
      { name: 'locality', type: 'entity', required: true, description: 'the locality, e.g. bac-ninh' },
    ]);
    expect(NamedQueryParam.parse(q.params[0])).toEqual(q.params[0]);
  });

  it('takes an entity id, and refuses a name, naming the parameter', () => {
    expect(bindParams(q, { locality: 'bac-ninh' })).toEqual({ locality: 'bac-ninh' });
    expect(() => bindParams(q, { locality: 'Bắc Ninh' })).toThrowError(/slug/);
  });

  it('is how every shipped query that looks a node up by id declares that parameter', () => {
    const shipped = [...namedQueries().values()];
    const lookedUp = shipped.flatMap((s) =>
      [...s.cypher.matchAll(/\{id: \$(\w+)\}/g)].map((m) => ({ query: s.name, param: m[1] })),
    );
    expect(lookedUp.length).toBeGreaterThan(3);
    for (const { query, param } of lookedUp)
      expect(
        shipped.find((s) => s.name === query)!.params.find((p) => p.name === param)?.type,
        `${query}.$${param}`,
      ).toBe('entity');
  });
});

describe('hops parameters (walk 13, 15a: one limit with the path finder)', () => {
  const paths = (bound: string) => `// @title Paths
// @param from: entity — one end
// @param maxHops: hops = 4 — longest path considered
MATCH p = ALL SHORTEST (a:Entity {id: $from})-[r]-${bound}(b)
WITH p WHERE length(p) <= $maxHops
RETURN p
`;

  it("takes 1 to MAX_PATH_HOPS, sent as a Neo4j Integer, and refuses more, in the path finder's words", () => {
    const q = parseNamedQuery('paths', paths(`{1,${MAX_PATH_HOPS}}`));
    expect(q.params[1]).toMatchObject({ name: 'maxHops', type: 'hops', default: 4 });
    expect(bindParams(q, { from: 'lao-cai', maxHops: MAX_PATH_HOPS })).toEqual({
      from: 'lao-cai',
      maxHops: neo4j.int(MAX_PATH_HOPS),
    });
    expect(() => bindParams(q, { from: 'lao-cai', maxHops: MAX_PATH_HOPS + 1 })).toThrowError(
      `Hops must be between 1 and ${MAX_PATH_HOPS}`,
    );
    expect(() => bindParams(q, { from: 'lao-cai', maxHops: 0 })).toThrowError(/between 1 and/);
  });

  it("refuses a file whose pattern's bound is not MAX_PATH_HOPS, naming the line", () => {
    expect(() => parseNamedQuery('paths', paths('{1,6}'))).toThrowError(
      new RegExp(`paths\\.cypher:4: .*\\{1,6\\}.*${MAX_PATH_HOPS}`),
    );
    expect(() => parseNamedQuery('paths', paths('*'))).not.toThrow(); // no quantifier: nothing to bound
  });

  it('is how the shipped path query declares its hops, bounded alike', () => {
    const q = namedQueries().get('locality-paths')!;
    expect(q.params.find((p) => p.name === 'maxHops')?.type).toBe('hops');
    expect(q.description + q.params.map((p) => p.description).join(' ')).not.toMatch(/at most \d/);
  });
});

describe('date ranges (@range since until)', () => {
  const q = parseNamedQuery(
    'visits',
    `// @title Visits
// @param since?: date
// @param until?: date
// @range since until
MATCH (a)-[v:VISITED]->(b) WHERE v.dateTo >= $since AND v.dateFrom <= $until RETURN a, v, b
`,
  );
  const issues = (values: Record<string, unknown>) => {
    const checked = paramsSchema(q).safeParse(values);
    return checked.success ? [] : checked.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  };

  it('refuses a reversed range, naming until', () => {
    expect(issues({ since: '2025', until: '2022' })).toEqual([
      expect.stringMatching(/^until: until \(2022\) comes before since \(2025\): the range is reversed/),
    ]);
    expect(issues({ since: '2022-10', until: '2022' })).toEqual([]);
  });

  it('walk 12, 9: with a date that does not parse, names only its format, not a reversed range', () => {
    expect(issues({ since: 'March 2020', until: '2022' })).toEqual([
      expect.stringMatching(/^since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/),
    ]);
    expect(issues({ since: '2020', until: '22' })).toEqual([expect.stringMatching(/^until: expected a date as YYYY/)]);
  });
});
