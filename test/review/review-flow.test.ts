// The review as an analyst goes through it (real app, real Neo4j): three articles drafted in a
// batch, reviewed (accept, reject, edit, add facts and entities, merge two entities), approved into
// the facts folder; two outlets stating one investment make one edge with two sources, a third
// giving another amount flags a conflict; retracting one article keeps the other sources; and the
// graph is always the one the facts files load.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApproveResponse, DraftListResponse, RetractResponse, ReviewDraft, type DraftEdit } from '../../common/wire.ts';
import { factsFilesIn, factsFolders } from '../../server/facts/facts-files.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';
import { articleFile, draftBatch, reviewApp, type ReviewApp } from './review-app.ts';

const db = testDb();
let r: ReviewApp;
const ids: Record<'vns' | 'vna' | 'times', string> = { vns: '', vna: '', times: '' };

beforeAll(async () => {
  await loadSeedGraph(db);
  r = reviewApp(db);
  const batch = await draftBatch(r, [
    articleFile('hengtai_vns.txt'),
    articleFile('hengtai_vna.txt'),
    articleFile('hengtai_hanoitimes.txt'),
  ]);
  expect(batch).toMatchObject({ total: 3, drafted: 3, failed: 0 });
  [ids.vns, ids.vna, ids.times] = batch.articles.map((a) => a.draftId) as [string, string, string];
});
afterAll(async () => db.close());

const draft = async (id: string) =>
  ReviewDraft.parse((await r.as('viewer').get(`/api/review/drafts/${id}`).expect(200)).body);
const edit = async (id: string, edits: DraftEdit[]) =>
  ReviewDraft.parse((await r.as('editor').put(`/api/review/drafts/${id}`, { edits }).expect(200)).body);
const approve = async (id: string) =>
  ApproveResponse.parse((await r.as('editor').post(`/api/review/drafts/${id}/approve`).expect(200)).body);
const keyOf = (d: ReviewDraft, type: string) => d.facts.find((f) => f.relation.type === type)!.key;

async function edge(type: string, from: string, to: string) {
  const res = await db.read(
    'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS p',
    { type, from, to },
  );
  return res.records.map((x) => x.get('p') as Record<string, any>);
}

const HENGTAI = {
  id: 'hengtai',
  kind: 'Company' as const,
  name: 'Hengtai Precision Electronics',
  aliases: [],
  country: 'CN',
};
const ZHOU = { id: 'zhou-jianping', kind: 'Official' as const, name: 'Zhou Jianping', aliases: [], country: 'CN' };
const investment = (amountUsd: number, quote: string) => ({
  op: 'add' as const,
  relation: { type: 'INVESTED_IN' as const, from: 'hengtai', to: 'bac-giang', amountUsd, quote },
});

async function reloadFromFilesGivesSameGraph() {
  const incremental = await graphChecksum(db);
  await loadFacts(db, factsFolders(r.config.factsDir).flatMap(factsFilesIn), { reset: true });
  expect(await graphChecksum(db), 'the graph the facts files load').toEqual(incremental);
}

describe('a drafted article, as the review view reads it', () => {
  it('has its source line read into url, outlet and date, and left out of the text', async () => {
    const d = await draft(ids.vns);
    expect(d.article).toMatchObject({
      url: 'https://vietnamnews.vn/economy/2025/04/hengtai-bac-giang.html',
      outlet: 'Viet Nam News (VNS)',
      published: '2025-04-02',
      fileName: 'hengtai_vns.txt',
    });
    expect(d.article.text.startsWith('Hengtai Precision to expand')).toBe(true);
    expect(d.status).toBe('draft');
  });

  it('says which entities are already nodes (with their links) and where the text names them', async () => {
    const d = await draft(ids.vns);
    const bacGiang = d.entities.find((e) => e.id === 'bac-giang')!;
    expect(bacGiang.link).toMatchObject({ nodeId: 'bac-giang', name: 'Bắc Giang', kind: 'Province' });
    expect(bacGiang.link!.degree).toBeGreaterThan(0);
    expect(bacGiang.mentions.map((m) => d.article.text.slice(m.start, m.end))).toContain('Bắc Giang');
    expect(d.entities.find((e) => e.id === 'tran-minh-khoa')!.link).toBeNull();
  });

  it('gives each proposed fact with the offsets of its quote', async () => {
    const d = await draft(ids.vns);
    expect(d.facts.length).toBeGreaterThan(0);
    for (const f of d.facts) {
      expect(f.state).toBe('proposed');
      expect(d.article.text.slice(f.quoteAt!.start, f.quoteAt!.end)).toBe(f.relation.quote);
    }
  });
});

describe('the list of drafts', () => {
  it('names each draft with its state and its facts by state', async () => {
    const { drafts } = DraftListResponse.parse((await r.as('viewer').get('/api/review/drafts').expect(200)).body);
    expect(drafts.map((d) => d.id).sort()).toEqual(Object.values(ids).sort());
    const vns = drafts.find((d) => d.id === ids.vns)!;
    expect(vns).toMatchObject({ status: 'draft', outlet: 'Viet Nam News (VNS)', published: '2025-04-02' });
    expect(vns.facts).toEqual({ proposed: (await draft(ids.vns)).facts.length, accepted: 0, rejected: 0 });
  });
});

describe('reviewing and approving', () => {
  it('accepts, rejects, edits and adds facts, then writes and loads the facts file', async () => {
    const d = await draft(ids.vns);
    const met = d.facts.find((f) => f.relation.type === 'MET')!;
    const reviewed = await edit(ids.vns, [
      { op: 'accept', fact: keyOf(d, 'HOLDS_POST') },
      { op: 'reject', fact: keyOf(d, 'LOCATED_IN') },
      { op: 'addEntity', entity: HENGTAI },
      { op: 'addEntity', entity: ZHOU },
      // The drafter read the meeting as one with the province: the reviewer points it at Zhou Jianping.
      { op: 'edit', fact: met.key, relation: { ...met.relation, to: 'zhou-jianping' } },
      investment(
        500e6,
        'Hengtai Precision Electronics has invested US$500 million in the northern province of Bắc Giang',
      ),
    ]);
    expect(reviewed.facts.find((f) => f.key === met.key)).toMatchObject({ state: 'accepted', origin: 'edited' });
    expect(reviewed.problems).toEqual([]);
    const approved = await approve(ids.vns);
    expect(approved).toMatchObject({ article: ids.vns, approvedBy: 'editor-user' });
    expect(approved.facts).toContain('INVESTED_IN hengtai bac-giang');
    const file = fs.readFileSync(path.join(r.config.factsDir, approved.factsFile), 'utf8');
    expect(file).toMatch(/approvedBy: editor-user/);
    expect(file).not.toMatch(/LOCATED_IN/);
    expect(await edge('INVESTED_IN', 'hengtai', 'bac-giang')).toEqual([
      expect.objectContaining({ sources: 1, amountUsd: 500e6, article: ids.vns }),
    ]);
  });

  it('a second outlet stating the same investment and meeting: one edge each, two sources', async () => {
    await edit(ids.vna, [
      { op: 'addEntity', entity: HENGTAI },
      { op: 'addEntity', entity: ZHOU },
      { op: 'addEntity', entity: { id: 'tran-minh-khoa', kind: 'Official', name: 'Trần Minh Khoa', aliases: [] } },
      investment(500e6, 'Hengtai Precision Electronics has invested US$500 million in Bắc Giang province'),
      {
        op: 'add',
        relation: {
          type: 'MET',
          from: 'tran-minh-khoa',
          to: 'zhou-jianping',
          date: '2025-03-28',
          quote: 'On March 28, 2025, Trần Minh Khoa received Zhou Jianping',
        },
      },
    ]);
    await approve(ids.vna);
    const [inv, ...more] = await edge('INVESTED_IN', 'hengtai', 'bac-giang');
    expect(more).toEqual([]);
    expect(inv).toMatchObject({ sources: 2, conflict: false, sourceArticles: [ids.vns, ids.vna] });
    expect(await edge('MET', 'tran-minh-khoa', 'zhou-jianping')).toEqual([
      expect.objectContaining({ sources: 2, date: '2025-03-28' }),
    ]);
  });

  it('a third giving US$600 million: the edge is flagged, both amounts kept; two entities merged first', async () => {
    const d = await draft(ids.times);
    await edit(ids.times, [
      { op: 'reject', fact: keyOf(d, 'LOCATED_IN') },
      { op: 'addEntity', entity: HENGTAI },
      { op: 'addEntity', entity: { id: 'hengtai-precision', kind: 'Company', name: 'Hengtai', aliases: [] } },
      { op: 'mergeEntities', keep: 'hengtai', drop: 'hengtai-precision' },
      investment(600e6, 'Hengtai Precision Electronics has invested US$600 million in Bắc Giang'),
    ]);
    await approve(ids.times);
    const [inv] = await edge('INVESTED_IN', 'hengtai', 'bac-giang');
    expect(inv).toMatchObject({ sources: 3, conflict: true, conflicts: ['amountUsd'], amountUsd: 500e6 });
    expect(inv!.sourceStated.map((s: string) => JSON.parse(s).amountUsd)).toEqual([500e6, 500e6, 600e6]);
    const hengtai = await db.read("MATCH (n:Entity {id: 'hengtai'}) RETURN n.aliases AS a");
    expect(hengtai.records[0]!.get('a')).toContain('Hengtai');
  });

  it('approved again after an edit, the old version leaves in the same transaction', async () => {
    const d = await draft(ids.vns);
    await edit(ids.vns, [{ op: 'reject', fact: keyOf(d, 'HOLDS_POST') }]);
    const again = await approve(ids.vns);
    expect(again.facts).not.toContain('HOLDS_POST tran-minh-khoa bac-giang-peoples-committee');
    expect(await edge('HOLDS_POST', 'tran-minh-khoa', 'bac-giang-peoples-committee')).toEqual([]);
    // Only this article named the committee; the others still name Trần Minh Khoa.
    const left = await db.read(
      "MATCH (n:Entity) WHERE n.id IN ['bac-giang-peoples-committee', 'tran-minh-khoa'] RETURN n.id AS id",
    );
    expect(left.records.map((x) => x.get('id'))).toEqual(['tran-minh-khoa']);
    expect((await edge('INVESTED_IN', 'hengtai', 'bac-giang'))[0]).toMatchObject({ sources: 3 });
  });

  it('is the graph the facts files load', reloadFromFilesGivesSameGraph);
});

describe('markup in an article', () => {
  it('is kept as text and never answered as markup', async () => {
    const res = await r.as('viewer').get(`/api/review/drafts/${ids.times}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.text).not.toMatch(/<script|<img/);
    expect(res.body.article.text).toContain('<script>alert("xss")</script>');
    const article = await r.as('nobody').get(`/api/articles/${ids.times}`).expect(200);
    expect(article.text).not.toMatch(/<script/);
    expect(article.body.text).toContain('<img src=x onerror="alert(1)">');
    const stored = fs.readFileSync(path.join(r.config.factsDir, `${ids.times}.txt`), 'utf8');
    expect(stored).toContain('<script>alert("xss")</script>');
  });
});

describe('retracting an article', () => {
  it('takes its citations out; facts others state keep their other sources; its files leave', async () => {
    const res = await r.as('editor').post(`/api/review/articles/${ids.vna}/retract`).expect(200);
    const body = RetractResponse.parse(res.body);
    expect(body.kept).toEqual(
      expect.arrayContaining(['INVESTED_IN hengtai bac-giang', 'MET tran-minh-khoa zhou-jianping']),
    );
    const [inv] = await edge('INVESTED_IN', 'hengtai', 'bac-giang');
    expect(inv).toMatchObject({ sources: 2, conflict: true, sourceArticles: [ids.vns, ids.times] });
    expect(await edge('MET', 'tran-minh-khoa', 'zhou-jianping')).toEqual([expect.objectContaining({ sources: 1 })]);
    expect(fs.existsSync(path.join(r.config.factsDir, 'facts', `${ids.vna}.yaml`))).toBe(false);
    expect(fs.existsSync(path.join(r.config.factsDir, `${ids.vna}.txt`))).toBe(false);
    expect((await db.read('MATCH (a:Article {id: $id}) RETURN a', { id: ids.vna })).records).toEqual([]);
    expect((await draft(ids.vna)).status).toBe('retracted');
  });

  it('the conflict goes with the only source of the other amount', async () => {
    const body = RetractResponse.parse(
      (await r.as('editor').post(`/api/review/articles/${ids.times}/retract`).expect(200)).body,
    );
    expect(body.kept).toContain('INVESTED_IN hengtai bac-giang');
    const [inv] = await edge('INVESTED_IN', 'hengtai', 'bac-giang');
    expect(inv).toMatchObject({ sources: 1, conflict: false, amountUsd: 500e6 });
  });

  it('leaves the graph the remaining facts files load', reloadFromFilesGivesSameGraph);

  it('of the last article stating a fact, removes the fact and the entities only it named', async () => {
    const body = RetractResponse.parse(
      (await r.as('editor').post(`/api/review/articles/${ids.vns}/retract`).expect(200)).body,
    );
    expect(body.removed).toContain('INVESTED_IN hengtai bac-giang');
    expect((await db.read("MATCH (n:Entity) WHERE n.id IN ['hengtai', 'zhou-jianping'] RETURN n")).records).toEqual([]);
    const seedOnly = await graphChecksum(db);
    await loadSeedGraph(db);
    expect(await graphChecksum(db), 'back to the seed graph').toEqual(seedOnly);
  });
});

describe('the audit log', () => {
  it('has a line for each write: who, which article, which facts, outcome', () => {
    const lines = r.auditLines();
    expect(lines.map((l) => l.action)).toEqual([
      'draft',
      'edit',
      'approve',
      'edit',
      'approve',
      'edit',
      'approve',
      'edit',
      'approve',
      'retract',
      'retract',
      'retract',
    ]);
    expect(lines.every((l) => l.user === 'editor-user' && l.outcome === 'ok')).toBe(true);
    expect(lines[0]!.articles).toEqual([ids.vns, ids.vna, ids.times]);
    expect(lines[2]).toMatchObject({
      articles: [ids.vns],
      facts: expect.arrayContaining(['INVESTED_IN hengtai bac-giang']),
    });
    expect(lines[9]).toMatchObject({ action: 'retract', articles: [ids.vna] });
  });
});
