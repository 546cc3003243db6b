// The review as an analyst goes through it (real app, real Neo4j): three articles drafted in a
// batch (with the run's NLP engine when it has one, else the rules), reviewed (what the drafter
// proposed accepted, edited or rejected; facts and entities added; two entities merged), approved
// into the facts folder; two outlets stating one investment and one meeting make one edge each with
// two sources, a third giving another amount flags a conflict; approving again and retracting keep
// every fact's other sources; and the graph is always the one the facts files load. What the
// drafter proposes is the engine's business (test/ingest): these tests decide on whatever it is.
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

async function edge(type: string, from: string, to: string) {
  const res = await db.read(
    'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS p',
    { type, from, to },
  );
  return res.records.map((x) => x.get('p') as Record<string, any>);
}

const ENTITIES = {
  hengtai: {
    id: 'hengtai',
    kind: 'Company' as const,
    name: 'Hengtai Precision Electronics',
    aliases: [],
    country: 'CN',
  },
  zhou: { id: 'zhou-jianping', kind: 'Official' as const, name: 'Zhou Jianping', aliases: [], country: 'CN' },
  tran: { id: 'tran-minh-khoa', kind: 'Official' as const, name: 'Trần Minh Khoa', aliases: [], country: 'VN' },
  park: {
    id: 'quang-chau-industrial-park',
    kind: 'Organization' as const,
    name: 'Quang Châu Industrial Park',
    aliases: [],
  },
};
const OURS = new Set(Object.values(ENTITIES).map((e) => e.id));

/** Adds the entities the draft does not have yet (the drafter may have found some of them). */
const ensure = (d: ReviewDraft, ...entities: (typeof ENTITIES)[keyof typeof ENTITIES][]): DraftEdit[] =>
  entities.filter((e) => !d.entities.some((x) => x.id === e.id)).map((entity) => ({ op: 'addEntity', entity }));

/**
 * The reviewer's decisions on what the drafter proposed: with `keepOne`, the first fact the article
 * states about something else than the facts these tests add is accepted, with a note (an edit);
 * every other one is rejected.
 */
function decideDrafted(d: ReviewDraft, keepOne: boolean): { edits: DraftEdit[]; kept?: string } {
  const proposed = d.facts.filter((f) => f.state === 'proposed');
  const keep = keepOne
    ? proposed.find(
        (f) =>
          f.quoteAt &&
          !['INVESTED_IN', 'MET'].includes(f.relation.type) &&
          !OURS.has(f.relation.from) &&
          !OURS.has(f.relation.to),
      )
    : undefined;
  const edits = proposed.map((f): DraftEdit =>
    f === keep
      ? { op: 'edit', fact: f.key, relation: { ...f.relation, note: 'checked against the article' } }
      : { op: 'reject', fact: f.key },
  );
  return { edits, ...(keep ? { kept: keep.key } : {}) };
}

const add = (relation: Record<string, unknown>): DraftEdit => ({ op: 'add', relation: relation as any });
const investment = (amountUsd: number, quote: string) =>
  add({ type: 'INVESTED_IN', from: 'hengtai', to: 'bac-giang', amountUsd, quote });
const meeting = (quote: string) =>
  add({ type: 'MET', from: 'tran-minh-khoa', to: 'zhou-jianping', date: '2025-03-28', quote });

async function reloadFromFilesGivesSameGraph() {
  const incremental = await graphChecksum(db);
  await loadFacts(db, factsFolders(r.config.factsDir).flatMap(factsFilesIn), { reset: true });
  expect(await graphChecksum(db), 'the graph the facts files load').toEqual(incremental);
}

describe('a drafted article, as the review view reads it', () => {
  it('has its source line read into url, outlet and date, and kept in the text', async () => {
    const d = await draft(ids.vns);
    expect(d.article).toMatchObject({
      url: 'https://vietnamnews.vn/economy/2025/04/hengtai-bac-giang.html',
      outlet: 'Viet Nam News (VNS)',
      published: '2025-04-02',
      fileName: 'hengtai_vns.txt',
      title: 'Hengtai Precision to expand electronics plant in Bắc Giang',
    });
    expect(d.article.text).toBe(fs.readFileSync(path.resolve('test/fixtures/review/hengtai_vns.txt'), 'utf8'));
    expect(d.status).toBe('draft');
  });

  it('says which entities are already nodes (with their links) and where the text names them', async () => {
    const d = await draft(ids.vns);
    const bacGiang = d.entities.find((e) => e.id === 'bac-giang')!;
    expect(bacGiang.link).toMatchObject({ nodeId: 'bac-giang', name: 'Bắc Giang', kind: 'Province' });
    expect(bacGiang.link!.degree).toBeGreaterThan(0);
    expect(bacGiang.mentions.map((m) => d.article.text.slice(m.start, m.end))).toContain('Bắc Giang');
    for (const e of d.entities)
      expect(e.link === null).toBe(
        !(await db.read('MATCH (n:Entity {id: $id}) RETURN n', { id: e.id })).records.length,
      );
  });

  it('gives each proposed fact with the offsets of its quote (none for reference data)', async () => {
    for (const id of Object.values(ids)) {
      const d = await draft(id);
      for (const f of d.facts) {
        expect(f.state).toBe('proposed');
        if (f.relation.quote) expect(d.article.text.slice(f.quoteAt!.start, f.quoteAt!.end)).toBe(f.relation.quote);
        else expect(f.quoteAt).toBeNull();
      }
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

let keptInVns: string | undefined;

describe('reviewing and approving', () => {
  it('decides on what was proposed, adds facts and entities, then writes and loads the facts file', async () => {
    const d = await draft(ids.vns);
    const decided = decideDrafted(d, true);
    keptInVns = decided.kept;
    const reviewed = await edit(ids.vns, [
      ...decided.edits,
      ...ensure(d, ENTITIES.hengtai, ENTITIES.zhou, ENTITIES.tran, ENTITIES.park),
      investment(
        500e6,
        'Hengtai Precision Electronics has invested US$500 million in the northern province of Bắc Giang',
      ),
      meeting("Trần Minh Khoa met Hengtai's chairman Zhou Jianping in Bắc Giang on March 28, 2025"),
      add({
        type: 'LOCATED_IN',
        from: 'quang-chau-industrial-park',
        to: 'bac-giang',
        quote: 'the Quang Châu Industrial Park of Bắc Giang',
      }),
    ]);
    if (keptInVns)
      expect(reviewed.facts.find((f) => f.key === keptInVns)).toMatchObject({ state: 'accepted', origin: 'edited' });
    expect(reviewed.facts.filter((f) => f.state === 'proposed')).toEqual([]);
    expect(reviewed.problems).toEqual([]);
    const approved = await approve(ids.vns);
    expect(approved).toMatchObject({ article: ids.vns, approvedBy: 'editor-user', leftOut: [] });
    const accepted = reviewed.facts.filter((f) => f.state === 'accepted').map((f) => f.relation);
    expect(approved.facts.sort()).toEqual([...new Set(accepted.map((x) => `${x.type} ${x.from} ${x.to}`))].sort());
    const file = fs.readFileSync(path.join(r.config.factsDir, approved.factsFile), 'utf8');
    expect(file).toMatch(/approvedBy: editor-user/);
    expect(file.match(/^ {2}- type: /gm)).toHaveLength(accepted.length);
    expect(await edge('INVESTED_IN', 'hengtai', 'bac-giang')).toEqual([
      expect.objectContaining({ sources: 1, amountUsd: 500e6, article: ids.vns }),
    ]);
  });

  it('a second outlet stating the same investment and meeting: one edge each, two sources', async () => {
    const d = await draft(ids.vna);
    await edit(ids.vna, [
      ...decideDrafted(d, false).edits,
      ...ensure(d, ENTITIES.hengtai, ENTITIES.zhou, ENTITIES.tran),
      investment(500e6, 'Hengtai Precision Electronics has invested US$500 million in Bắc Giang province'),
      meeting('On March 28, 2025, Trần Minh Khoa received Zhou Jianping'),
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
      ...decideDrafted(d, false).edits,
      ...ensure(d, ENTITIES.hengtai),
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
    const undo = d.facts.filter(
      (f) => f.key === keptInVns || (['MET', 'LOCATED_IN'].includes(f.relation.type) && f.origin === 'added'),
    );
    await edit(
      ids.vns,
      undo.map((f) => ({ op: 'reject', fact: f.key })),
    );
    const again = await approve(ids.vns);
    expect(again.facts).toEqual(['INVESTED_IN hengtai bac-giang']);
    // The meeting keeps its other source; the park only this article named leaves with its fact.
    expect(await edge('MET', 'tran-minh-khoa', 'zhou-jianping')).toEqual([
      expect.objectContaining({ sources: 1, sourceArticles: [ids.vna] }),
    ]);
    const park = await db.read("MATCH (n:Entity {id: 'quang-chau-industrial-park'}) RETURN n");
    expect(park.records).toEqual([]);
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
    expect(body.kept).toEqual(['INVESTED_IN hengtai bac-giang']);
    expect(body.removed).toContain('MET tran-minh-khoa zhou-jianping');
    const [inv] = await edge('INVESTED_IN', 'hengtai', 'bac-giang');
    expect(inv).toMatchObject({ sources: 2, conflict: true, sourceArticles: [ids.vns, ids.times] });
    expect(await edge('MET', 'tran-minh-khoa', 'zhou-jianping')).toEqual([]);
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
