// Reading an article (its # source: header, its headline, refusing what is not an English article)
// and scoring drafts against gold (reference facts left out, PARTNER_OF apart, readable misses),
// on texts and gold written for these tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../../server/ingest/draft/draft.ts';
import { compareFacts, emptyResult, formatMiss, type Comparable } from '../../server/ingest/evaluate/evaluate.ts';
import { evaluateCorpus, readGoldCorpus } from '../../server/ingest/evaluate/gold-corpus.ts';
import { ArticleError, checkArticle, readArticleFile } from '../../server/ingest/read/article.ts';

const ARTICLE = `# source: https://news.example.org/en/politics/lang-son-and-chongzuo-sign-trade-pact-4521.html | Example Wire (English) | published 2024-05-08
Lang Son and Chongzuo sign trade pact
The People's Committee of Lang Son Province and the People's Government of Chongzuo City signed an agreement on border trade on May 7.
`;

describe('an article file', () => {
  it('takes url, outlet and date from the # source: header and the headline as the title, never the header', () => {
    const d = draftFacts(ARTICLE, { file: 'lang-son.txt' });
    expect(d.article).toMatchObject({
      url: 'https://news.example.org/en/politics/lang-son-and-chongzuo-sign-trade-pact-4521.html',
      outlet: 'Example Wire (English)',
      published: '2024-05-08',
      publishedNote: 'in the source header',
      title: 'Lang Son and Chongzuo sign trade pact',
    });
    expect(d.relations.find((r) => r.type === 'SIGNED')).toMatchObject({ date: '2024-05-07' });
  });

  it('says when no date is stated instead of guessing one, and takes a title from the address when there is no headline', () => {
    const text = ARTICLE.replace('published 2024-05-08', 'published unknown').replace(
      'Lang Son and Chongzuo sign trade pact\n',
      '',
    );
    const d = draftFacts(text, { file: 'lang-son.txt' });
    expect(d.article.published).toBeUndefined();
    expect(d.article.publishedNote).toMatch(/^unknown/);
    expect(d.article.title).toBe('Lang son and chongzuo sign trade pact');
  });

  it('is refused, with its name and the reason, when it is no English article', () => {
    const refuse = (bytes: Buffer) => {
      try {
        checkArticle('x.txt', bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(ArticleError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(refuse(Buffer.from(''))).toMatch(/^x\.txt: empty article/);
    expect(refuse(Buffer.from('# source: https://a.example/x | Wire | published 2024-01-01\n\n'))).toMatch(
      /no text after the # source: header/,
    );
    expect(refuse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toMatch(/binary content/);
    expect(refuse(Buffer.from([0xc3, 0x28, 0x41, 0x42]))).toMatch(/not valid UTF-8/);
    expect(
      refuse(Buffer.from('Lãnh đạo hai tỉnh đã ký kết thỏa thuận hợp tác về thương mại và du lịch trong năm nay.')),
    ).toMatch(/reads as Vietnamese/);
    expect(refuse(Buffer.from('两省领导签署了贸易和旅游合作协议。'))).toMatch(/reads as Chinese/);
    // English with Vietnamese names is English.
    expect(
      refuse(
        Buffer.from('Chairman Nguyễn Văn Sơn of Hà Giang met the delegation of Wenshan in the province on Monday.'),
      ),
    ).toBe('accepted');
  });

  it('is refused before it is read when it is far larger than an article', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-article-')), 'big.txt');
    fs.writeFileSync(file, 'x');
    fs.truncateSync(file, 10 * 1024 * 1024);
    expect(() => readArticleFile(file)).toThrow(/^big\.txt: 10\.5 MB is far larger than a news article/);
  });
});

describe('scoring against gold', () => {
  const gold: Comparable = {
    entities: [
      { id: 'a', kind: 'Province', name: 'Lạng Sơn', aliases: ['Lang Son'] },
      { id: 'b', kind: 'City', name: 'Chongzuo', aliases: [] },
      { id: 'c', kind: 'Official', name: 'Hồ Tiến Thiệu', aliases: ['Ho Tien Thieu'] },
      { id: 'd', kind: 'Official', name: 'Wei Hong', aliases: [] },
    ],
    relations: [
      { type: 'MET', from: 'd', to: 'c', quote: 'Wei Hong met Ho Tien Thieu' },
      { type: 'SIGNED', from: 'a', to: 'b', quote: 'signed an agreement' },
    ],
  };

  it('matches entities by any folded form, meetings either way, and leaves reference facts and PARTNER_OF out of relation F1', () => {
    const draft: Comparable = {
      entities: [
        { id: 'lang-son', kind: 'Province', name: 'Lang Son', aliases: [] },
        { id: 'chongzuo', kind: 'Province', name: 'Chongzuo', aliases: [] },
        { id: 'ho-tien-thieu', kind: 'Official', name: 'Ho Tien Thieu', aliases: [] },
        { id: 'wei-hong', kind: 'Official', name: 'Wei Hong', aliases: [] },
      ],
      relations: [
        { type: 'MET', from: 'ho-tien-thieu', to: 'wei-hong', quote: 'met' },
        { type: 'LOCATED_IN', from: 'chongzuo', to: 'lang-son', basis: 'reference' },
        { type: 'PARTNER_OF', from: 'lang-son', to: 'chongzuo', quote: 'partners' },
      ],
    };
    const r = compareFacts(draft, gold, emptyResult(), { apart: new Set(['PARTNER_OF']) });
    expect(r.entities.get('Official')).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(r.entities.get('Province')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.entities.get('City')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(r.relations.get('MET')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.relations.get('SIGNED')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(r.relations.has('LOCATED_IN')).toBe(false);
    expect(r.apart.get('PARTNER_OF')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.misses.map(formatMiss)).toContain('missed SIGNED Lạng Sơn -> Chongzuo  «signed an agreement»');
    expect(r.misses.map(formatMiss)).toContain('kind   Chongzuo: drafted Province, gold City');
  });

  it('reads a corpus folder of articles and gold JSON, and names the gold file and field of a bad reference', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-gold-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.mkdirSync(path.join(dir, 'gold'));
    fs.writeFileSync(path.join(dir, 'articles', '01_pact.txt'), ARTICLE);
    const goldFile = {
      article: '01_pact.txt',
      entities: [
        {
          kind: 'Organization',
          name: "Lạng Sơn People's Committee",
          aliases: ["People's Committee of Lang Son Province"],
        },
        {
          kind: 'Organization',
          name: "Chongzuo People's Government",
          aliases: ["People's Government of Chongzuo City"],
        },
      ],
      relations: [
        {
          type: 'SIGNED',
          from: "Lạng Sơn People's Committee",
          to: "Chongzuo People's Government",
          date: '2024-05-07',
          props: {},
          quote: 'signed an agreement on border trade',
        },
      ],
    };
    fs.writeFileSync(path.join(dir, 'gold', '01_pact.json'), JSON.stringify(goldFile));
    const result = await evaluateCorpus(readGoldCorpus(dir), (text, file) => draftFacts(text, { file }));
    expect(result.relations.get('SIGNED')).toEqual({ tp: 1, fp: 0, fn: 0 });
    goldFile.relations[0]!.to = 'Chongzuo';
    fs.writeFileSync(path.join(dir, 'gold', '01_pact.json'), JSON.stringify(goldFile));
    expect(() => readGoldCorpus(dir)).toThrow(
      /01_pact\.json: relations\[0\]\.to: "Chongzuo" is not one of the gold entities/,
    );
  });
});
