// The seed loader against a real Neo4j: idempotent, transactional, and precise about bad input.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactsError } from '../../server/facts/read-facts.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { testDb } from '../support/test-db.ts';

const FIXTURES = path.resolve('test/fixtures/seeds');
const GOOD = path.join(FIXTURES, 'facts', 'fixture_001.yaml');
const db = testDb();

/** Writes a variant of the good fixture (one textual edit) next to a copy of its article. */
function variant(name: string, edit: (yaml: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-facts-'));
  fs.mkdirSync(path.join(dir, 'facts'));
  fs.copyFileSync(path.join(FIXTURES, 'fixture_001.txt'), path.join(dir, 'fixture_001.txt'));
  const original = fs.readFileSync(GOOD, 'utf8');
  const edited = edit(original);
  expect(edited, 'the edit must change the fixture').not.toBe(original);
  const file = path.join(dir, 'facts', `${name}.yaml`);
  fs.writeFileSync(file, edited);
  return file;
}

function lineOf(file: string, needle: string): number {
  return (
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

async function expectRefused(file: string, expected: { line: number; field: string; message: RegExp }) {
  const before = await graphChecksum(db);
  const err = await loadFacts(db, [file]).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FactsError);
  const problems = (err as FactsError).problems;
  expect(problems).toContainEqual(
    expect.objectContaining({
      file: path.relative(process.cwd(), file),
      line: expected.line,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    }),
  );
  expect(await graphChecksum(db), 'a refused load must write nothing').toEqual(before);
}

beforeAll(async () => {
  await loadFacts(db, [GOOD], { reset: true });
});
afterAll(async () => {
  await db.close();
});

describe('loading facts', () => {
  it('writes every entity and relation with its article and quote', async () => {
    const r = await db.read(
      `MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS type, b.id AS b, r.article AS article, r.quote AS quote, r.dateFrom AS dateFrom, r.dateTo AS dateTo ORDER BY type`,
    );
    expect(r.records.map((x) => x.toObject())).toEqual([
      {
        a: 'fx-nguyen-van-a',
        type: 'MET',
        b: 'fx-li-si',
        article: 'fixture_001',
        quote: 'Director Nguyễn Văn A met Mr. Li Si in Nanning on March 3.',
        dateFrom: '2024-03-03',
        dateTo: '2024-03-03',
      },
      {
        a: 'fx-bac-ninh',
        type: 'SIGNED',
        b: 'fx-nanning',
        article: 'fixture_001',
        quote: 'The northern province of Bắc Ninh signed a Memorandum of Understanding with Nanning City on trade.',
        dateFrom: '2024-01-01',
        dateTo: '2024-12-31',
      },
    ]);
    const n = await db.read(
      `MATCH (n:Entity {id: 'fx-nanning'}) RETURN labels(n) AS labels, n.aliases AS aliases, n.searchText AS searchText`,
    );
    expect([...n.records[0]!.get('labels')].sort()).toEqual(['City', 'Entity']);
    expect(n.records[0]!.get('aliases')).toEqual(['Nam Ninh', '南宁']);
    const art = await db.read(`MATCH (a:Article {id: 'fixture_001'}) RETURN a.text AS text`);
    expect(art.records[0]!.get('text')).toBe(fs.readFileSync(path.join(FIXTURES, 'fixture_001.txt'), 'utf8'));
  });

  it('is idempotent: a second load leaves the same graph', async () => {
    const first = await graphChecksum(db);
    await loadFacts(db, [GOOD]);
    expect(await graphChecksum(db)).toEqual(first);
  });

  it('--reset empties Corridor data first, in the same transaction', async () => {
    await db.write(`MERGE (n:Entity:City {id: 'fx-stale'}) SET n.name = 'Stale'`);
    await loadFacts(db, [GOOD], { reset: true });
    const r = await db.read(`MATCH (n:Entity {id: 'fx-stale'}) RETURN count(n) AS n`);
    expect(r.records[0]!.get('n')).toBe(0);
  });
});

describe('refusing bad facts files, naming file, line and field, writing nothing', () => {
  it('an unknown node kind', async () => {
    const file = variant('bad-kind', (y) => y.replace('kind: City', 'kind: Town'));
    await expectRefused(file, {
      line: lineOf(file, 'kind: Town'),
      field: 'entities[1].kind',
      message: /Province|expected one of/i,
    });
  });

  it('a quote that is not verbatim in the article', async () => {
    const file = variant('misquote', (y) => y.replace('met Mr. Li Si in Nanning', 'met Mr Li Si in Nanning'));
    await expectRefused(file, {
      line: lineOf(file, 'met Mr Li Si'),
      field: 'relations[1].quote',
      message: /not verbatim in fixture_001\.txt: the article matches up to "[^"]*met Mr", then differs at " Li Si/,
    });
  });

  it('a relation pointing at an entity nobody declared', async () => {
    const file = variant('dangling', (y) => y.replace('to: fx-li-si', 'to: fx-nobody'));
    await expectRefused(file, {
      line: lineOf(file, 'to: fx-nobody'),
      field: 'relations[1].to',
      message: /"fx-nobody" is not an entity/,
    });
  });

  it('a missing required field of a relation type', async () => {
    const file = variant('no-doc-kind', (y) => y.replace('    docKind: MoU\n', ''));
    await expectRefused(file, {
      line: lineOf(file, '- type: SIGNED'),
      field: 'relations[0].docKind',
      message: /expected one of|invalid/i,
    });
  });

  it('YAML that does not parse', async () => {
    const file = variant('bad-yaml', (y) => y.replace('aliases: [Nam Ninh, 南宁]', 'aliases: [Nam Ninh, 南宁'));
    const err = await loadFacts(db, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactsError);
    expect((err as FactsError).message).toMatch(/YAML syntax/);
    expect((err as FactsError).problems[0]!.line).toBeGreaterThan(0);
  });

  it('a draft that nobody approved', async () => {
    const file = variant('draft', (y) => y.replace('status: curated', 'status: draft'));
    await expectRefused(file, {
      line: lineOf(file, 'status: draft'),
      field: 'status',
      message: /draft and is not approved/,
    });
    await expect(loadFacts(db, [file], { approveDrafts: true })).resolves.toMatchObject({ files: 1 });
  });

  it('one bad file among good ones: nothing from any of them is written', async () => {
    await loadFacts(db, [GOOD], { reset: true });
    const before = await graphChecksum(db);
    const good2 = variant('good-renamed', (y) => y.replace(/fx-li-si/g, 'fx-li-si-2'));
    const bad = variant('bad', (y) => y.replace('lat: 22.82', 'lat: 222.82'));
    await expect(loadFacts(db, [good2, bad])).rejects.toThrow(/lat/);
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe('loading one more article later', () => {
  it('adds its aliases and citation to a shared node without taking away what other files put there', async () => {
    await loadFacts(db, [GOOD], { reset: true });
    const second = variant('second-article', (y) =>
      y
        .replace('id: fixture_001', 'id: fixture_002')
        .replace('aliases: [Nam Ninh, 南宁]', 'aliases: [Nanning City]')
        .replace(/ {2}- id: fx-bac-ninh[\s\S]*?lon: 106.07\n/, ''),
    );
    const nanning = async () =>
      (
        await db.read(
          `MATCH (n:Entity {id: 'fx-nanning'}) RETURN n.aliases AS aliases, n.articles AS articles, n.searchText AS searchText, n.lat AS lat`,
        )
      ).records[0]!.toObject();
    // The variant drops fx-bac-ninh, so its SIGNED relation must point at the node already in the graph.
    await loadFacts(db, [second]);
    expect(await nanning()).toEqual({
      aliases: ['Nam Ninh', 'Nanning City', '南宁'],
      articles: ['fixture_001', 'fixture_002'],
      searchText: 'Nam Ninh | NamNinh | Nanning | Nanning City | 南宁',
      lat: 22.82,
    });
    const once = await graphChecksum(db);
    await loadFacts(db, [second]);
    await loadFacts(db, [GOOD]);
    expect(await graphChecksum(db), 'reloading either file changes nothing').toEqual(once);
  });
});
