// The review view's and the details' pure logic: the article cut into highlighted runs, the id of a
// new entity, a fact in a line, the fact form's relation, and a link's sources side by side.
import { describe, expect, it } from 'vitest';
import { citationsOf, conflictRows, fieldWords, sourcesLine } from '../../client/src/features/details/citations.ts';
import { referenceNote } from '../../client/src/ui/edge-statement.tsx';
import {
  entityIdFor,
  factFromSelection,
  factLine,
  kindForName,
  problemField,
  relationFrom,
  textRuns,
} from '../../client/src/features/review/review-text.ts';
import { missingField } from '../../client/src/features/review/fact-fields.ts';
import type { ReviewDraft } from '../../common/wire.ts';

const entity = (id: string, kind: 'Province' | 'Organization', mentions: [number, number][]) =>
  ({
    id,
    kind,
    name: id,
    aliases: [],
    link: null,
    mentions: mentions.map(([start, end]) => ({ start, end })),
  }) as ReviewDraft['entities'][number];

describe('the article in runs', () => {
  const text = "Bắc Giang People's Committee met in Bắc Giang.";
  const entities = [
    entity('bac-giang', 'Province', [
      [0, 9],
      [36, 45],
    ]),
    entity('committee', 'Organization', [[0, 28]]),
  ];

  it('gives a nested name its own kind, the rest of the outer name the outer kind, and keeps every character', () => {
    const runs = textRuns(text, entities, null);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.entity?.id ?? null])).toEqual([
      ['Bắc Giang', 'bac-giang'],
      [" People's Committee", 'committee'],
      [' met in ', null],
      ['Bắc Giang', 'bac-giang'],
      ['.', null],
    ]);
  });

  it('marks the quote, cutting runs at its ends', () => {
    const runs = textRuns(text, entities, { start: 29, end: 46 });
    expect(
      runs
        .filter((r) => r.quote)
        .map((r) => r.text)
        .join(''),
    ).toBe('met in Bắc Giang.');
  });
});

describe('a new entity’s id', () => {
  it('is the folded name, made unique in the draft', () => {
    expect(entityIdFor('Hồng Lâm Electronics', new Set())).toBe('hong-lam-electronics');
    expect(entityIdFor('Đà Nẵng', new Set(['da-nang']))).toBe('da-nang-2');
    expect(entityIdFor('北京', new Set())).toBe('entity');
  });
});

describe('facts in forms and lines', () => {
  it('leaves empty fields out and reads numbers with separators', () => {
    expect(
      relationFrom({
        type: 'INVESTED_IN',
        from: 'a',
        to: 'b',
        quote: 'q',
        amountUsd: '500,000,000',
        date: ' ',
        asOf: '',
      }),
    ).toEqual({ type: 'INVESTED_IN', from: 'a', to: 'b', quote: 'q', amountUsd: 500_000_000 });
  });

  it('says what a fact states besides its ends', () => {
    expect(
      factLine({
        type: 'INVESTED_IN',
        from: 'a',
        to: 'b',
        quote: 'q',
        amountUsd: 9e8,
        amountQualifier: 'over',
        workers: 37000,
      }),
    ).toBe('over US$900,000,000 · 37,000 workers');
  });

  it('words its dates as the card words the date ("until 1 April 2025")', () => {
    const visit = { type: 'VISITED', from: 'a', to: 'b', quote: 'q', date: '2025-03-31', endDate: '2025-04-01' };
    expect(factLine(visit as never)).toBe('until 1 April 2025');
    const stock = { type: 'INVESTED_IN', from: 'a', to: 'b', quote: 'q', projects: 3, asOf: '2024-12' };
    expect(factLine(stock as never)).toBe('3 projects · as of December 2024');
  });
});

describe("a link's sources", () => {
  const data = {
    article: 'a1',
    quote: 'q1',
    sources: 2,
    sourceArticles: ['a1', 'a2', 'a3'],
    sourceOutlets: ['VNS', 'VNS', 'The Hanoi Times'],
    sourcePublished: ['2025-04-02', '2025-04-03', '2025-04-05'],
    sourceQuotes: ['q1', 'q2', 'q3'],
    sourceStated: [{ amountUsd: 5e8 }, {}, { amountUsd: 6e8 }],
    conflict: true,
    conflicts: ['amountUsd'],
  };

  it('zips the lists into one source each', () => {
    expect(citationsOf(data)[2]).toEqual({
      article: 'a3',
      outlet: 'The Hanoi Times',
      published: '2025-04-05',
      quote: 'q3',
      stated: { amountUsd: 6e8 },
    });
    expect(citationsOf({ article: 'x', quote: 'only' })).toEqual([
      { article: 'x', outlet: '', published: '', quote: 'only', stated: {} },
    ]);
  });

  it('counts outlets and articles, and sets the disagreeing values side by side', () => {
    expect(sourcesLine(data)).toBe('Stated by 2 outlets in 3 articles');
    expect(sourcesLine({ article: 'x', quote: 'q', sources: 1, sourceArticles: ['x'] })).toBeNull();
    expect(conflictRows(data)).toEqual([
      {
        field: 'amountUsd',
        values: [
          { outlet: 'VNS', value: 'US$500 million' },
          { outlet: 'The Hanoi Times', value: 'US$600 million' },
        ],
      },
    ]);
    expect(fieldWords('amountUsd')).toBe('the amount');
  });

  it('says a link only reference data gives is stated by no article, not "by 0 outlets"', () => {
    const reference = { sources: 0, sourceArticles: ['a1', 'a2', 'a3'], basis: 'reference' as const };
    expect(sourcesLine(reference)).toBe('No article states this link; 3 articles cite it as reference data');
    expect(sourcesLine({ ...reference, sourceArticles: ['a1'] })).toBeNull();
  });

  it('names where reference data comes from: the gazetteer, or what it was inferred from', () => {
    expect(referenceNote({ referenceSource: 'gazetteer (seeds/gazetteer/cn-provinces.yaml)' })).toMatch(
      /^From the gazetteer/,
    );
    expect(referenceNote({ referenceSource: 'the name of the body ("Hanoi People\'s Committee")' })).toBe(
      'Inferred from the name of the body ("Hanoi People\'s Committee") (reference data), not stated by an article.',
    );
  });
});

describe('a fact from the selected text', () => {
  const text = 'Liugong will invest 150 million USD in Lang Son, said Ho Tien Thieu.';
  const at = (name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];
  const entities = [
    entity('lang-son', 'Province', [at('Lang Son')]),
    entity('liugong', 'Organization', [at('Liugong')]),
    entity('ho-tien-thieu', 'Organization', [at('Ho Tien Thieu')]),
  ];
  const select = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

  it('has its ends from the names inside the selection, in text order, and the type its words suggest', () => {
    expect(factFromSelection({ entities }, select('Liugong will invest 150 million USD in Lang Son'))).toEqual({
      type: 'INVESTED_IN',
      quote: 'Liugong will invest 150 million USD in Lang Son',
      from: 'liugong',
      to: 'lang-son',
    });
  });

  it('leaves the type to choose when no word suggests one (never MET by default)', () => {
    expect(factFromSelection({ entities }, select('said Ho Tien Thieu'))).toEqual({
      type: '',
      quote: 'said Ho Tien Thieu',
      from: 'ho-tien-thieu',
    });
  });

  it('runs a post from the official to the place, its title the words between the names', () => {
    const t = 'Tay Ninh Party Secretary Nguyen Thanh Tam received the delegation.';
    const at = (s: string): [number, number] => [t.indexOf(s), t.indexOf(s) + s.length];
    const ents = [
      { ...entity('tay-ninh', 'Province', [at('Tay Ninh')]) },
      { ...entity('nguyen-thanh-tam', 'Province', [at('Nguyen Thanh Tam')]), kind: 'Official' as const },
    ];
    const quote = 'Tay Ninh Party Secretary Nguyen Thanh Tam';
    expect(factFromSelection({ entities: ents }, { start: 0, end: quote.length, text: quote })).toEqual({
      type: 'HOLDS_POST',
      quote,
      from: 'nguyen-thanh-tam',
      to: 'tay-ninh',
      title: 'Party Secretary',
    });
  });
});

describe("a new entity's kind", () => {
  const known = [{ name: 'Tây Ninh', aliases: [], kind: 'Province' as const }];
  it('follows the selected words, not always Organization', () => {
    expect(kindForName('Liu Yanhua', known)).toBe('Official');
    expect(kindForName('Nguyễn Thành Tâm', known)).toBe('Official');
    expect(kindForName('Sailun Group', known)).toBe('Company');
    expect(kindForName('Hồng Lâm Co.', known)).toBe('Company');
    expect(kindForName('Lạng Sơn Provincial Party Committee', known)).toBe('Organization');
    expect(kindForName('Department of Industry and Trade', known)).toBe('Organization');
    expect(kindForName('Tay Ninh', known)).toBe('Province');
    expect(kindForName('ASEAN', known)).toBe('Organization');
  });
});

describe('a problem before approving', () => {
  it('names its fact or entity as the view does', () => {
    expect(problemField('facts[f3].quote')).toBe('fact f3, quote');
    expect(problemField('facts[f2]')).toBe('fact f2');
    expect(problemField('entities[bac-giang].kind')).toBe('entity bac-giang, kind');
    expect(problemField('facts')).toBe('facts');
  });
});

describe('a fact missing a field its type needs', () => {
  it('is said in words before it is sent, never as the schema words it', () => {
    const base = { type: 'HOLDS_POST', from: 'a', to: 'b', quote: 'q' };
    expect(missingField('HOLDS_POST', base)).toBe('fact: title is required for HOLDS_POST');
    expect(missingField('HOLDS_POST', { ...base, title: 'Party Secretary' })).toBeNull();
    expect(missingField('SIGNED', { ...base, document: 'MoU' })).toBe('fact: kind of document is required for SIGNED');
    expect(missingField('MET', { ...base, to: ' ' })).toBe('fact: to is required for MET');
  });
});
