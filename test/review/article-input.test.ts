// Reading a submitted article (its `# source:` line, ingest's checks, its id), and where the text
// names an entity.
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../server/review/article-input.ts';
import { mentionsOf } from '../../server/review/draft-view.ts';

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
      /^articles\[1\] \("a\.txt"\): no text after the # source: header$/,
    );
    expect(() => checkArticle({ text: 'abc\u0000def ghi' }, 0)).toThrow(/articles\[0\]: binary content \(a NUL byte/);
    expect(() =>
      checkArticle(
        { text: 'Tỉnh Bắc Ninh và thành phố Nam Ninh đã ký kết biên bản ghi nhớ hợp tác trong các lĩnh vực.' },
        2,
      ),
    ).toThrow(/articles\[2\]: the text reads as Vietnamese/);
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
});
