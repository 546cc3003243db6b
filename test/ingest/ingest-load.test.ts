// Drafts into the real graph: linked to the nodes already there (no duplicates), refused by the
// loader until approved, loaded through the same checks as curated facts; and the one command.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { draftFacts } from '../../server/ingest/draft/draft.ts';
import { draftPathFor, writeDraft } from '../../server/ingest/draft/draft-writer.ts';
import { graphNodeFinder, linkDraft } from '../../server/ingest/link/graph-link.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { FactsError } from '../../server/facts/read-facts.ts';
import { nameKey } from '../../server/ingest/text.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';

const db = testDb();
const FIXTURE = path.resolve('test/ingest/fixtures/unseen_hanoi_guangxi.txt');

/** A copy of the fixture article in a fresh folder, as an analyst's folder of articles would be. */
function articleCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-ingest-'));
  const file = path.join(dir, path.basename(FIXTURE));
  fs.copyFileSync(FIXTURE, file);
  return file;
}

/** Nodes with one of these names or aliases, case aside (how a duplicate would show). */
async function nodesNamed(...forms: string[]): Promise<string[]> {
  const r = await db.read<{ id: string }>(
    `MATCH (n:Entity)
     WITH n, [n.name] + coalesce(n.aliases, []) AS names
     WHERE any(s IN names WHERE toLower(s) IN $forms)
     RETURN n.id AS id ORDER BY id`,
    { forms },
  );
  return r.records.map((x) => x.get('id'));
}

beforeAll(async () => {
  await loadSeedGraph(db);
});
afterAll(async () => {
  await db.close();
});

describe('a draft linked to the graph', () => {
  it('takes the ids of nodes that already exist, by id or by alias, and restates them with only the forms they lack', async () => {
    const article = articleCopy();
    const draft = draftFacts(fs.readFileSync(article, 'utf8'), { file: article });
    const links = await linkDraft(draft, graphNodeFinder(db));
    const byDraft = Object.fromEntries(links.map((l) => [l.draftId, l]));
    // Same ids as the seed graph's nodes (the article writes "Quảng Tây", "Lai Tân", "Hà Nội").
    expect(byDraft.guangxi).toMatchObject({ nodeId: 'guangxi', how: 'id' });
    expect(byDraft.laibin).toMatchObject({ nodeId: 'laibin', how: 'id' });
    expect(byDraft.hanoi).toMatchObject({ nodeId: 'hanoi', how: 'id' });
    // A different id for the same thing: found through the node's aliases.
    expect(byDraft['vietnam-china-economic-corridor-cooperation-conference-10']).toMatchObject({
      nodeId: 'vietnam-china-economic-corridor-conference-10',
      how: 'alias',
    });
    // New entities stay, relations point at the nodes.
    const declared = draft.entities.map((e) => e.id);
    expect(declared).toEqual(expect.arrayContaining(['nguyen-van-phong', 'wei-tao', 'guangxi-peoples-government']));
    expect(draft.relations).toContainEqual(expect.objectContaining({ type: 'VISITED', from: 'guangxi', to: 'hanoi' }));
    // Linked ones are declared once, under the node's id, kind and name, with only new spellings
    // (none that the node has already, even written with other case or diacritics).
    expect(new Set(declared).size).toBe(declared.length);
    for (const link of links) {
      const node = (
        await db.read<{ kind: string; name: string; forms: string[] }>(
          'MATCH (n:Entity {id: $id}) RETURN n.kind AS kind, n.name AS name, [n.name] + n.aliases AS forms',
          { id: link.nodeId },
        )
      ).records[0]!.toObject();
      const restated = draft.entities.find((e) => e.id === link.nodeId)!;
      expect(restated).toMatchObject({ kind: node.kind, name: node.name });
      const have = new Set(node.forms.map(nameKey));
      for (const a of restated.aliases)
        expect(have.has(nameKey(a)), `${link.nodeId}: "${a}" is already a form of the node`).toBe(false);
    }
    // "Thủ đô Hà Nội" (the capital Hà Nội) is a form of Hà Nội the seed graph did not have.
    expect(draft.entities.find((e) => e.id === 'hanoi')!.aliases).toContain('Thủ đô Hà Nội');
  });

  it('does not link a drafted place to a node of the same name and kind far away (Suzhou, Anhui vs Jiangsu)', async () => {
    await db.write(
      `CREATE (:Entity:City {id: 'link-test-suzhou', kind: 'City', name: 'Suzhou', aliases: ['苏州'], searchText: 'Suzhou', lat: 31.30, lon: 120.62})`,
    );
    try {
      const found = await graphNodeFinder(db)([
        { id: 'suzhou-anhui', kind: 'City', name: 'Suzhou', aliases: ['宿州'], lat: 33.64, lon: 116.98 },
        { id: 'suzhou-jiangsu', kind: 'City', name: 'Suzhou', aliases: [], lat: 31.3, lon: 120.58 },
        { id: 'suzhou-unplaced', kind: 'City', name: 'Suzhou', aliases: [] },
      ]);
      expect(found.has('suzhou-anhui')).toBe(false);
      expect(found.get('suzhou-jiangsu')?.id).toBe('link-test-suzhou');
      // Without coordinates on one side, the name and kind decide, as before.
      expect(found.get('suzhou-unplaced')?.id).toBe('link-test-suzhou');
    } finally {
      await db.write(`MATCH (n:Entity {id: 'link-test-suzhou'}) DETACH DELETE n`);
    }
  });

  it('is refused by the loader until approved, then loads without duplicating or overwriting nodes', async () => {
    const article = articleCopy();
    const draft = draftFacts(fs.readFileSync(article, 'utf8'), { file: article });
    const links = await linkDraft(draft, graphNodeFinder(db));
    const file = draftPathFor(article);
    writeDraft(file, draft, links);

    const before = await graphChecksum(db);
    const refused = await loadFacts(db, [file]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FactsError);
    expect((refused as FactsError).problems[0]).toMatchObject({
      field: 'status',
      message: expect.stringMatching(/draft and is not approved/),
    });
    expect(await graphChecksum(db), 'a refused draft writes nothing').toEqual(before);

    const node = async (id: string) =>
      (
        await db.read('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props, labels(n) AS labels', { id })
      ).records[0]!.toObject();
    const hanoiBefore = await node('hanoi');
    const summary = await loadFacts(db, [file], { approveDrafts: true });
    expect(summary.articles).toBe(1);
    expect(await nodesNamed('guangxi', 'quảng tây', 'quang tay')).toEqual(['guangxi']);
    expect(await nodesNamed('laibin', 'lai tân', 'lai tan')).toEqual(['laibin']);
    expect(await nodesNamed('vietnam-china economic corridor cooperation conference')).toEqual([
      'vietnam-china-economic-corridor-conference-10',
    ]);
    // The existing node keeps every curated property and label; it gains this article and the
    // spellings it did not have.
    const hanoiAfter = await node('hanoi');
    const { aliases: aliasesBefore, articles: articlesBefore, searchText: _s1, ...restBefore } = hanoiBefore.props;
    const { aliases: aliasesAfter, articles: articlesAfter, searchText: _s2, ...restAfter } = hanoiAfter.props;
    expect(restAfter).toEqual(restBefore);
    expect(hanoiAfter.labels.sort()).toEqual(hanoiBefore.labels.sort());
    expect(articlesAfter).toEqual([...articlesBefore, 'unseen_hanoi_guangxi'].sort());
    expect(aliasesAfter).toEqual(expect.arrayContaining([...aliasesBefore, 'Thủ đô Hà Nội']));
    const found = await db.read(
      'CALL db.index.fulltext.queryNodes("entity_names", "\\"thu do ha noi\\"") YIELD node RETURN node.id AS id',
    );
    expect(found.records.map((r) => r.get('id'))).toContain('hanoi');
    const visit = await db.read(
      'MATCH (:Entity {id: "guangxi"})-[r:VISITED]->(:Entity {id: "hanoi"}) RETURN r.article AS article, r.quote AS quote',
    );
    expect(visit.records.map((r) => r.get('article'))).toEqual(['unseen_hanoi_guangxi']);
  });

  it('loads a file marked approved: true without --approve (same checks as curated facts)', async () => {
    const article = articleCopy();
    const draft = draftFacts(fs.readFileSync(article, 'utf8'), { file: article });
    await linkDraft(draft, graphNodeFinder(db));
    draft.approved = true;
    // A reviewer's mistake: a quote that is not in the article is refused like in a curated file.
    draft.relations[0]!.quote = 'words the article never says';
    const file = draftPathFor(article);
    writeDraft(file, draft);
    const refused = await loadFacts(db, [file]).catch((e: unknown) => e);
    expect((refused as FactsError).problems[0]?.message).toMatch(/not verbatim/);
    draft.relations.shift();
    fs.rmSync(file);
    writeDraft(file, draft);
    await expect(loadFacts(db, [file])).resolves.toMatchObject({ articles: 1 });
  });
});

describe('npm run ingest', () => {
  const n = inject('neo4j');
  // The CLI uses the engine the test run started rather than starting its own.
  const env = {
    ...process.env,
    NEO4J_URI: n.uri,
    NEO4J_USER: n.user,
    NEO4J_PASSWORD: n.password ?? '',
    CORRIDOR_NLP_URL: inject('nlp').url ?? '',
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', ...args], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('goes from raw text to facts in the graph in one command with --approve', async () => {
    await loadSeedGraph(db);
    const article = articleCopy();
    const r = run(article, '--approve');
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Drafted 1 of 1 article/);
    expect(r.stdout).toMatch(/linked to existing nodes: [1-9]/);
    expect(r.stdout).toMatch(/Loaded 1 facts file/);
    const posts = await db.read(
      'MATCH (o:Official {id: "wei-tao"})-[r:HOLDS_POST]->(b:Organization) RETURN b.id AS body, r.article AS article',
    );
    expect(posts.records.map((x) => x.toObject())).toEqual([
      { body: 'guangxi-peoples-government', article: 'unseen_hanoi_guangxi' },
    ]);
  });

  it('with --load refuses a draft nobody approved, and says so', () => {
    const r = run(articleCopy(), '--load');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Nothing was loaded[\s\S]*draft and is not approved/);
  });

  it('names each file that is no English article, writes nothing for it, and drafts the rest of the batch', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-ingest-batch-'));
    fs.copyFileSync(FIXTURE, path.join(dir, 'good.txt'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe]));
    fs.writeFileSync(path.join(dir, 'huge.txt'), 'Hanoi signed an agreement with Nanning. '.repeat(260_000));
    fs.writeFileSync(
      path.join(dir, 'vietnamese.txt'),
      'Tỉnh Quảng Ninh và Quảng Tây đã ký kết biên bản hợp tác về thương mại và du lịch của hai bên trong năm nay.',
    );
    fs.writeFileSync(
      path.join(dir, 'chinese.txt'),
      '广西壮族自治区与越南广宁省签署了边境贸易和旅游合作备忘录，双方同意加强合作。',
    );
    const r = run(dir, '--offline');
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/Drafted 1 of 6 article/);
    expect(r.stdout).toMatch(/empty\.txt: empty article/);
    expect(r.stdout).toMatch(/binary\.txt: binary content/);
    expect(r.stdout).toMatch(/huge\.txt: 10\.\d MB is far larger than a news article/);
    expect(r.stdout).toMatch(/vietnamese\.txt: the text reads as Vietnamese/);
    expect(r.stdout).toMatch(/chinese\.txt: the text reads as Chinese/);
    expect(fs.readdirSync(path.join(dir, 'facts'))).toEqual(['good.yaml']);
  });
});
