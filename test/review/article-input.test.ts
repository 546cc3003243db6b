// Reading a submitted article (its `# source:` line, ingest's checks, its id), and where the text
// names an entity.
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../server/review/article-input.ts';
import { mentionsOf, reviewDraftView } from '../../server/review/draft-view.ts';

describe('a submitted article', () => {
  it('has its # source: line read (ingest reads it), kept in the text, and given way to what the request states', () => {
    const text =
      '# source: https://x.vn/a.html | Viet Nam News (VNS) | published 2025-04-02\n\nHeadline of it here\nThe province signed an agreement with the city.';
    expect(checkArticle({ text }, 0)).toMatchObject({
      url: 'https://x.vn/a.html',
      outlet: 'Viet Nam News (VNS)',
      published: '2025-04-02',
      text,
    });
    expect(checkArticle({ text, outlet: 'VNA', published: '2025' }, 0)).toMatchObject({
      outlet: 'VNA',
      published: '2025',
    });
  });

  it('is refused naming it when it is empty, binary or not English (ingest’s checks)', () => {
    expect(() => checkArticle({ text: '# source: VNA\n   ', fileName: 'a.txt' }, 1)).toThrow(
      /^article 2 \("a\.txt"\): no text after the # source: header$/,
    );
    expect(() => checkArticle({ text: 'abc\u0000def ghi' }, 0)).toThrow(/article 1: binary content \(a NUL byte/);
    expect(() =>
      checkArticle(
        { text: 'Tỉnh Bắc Ninh và thành phố Nam Ninh đã ký kết biên bản ghi nhớ hợp tác trong các lĩnh vực.' },
        2,
      ),
    ).toThrow(/article 3: the text reads as Vietnamese/);
  });

  it('is refused when its # source: line has an address that is not http(s), naming the line and field', () => {
    const text =
      '# source: javascript:alert(document.domain) | Evil Daily | published 2025-09-11\n\nThe province signed an agreement with the city on trade.';
    expect(() => checkArticle({ text, fileName: 'evil.txt' }, 1)).toThrow(
      /^article 2 \("evil\.txt"\): line 1 \(# source:\), field 1 \(the URL\): "javascript:alert\(document\.domain\)" is not an http:\/\/ or https:\/\/ address$/,
    );
    // An outlet with a colon in it is still an outlet.
    const fine =
      '# source: https://x.vn/a | Xinhua: Asia | published 2025\n\nThe province signed an agreement with the city.';
    expect(checkArticle({ text: fine }, 0).outlet).toBe('Xinhua: Asia');
  });

  it('is refused when it is a page’s HTML source, but not for a tag quoted in its text', () => {
    const html =
      '<h1>Liugong invests $150M in Lang Son</h1>\n<p>The company signed an agreement with the province on the plant.</p><script>alert(1)</script>';
    expect(() => checkArticle({ text: html }, 0)).toThrow(
      /^article 1: this is HTML markup \(<h1>, <p>\), not plain text; copy the article's text as the browser shows it/,
    );
    const quoted =
      'Hengtai has invested US$600 million in the province of Bắc Giang, it said. <script>alert("xss")</script> <img src=x>';
    expect(checkArticle({ text: quoted }, 0).text).toBe(quoted);
  });

  it('gives its headline, for the progress of its batch', () => {
    const text = 'Liugong invests 150 million USD in Lạng Sơn\n\nThe company signed an agreement with the province.';
    expect(checkArticle({ text }, 0).headline).toBe('Liugong invests 150 million USD in Lạng Sơn');
  });

  it('makes the same id for the same text, a readable one', () => {
    const a = checkArticle({ text: 'Bắc Ninh signs with Nanning on trade.', fileName: 'Bắc Ninh – Nanning.txt' }, 0);
    const b = checkArticle({ text: 'Bắc Ninh signs with Nanning on trade.' }, 0);
    expect(a.id).toMatch(/^bac-ninh-nanning_[0-9a-f]{10}$/);
    expect(b.id.split('_')[1]).toBe(a.id.split('_')[1]);
  });
});

describe('mentions', () => {
  const text = 'Bắc Ninh Province and Bắc Ninh City; 北京市 and Beijinger; Bắc Ninh.';
  const spans = (forms: string[]) =>
    mentionsOf(text, { name: forms[0]!, aliases: forms.slice(1) }).map((m) => text.slice(m.start, m.end));

  it('prefer the longer form and never overlap', () => {
    expect(spans(['Bắc Ninh', 'Bắc Ninh Province'])).toEqual(['Bắc Ninh Province', 'Bắc Ninh', 'Bắc Ninh']);
  });

  it('are whole words in Latin script, but not in Chinese', () => {
    expect(spans(['Beijing', '北京'])).toEqual(['北京']);
  });

  it('are found without their diacritics too, as spans of the original text', () => {
    const t = 'Lang Son and LẠNG SƠN; Lạng Sơn (decomposed: La\u0323ng So\u031bn); Langson is another word.';
    const found = mentionsOf(t, { name: 'Lạng Sơn', aliases: [] }).map((m) => t.slice(m.start, m.end));
    expect(found).toEqual(['Lang Son', 'LẠNG SƠN', 'Lạng Sơn', 'La\u0323ng So\u031bn']);
  });

  it('count a dateline in capitals run together ("HANOI" names Hà Nội), but not "Hanoi" in mixed case', () => {
    const t = 'HANOI, March 12 (Reuters) - Ha Noi and Hanoi.';
    const found = mentionsOf(t, { name: 'Hà Nội', aliases: [] }).map((m) => t.slice(m.start, m.end));
    expect(found).toEqual(['HANOI', 'Ha Noi']);
  });

  it('are never inside the `# source:` line', () => {
    const t = '# source: https://e.vn/sailun-tay-ninh.html | VnExpress\n\nSailun invests in Tây Ninh.';
    const found = mentionsOf(t, { name: 'Sailun', aliases: [] });
    expect(found.map((m) => t.slice(m.start, m.end))).toEqual(['Sailun']);
    expect(found[0]!.start).toBeGreaterThan(t.indexOf('\n'));
  });
});

describe('the review view of a draft', () => {
  it("finds an entity by its graph node's aliases too (Vietnam for Việt Nam)", () => {
    const text = 'Vietnam and China signed.';
    const draft = {
      id: 'd',
      status: 'draft',
      article: { text, title: 't', outlet: 'o' },
      entities: [{ id: 'viet-nam', kind: 'Country', name: 'Việt Nam', aliases: [] }],
      facts: [],
      createdBy: 'u',
      updatedAt: '2026-01-01',
      updatedBy: 'u',
    } as unknown as Parameters<typeof reviewDraftView>[0];
    const nodes = new Map([
      ['viet-nam', { name: 'Việt Nam', kind: 'Country', country: null, degree: 3, aliases: ['Vietnam'] }],
    ]);
    expect(reviewDraftView(draft, nodes, []).entities[0]!.mentions).toEqual([{ start: 0, end: 7 }]);
  });

  it('lists a fact end picked from the graph among the entities, by its name, as in the graph', () => {
    const draft = {
      id: 'd',
      status: 'draft',
      article: { text: 'Liu Yanhua met them.', title: 't', outlet: 'o' },
      entities: [{ id: 'sailun', kind: 'Company', name: 'Sailun', aliases: [] }],
      facts: [
        {
          key: 'f1',
          state: 'accepted',
          origin: 'added',
          relation: { type: 'MET', from: 'liu-yanhua', to: 'sailun', quote: 'met' },
        },
      ],
      createdBy: 'u',
      updatedAt: '2026-01-01',
      updatedBy: 'u',
    } as unknown as Parameters<typeof reviewDraftView>[0];
    const nodes = new Map([['liu-yanhua', { name: 'Liu Yanhua', kind: 'Official', country: 'CN', degree: 2 }]]);
    const liu = reviewDraftView(draft, nodes, []).entities.find((e) => e.id === 'liu-yanhua');
    expect(liu).toMatchObject({ name: 'Liu Yanhua', kind: 'Official', mentions: [{ start: 0, end: 10 }] });
    expect(liu?.link).toMatchObject({ name: 'Liu Yanhua', degree: 2 });
  });
});
