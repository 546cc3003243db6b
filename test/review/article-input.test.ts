// Reading a submitted article: the `# source:` line, and where the text names an entity.
import { describe, expect, it } from 'vitest';
import { checkArticle, splitSourceLine } from '../../server/review/article-input.ts';
import { mentionsOf } from '../../server/review/draft-view.ts';

describe('the # source: line', () => {
  it('gives url, outlet and date in any order, and leaves the text without it', () => {
    const { text, source } = splitSourceLine(
      '# source: https://x.vn/a.html | Viet Nam News (VNS) | published 2025-04-02\n\nHeadline\nBody.',
    );
    expect(source).toEqual({ url: 'https://x.vn/a.html', outlet: 'Viet Nam News (VNS)', published: '2025-04-02' });
    expect(text).toBe('Headline\nBody.');
    expect(splitSourceLine('# Source: VNA | 2024-11').source).toEqual({ outlet: 'VNA', published: '2024-11' });
    expect(splitSourceLine('Headline\n# source: x').text).toBe('Headline\n# source: x');
  });

  it('gives way to what the request states, and a bad date in it is refused naming the article', () => {
    const a = checkArticle({ text: '# source: VNA | 2024-11\nText.', outlet: 'VNS' }, 0);
    expect(a).toMatchObject({ outlet: 'VNS', published: '2024-11', text: 'Text.' });
    expect(() => checkArticle({ text: '# source: VNA | 2024-13-40\nText.' }, 2)).toThrow(/articles\[2\]: .*date/);
  });

  it('makes the same id for the same text, a readable one', () => {
    const a = checkArticle({ text: 'Bắc Ninh signs with Nanning.', fileName: 'Bắc Ninh – Nanning.txt' }, 0);
    const b = checkArticle({ text: 'Bắc Ninh signs with Nanning.' }, 0);
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
