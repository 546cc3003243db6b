// Two reviewed articles give one official different titles. Approved one at a time, the node must
// be the one a rebuild from the facts folder makes, whatever the articles' file names: the first
// approval's title, the later one adding only what the node lacked (its spelling, its article).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApproveResponse, ReviewDraft, type ArticleInput, type DraftEdit } from '../../common/wire.ts';
import { factsFilesIn, factsFolders } from '../../server/facts/facts-files.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';
import { draftBatch, reviewApp, type ReviewApp } from './review-app.ts';

const db = testDb();
let r: ReviewApp;

const article = (fileName: string, outlet: string, day: string, title: string): ArticleInput => ({
  fileName,
  text:
    `# source: https://example.org/${fileName} | ${outlet} | published 2025-06-${day}\n` +
    `Guangxi official visits Lạng Sơn\n\n` +
    `Lu Minghao, ${title}, visited Lạng Sơn province on June 3, 2025 to discuss border-gate trade.\n`,
});

// Named so that the later approval sorts first: a rebuild that merged files by name would give its title.
const FIRST = article('zz-border-trade.txt', 'Border Weekly', '04', 'Vice Chairman of Guangxi');
const LATER = article('aa-border-trade.txt', 'Lạng Sơn Daily', '05', 'Executive Vice Chairman of Guangxi');

async function approveWithTitle(draftId: string, title: string, quote: string) {
  const d = ReviewDraft.parse((await r.as('viewer').get(`/api/review/drafts/${draftId}`).expect(200)).body);
  const official = { id: 'lu-minghao', kind: 'Official' as const, name: 'Lu Minghao', aliases: [], country: 'CN' };
  const edits: DraftEdit[] = [
    ...d.facts.filter((f) => f.state === 'proposed').map((f) => ({ op: 'reject' as const, fact: f.key })),
    d.entities.some((e) => e.id === official.id)
      ? { op: 'editEntity', entity: { ...official, title } }
      : { op: 'addEntity', entity: { ...official, title } },
    { op: 'add', relation: { type: 'VISITED', from: 'lu-minghao', to: 'lang-son', date: '2025-06-03', quote } },
  ];
  await r.as('editor').put(`/api/review/drafts/${draftId}`, { edits }).expect(200);
  return ApproveResponse.parse((await r.as('editor').post(`/api/review/drafts/${draftId}/approve`).expect(200)).body);
}

const official = async () =>
  (await db.read("MATCH (n:Entity {id: 'lu-minghao'}) RETURN n.title AS title, n.articles AS articles")).records.map(
    (x) => x.toObject(),
  );

beforeAll(async () => {
  await loadSeedGraph(db);
  r = reviewApp(db);
});
afterAll(async () => db.close());

it('an official keeps the first approval’s title, approved one by one or rebuilt from the files', async () => {
  const batch = await draftBatch(r, [FIRST, LATER]);
  const [first, later] = batch.articles.map((a) => a.draftId) as [string, string];
  await approveWithTitle(first, 'Vice Chairman of Guangxi', 'Lu Minghao, Vice Chairman of Guangxi, visited Lạng Sơn');
  await approveWithTitle(
    later,
    'Executive Vice Chairman of Guangxi',
    'Lu Minghao, Executive Vice Chairman of Guangxi, visited Lạng Sơn',
  );
  expect(await official()).toEqual([{ title: 'Vice Chairman of Guangxi', articles: [later, first].sort() }]);

  const oneByOne = await graphChecksum(db);
  await loadFacts(db, factsFolders(r.config.factsDir).flatMap(factsFilesIn), { reset: true });
  expect(await graphChecksum(db), 'the graph the facts files load').toEqual(oneByOne);
});

it('a name that differs from the node’s only by diacritics is the same name: no clash, the spelling with diacritics wins', async () => {
  const text = (name: string, day: string) =>
    `# source: https://example.org/tam-${day} | Border Weekly | published 2025-07-${day}\n` +
    `Lạng Sơn chairman meets traders\n\n${name}, Chairman of the Lạng Sơn Provincial People's Committee, met traders on July 1, 2025.\n`;
  const batch = await draftBatch(r, [
    { fileName: 'tam-ascii.txt', text: text('Nguyen Van Tam', '02') },
    { fileName: 'tam-vietnamese.txt', text: text('Nguyễn Văn Tâm', '03') },
  ]);
  const [ascii, vietnamese] = batch.articles.map((a) => a.draftId) as [string, string];
  const approveAs = async (draftId: string, name: string) => {
    const d = ReviewDraft.parse((await r.as('viewer').get(`/api/review/drafts/${draftId}`).expect(200)).body);
    const entity = { id: 'nguyen-van-tam', kind: 'Official' as const, name, aliases: [], country: 'VN' };
    const edits: DraftEdit[] = [
      ...d.facts.filter((f) => f.state === 'proposed').map((f) => ({ op: 'reject' as const, fact: f.key })),
      { op: d.entities.some((e) => e.id === entity.id) ? 'editEntity' : 'addEntity', entity },
      {
        op: 'add',
        relation: {
          type: 'HOLDS_POST',
          from: 'nguyen-van-tam',
          to: 'lang-son',
          title: 'Chairman of the Provincial People’s Committee',
          quote: `${name}, Chairman of the Lạng Sơn Provincial People's Committee`,
        },
      },
    ];
    const edited = await r.as('editor').put(`/api/review/drafts/${draftId}`, { edits });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const approved = await r.as('editor').post(`/api/review/drafts/${draftId}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  };
  await approveAs(ascii, 'Nguyen Van Tam');
  await approveAs(vietnamese, 'Nguyễn Văn Tâm');
  const node = await db.read("MATCH (n:Entity {id: 'nguyen-van-tam'}) RETURN n.name AS name, n.aliases AS aliases");
  // The fuller spelling is the name, whichever came first; the other stays findable as an alias.
  expect(node.records[0]!.toObject()).toEqual({ name: 'Nguyễn Văn Tâm', aliases: ['Nguyen Van Tam'] });

  const oneByOne = await graphChecksum(db);
  await loadFacts(db, factsFolders(r.config.factsDir).flatMap(factsFilesIn), { reset: true });
  expect(await graphChecksum(db), 'the graph the facts files load').toEqual(oneByOne);
});
