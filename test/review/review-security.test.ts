// The review's writes refuse what they must, each with a message saying what and where, and write
// nothing (graph checksum, facts folder and drafts unchanged): no token, a wrong token, a viewer's
// token, writes turned off, a 10 MB paste, an over-long article, binary data, a file name or id
// with '..', and an approval of a draft edited to point at a missing entity or to quote what the
// text does not say.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewDraft } from '../../common/wire.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';
import { throwawayWriteEnv } from '../support/write-dirs.ts';
import { asText } from '../api/api-app.ts';
import { articleFile, draftBatch, reviewApp, TOKENS, type ReviewApp } from './review-app.ts';

const db = testDb();
let r: ReviewApp;
let draftId: string;

/** Everything a write could touch: the graph, the facts folder (drafts included). */
async function snapshot() {
  const files = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .map((f) => `${f}:${fs.statSync(path.join(dir, f)).size}`)
      : [];
  return { graph: await graphChecksum(db), files: files(r.config.factsDir).sort() };
}

async function expectNothingWritten(attempt: () => Promise<unknown>) {
  const before = await snapshot();
  await attempt();
  expect(await snapshot()).toEqual(before);
}

beforeAll(async () => {
  await loadSeedGraph(db);
  r = reviewApp(db);
  draftId = (await draftBatch(r, [articleFile('hengtai_vns.txt')])).articles[0]!.draftId;
});
afterAll(async () => db.close());

const batchOf = (text: string, extra: object = {}) => ({ articles: [{ text, ...extra }] });

describe('who may write', () => {
  it('nobody without a token: 401 naming the header', async () => {
    await expectNothingWritten(async () => {
      const res = await r.as('nobody').post('/api/review/batches', batchOf('Some article text.')).expect(401);
      expect(res.body.error.message).toMatch(/Authorization: Bearer/);
      await r.as('nobody').post(`/api/review/drafts/${draftId}/approve`).expect(401);
      await r.as('nobody').get(`/api/review/drafts/${draftId}`).expect(401);
    });
  });

  it('nobody with a wrong token: 401', async () => {
    await expectNothingWritten(async () => {
      await request(r.app)
        .post(`/api/review/drafts/${draftId}/approve`)
        .set('authorization', `Bearer ${TOKENS.editor}-not`)
        .expect(401);
    });
  });

  it('not a viewer: 403 naming the role, though a viewer reads drafts', async () => {
    await r.as('viewer').get(`/api/review/drafts/${draftId}`).expect(200);
    await expectNothingWritten(async () => {
      for (const res of [
        await r.as('viewer').post('/api/review/batches', batchOf('Some article text.')),
        await r.as('viewer').put(`/api/review/drafts/${draftId}`, { edits: [{ op: 'reject', fact: 'f1' }] }),
        await r.as('viewer').post(`/api/review/drafts/${draftId}/approve`),
        await r.as('viewer').post(`/api/review/articles/${draftId}/retract`),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({
          code: 'forbidden',
          message: expect.stringMatching(/needs the role editor; viewer-user is viewer/),
        });
      }
    });
  });

  it('nobody at all when no user is configured: 403 writes_disabled', async () => {
    const app = createApp({ db, config: loadConfig(throwawayWriteEnv()) });
    const res = await request(app)
      .post('/api/review/batches')
      .set('authorization', `Bearer ${TOKENS.admin}`)
      .send(batchOf('x'))
      .expect(403);
    expect(res.body.error.code).toBe('writes_disabled');
  });
});

describe('bad articles refuse the batch, naming the article and what is wrong', () => {
  it('a 10 MB paste: 413 with the size and the limit', async () => {
    await expectNothingWritten(async () => {
      const res = await r
        .as('editor')
        .post('/api/review/batches', batchOf('word '.repeat(2_100_000)))
        .expect(413);
      expect(res.body.error.message).toMatch(
        /too large \(10,500,0\d\d bytes; POST \/api\/review\/batches takes at most 2,097,152 bytes\)/,
      );
    });
  });

  it('an article over 200,000 characters: 400 naming article 1, text', async () => {
    await expectNothingWritten(async () => {
      const res = await r
        .as('editor')
        .post('/api/review/batches', batchOf('a'.repeat(200_001)))
        .expect(400);
      expect(res.body.error.message).toMatch(/^article 1, text: an article may have at most 200,000 characters/);
    });
  });

  it('binary data sent as text: 400 naming the file and why', async () => {
    // A compressed file read as UTF-8 text, as a browser reads a dropped file it was told is text.
    const gzip = gzipSync(fs.readFileSync(path.resolve('test/fixtures/review/hengtai_vns.txt')));
    for (const [text, why] of [
      [gzip.toString('utf8'), /this is binary data, not text \(\d+ bytes that are not UTF-8\)/],
      [
        // A text with NUL bytes in it, as a file of UTF-16 or a database dump gives.
        `Hengtai report on the investment ${'\u0000'.repeat(3)} in the province of Bắc Giang.`,
        /binary content \(a NUL byte at offset \d+\)/,
      ],
    ] as const) {
      await expectNothingWritten(async () => {
        const res = await r
          .as('editor')
          .post('/api/review/batches', { articles: [articleFile('hengtai_vna.txt'), { text, fileName: 'report.txt' }] })
          .expect(400);
        expect(res.body.error.message).toMatch(/^article 2 \("report\.txt"\): /);
        expect(res.body.error.message).toMatch(why);
      });
    }
  });

  it('an article that is not in English: 400 naming it and the language (ingest’s own check)', async () => {
    const text =
      'Tỉnh Bắc Giang và tập đoàn Hengtai đã ký kết biên bản ghi nhớ về đầu tư nhà máy thứ hai tại khu công nghiệp.';
    await expectNothingWritten(async () => {
      const res = await r
        .as('editor')
        .post('/api/review/batches', batchOf(text, { fileName: 'bac-giang.txt' }))
        .expect(400);
      expect(res.body.error.message).toBe(
        'article 1 ("bac-giang.txt"): the text reads as Vietnamese; the drafter reads English-language articles only',
      );
    });
  });

  it('several bad articles: 400 naming every one, 1-based, not only the first', async () => {
    const evil =
      '# source: javascript:alert(document.domain) | Evil Daily | published 2025-09-11\n\nThe province signed an agreement with the city.';
    await expectNothingWritten(async () => {
      const res = await r
        .as('editor')
        .post('/api/review/batches', {
          articles: [articleFile('hengtai_vna.txt'), { text: evil }, { text: '<h1>Title</h1><p>Text of it.</p>' }],
        })
        .expect(400);
      const lines = (res.body.error.message as string).split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^article 2: line 1 \(# source:\), field 1 \(the URL\)/);
      expect(lines[1]).toMatch(/^article 3: this is HTML markup/);
    });
  });

  it('a raw upload that is not JSON: 415', async () => {
    await expectNothingWritten(async () => {
      const res = await request(r.app)
        .post('/api/review/batches')
        .set('authorization', `Bearer ${TOKENS.editor}`)
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
        .expect(415);
      expect(res.body.error.message).toMatch(/takes JSON/);
    });
  });

  it('a file name with a folder or "..": 400 naming fileName', async () => {
    await expectNothingWritten(async () => {
      for (const fileName of ['../../etc/passwd.txt', '..\\x.txt', 'a/b.txt', 'notes.sh', '.hidden.txt']) {
        const res = await r
          .as('editor')
          .post('/api/review/batches', batchOf('Some article text.', { fileName }))
          .expect(400);
        expect(res.body.error.message, fileName).toMatch(/^article 1 \(.*\): not a plain \.txt file name/);
      }
    });
  });

  it('an id with ".." in the path: 400, nothing read or written outside the folders', async () => {
    await expectNothingWritten(async () => {
      for (const id of ['..%2F..%2Fetc%2Fpasswd', '..', 'a.b']) {
        await r.as('viewer').get(`/api/review/drafts/${id}`).expect(400);
        await r.as('editor').post(`/api/review/articles/${id}/retract`).expect(400);
      }
    });
  });
});

describe('approving a draft edited into something the graph cannot hold: 422, nothing written', () => {
  it('a fact pointing at an entity that is nowhere', async () => {
    const d = ReviewDraft.parse((await r.as('viewer').get(`/api/review/drafts/${draftId}`)).body);
    const f = d.facts[0]!;
    const edited = ReviewDraft.parse(
      (
        await r
          .as('editor')
          .put(`/api/review/drafts/${draftId}`, {
            edits: [{ op: 'edit', fact: f.key, relation: { ...f.relation, to: 'no-such-entity' } }],
          })
          .expect(200)
      ).body,
    );
    expect(edited.problems).toContainEqual({
      field: `facts[${f.key}].to`,
      message: '"no-such-entity" is neither an entity of this draft nor a node of the graph',
    });
    await expectNothingWritten(async () => {
      const res = await r.as('editor').post(`/api/review/drafts/${draftId}/approve`).expect(422);
      expect(res.body.error.code).toBe('draft_invalid');
      expect(res.body.error.message).toContain(`facts[${f.key}].to: "no-such-entity" is neither`);
    });
    await r
      .as('editor')
      .put(`/api/review/drafts/${draftId}`, { edits: [{ op: 'edit', fact: f.key, relation: f.relation }] })
      .expect(200);
  });

  it('a quote that the text does not contain', async () => {
    const d = ReviewDraft.parse((await r.as('viewer').get(`/api/review/drafts/${draftId}`)).body);
    const f = d.facts[0]!;
    await r
      .as('editor')
      .put(`/api/review/drafts/${draftId}`, {
        edits: [{ op: 'edit', fact: f.key, relation: { ...f.relation, quote: 'Hengtai invested US$9 billion' } }],
      })
      .expect(200);
    await expectNothingWritten(async () => {
      const res = await r.as('editor').post(`/api/review/drafts/${draftId}/approve`).expect(422);
      expect(res.body.error.details).toContainEqual({
        field: `facts[${f.key}].quote`,
        message: 'not verbatim in the article text: "Hengtai invested US$9 billion"',
      });
    });
  });

  it('an entity that contradicts the node of the graph it is (another name or kind)', async () => {
    const d = ReviewDraft.parse((await r.as('viewer').get(`/api/review/drafts/${draftId}`)).body);
    const bacGiang = d.entities.find((e) => e.id === 'bac-giang')!;
    const { mentions: _m, link: _l, ...entity } = bacGiang;
    await r
      .as('editor')
      .put(`/api/review/drafts/${draftId}`, {
        edits: [
          { op: 'editEntity', entity: { ...entity, name: 'Bac Giang Province', kind: 'City' } },
          { op: 'accept', fact: d.facts.find((f) => [f.relation.from, f.relation.to].includes('bac-giang'))!.key },
        ],
      })
      .expect(200);
    await expectNothingWritten(async () => {
      const res = await r.as('editor').post(`/api/review/drafts/${draftId}/approve`).expect(422);
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([
          {
            field: 'entities[bac-giang].kind',
            message: 'the graph\'s node "bac-giang" has kind "Province", this draft "City"',
          },
          {
            field: 'entities[bac-giang].name',
            message:
              'the graph\'s node "bac-giang" has name "Bắc Giang", this draft "Bac Giang Province": keep the name and add this one as an alias',
          },
        ]),
      );
    });
    await r
      .as('editor')
      .put(`/api/review/drafts/${draftId}`, { edits: [{ op: 'editEntity', entity }] })
      .expect(200);
  });

  it('an edit the facts schema refuses is refused whole: 400 naming the edit and the field', async () => {
    const before = (await r.as('viewer').get(`/api/review/drafts/${draftId}`)).body;
    const res = await r
      .as('editor')
      .put(`/api/review/drafts/${draftId}`, {
        edits: [
          { op: 'reject', fact: 'f1' },
          {
            op: 'add',
            relation: { type: 'INVESTED_IN', from: 'hengtai', to: 'bac-giang', amountUsd: -5, quote: 'Hengtai' },
          },
        ],
      })
      .expect(400);
    expect(res.body.error.message).toMatch(/^the new fact: amountUsd: /);
    expect(res.body.error.details[0].path).toBe('edits[1].relation.amountUsd');
    expect((await r.as('viewer').get(`/api/review/drafts/${draftId}`)).body).toEqual(before);
  });
});

describe('markup in every field a reviewer writes', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>'];

  it('is stored as text, answered escaped in JSON and in GraphML, and loads as the same text', async () => {
    const text = `Hengtai Precision Electronics ${PAYLOADS[0]} has invested US$1 million in Bắc Giang. ${PAYLOADS.join(' ')}`;
    const source = `# source: https://example.vn/x.html | ${PAYLOADS[2]} News | published 2025-05-01\n`;
    const [article] = (await draftBatch(r, [{ text: source + text, fileName: 'markup.txt' }])).articles;
    const id = article!.draftId;
    const quote = `Hengtai Precision Electronics ${PAYLOADS[0]} has invested US$1 million in Bắc Giang.`;
    await r
      .as('editor')
      .put(`/api/review/drafts/${id}`, {
        edits: [
          { op: 'addEntity', entity: { id: 'markup-co', kind: 'Company', name: PAYLOADS[1], aliases: [PAYLOADS[0]] } },
          { op: 'editArticle', changes: { title: PAYLOADS[0] } },
          { op: 'add', relation: { type: 'INVESTED_IN', from: 'markup-co', to: 'bac-giang', amountUsd: 1e6, quote } },
        ],
      })
      .expect(200);
    await r.as('editor').post(`/api/review/drafts/${id}/approve`).expect(200);
    for (const url of [`/api/review/drafts/${id}`, `/api/articles/${id}`, '/api/nodes/markup-co', '/api/graph']) {
      const res = await r.as('viewer').get(url).expect(200);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.text, url).not.toMatch(/<(script|img|svg)/);
    }
    const detail = (await request(r.app).get('/api/nodes/markup-co').expect(200)).body;
    expect(detail.node.data.name).toBe(PAYLOADS[1]);
    expect(detail.edges[0].edge.data.quote).toBe(quote);
    expect(detail.articles[0]).toMatchObject({ title: PAYLOADS[0], outlet: `${PAYLOADS[2]} News` });
    const graphml = await request(r.app).get('/api/export?format=graphml').buffer(true).parse(asText).expect(200);
    expect(graphml.body as string).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(graphml.body as string).not.toMatch(/<(script|img|svg)/);
  });
});
