// Corroboration as a pure function: which statements are one fact, what the edge says, and that
// the edge depends on the set of citations only, never on the order they arrive in.
import { describe, expect, it } from 'vitest';
import { citationsOfEdge, corroborate, type Citation } from '../../server/facts/corroborate.ts';

let n = 0;
function cite(stated: Record<string, unknown>, over: Partial<Citation> = {}): Citation {
  n++;
  return {
    type: 'MET',
    from: 'a',
    to: 'b',
    article: `art-${n}`,
    outlet: `Outlet ${n}`,
    published: `2024-01-${String(n % 28 || 1).padStart(2, '0')}`,
    quote: `quote ${n}`,
    stated,
    ...over,
  };
}

describe('one fact, one edge', () => {
  it('merges equal and prefix-compatible dates, keeping the most precise', () => {
    const edges = corroborate([cite({ date: '2024' }), cite({ date: '2024-05' }), cite({ date: '2024-05-09' })]);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.props).toMatchObject({
      date: '2024-05-09',
      dateFrom: '2024-05-09',
      dateTo: '2024-05-09',
      sources: 3,
      conflict: false,
    });
    expect(edges[0]!.props.sourceArticles).toHaveLength(3);
  });

  it('keeps facts with incompatible dates apart, and a date that fits two of them on its own', () => {
    const edges = corroborate([cite({ date: '2024-05' }), cite({ date: '2024-09' }), cite({ date: '2024' }), cite({})]);
    expect(edges.map((e) => e.props.date ?? null).sort()).toEqual(['2024', '2024-05', '2024-09', null]);
  });

  it('joins an undated statement to the one dated fact it can be', () => {
    const edges = corroborate([cite({}), cite({ date: '2023-11-13' })]);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.props.date).toBe('2023-11-13');
  });

  it('keeps different types, ends, directions of a directed type and signed documents apart', () => {
    const edges = corroborate([
      cite({}),
      cite({}, { type: 'VISITED' }),
      cite({}, { type: 'VISITED', from: 'b', to: 'a' }),
      cite({}, { to: 'c' }),
      cite({ document: 'MoU on trade', date: '2016' }, { type: 'SIGNED' }),
      cite({ document: 'MoU on tourism', date: '2016' }, { type: 'SIGNED' }),
      cite({ document: 'MOU on Trade.', date: '2016' }, { type: 'SIGNED' }),
    ]);
    expect(edges).toHaveLength(6);
  });

  it('takes "a met b" and "b met a" as one meeting, in the direction of its earliest source', () => {
    const early = cite({ date: '2025-09-11' }, { from: 'b', to: 'a', published: '2025-09-11' });
    const late = cite({ date: '2025-09-11' }, { from: 'a', to: 'b', published: '2025-09-12' });
    const edges = corroborate([late, early]);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ from: 'b', to: 'a', props: { sources: 2, sourceFrom: ['b', 'a'] } });
    // Each source reads back in the order it named the ends.
    expect(citationsOfEdge(edges[0]!, edges[0]!.props).map((c) => [c.from, c.to])).toEqual([
      ['b', 'a'],
      ['a', 'b'],
    ]);
    const signed = { document: 'MoU on border trade', date: '2025-10-03' };
    expect(
      corroborate([cite(signed, { type: 'SIGNED' }), cite(signed, { type: 'SIGNED', from: 'b', to: 'a' })]),
    ).toHaveLength(1);
  });

  it("quotes the earliest source that states the edge's date, not an undated one published before it", () => {
    const undated = cite({}, { type: 'PARTNER_OF', published: '2023-12-25', quote: 'the partnership' });
    const dated = cite({ date: '1950' }, { type: 'PARTNER_OF', published: '2024-02-01', quote: 'since 1950' });
    const [edge] = corroborate([undated, dated]);
    expect(edge!.props).toMatchObject({ date: '1950', quote: 'since 1950', article: dated.article, sources: 2 });
    expect(edge!.props.sourceArticles).toEqual([undated.article, dated.article]);
  });

  it('never quotes a source that contradicts the amount the edge shows, even one that adds the date', () => {
    const first = cite(
      { amountUsd: 150e6 },
      { type: 'INVESTED_IN', published: '2025-03-11', quote: '150 million USD' },
    );
    const same = cite({ amountUsd: 150e6 }, { type: 'INVESTED_IN', published: '2025-03-12', quote: 'US$150 million' });
    const other = cite(
      { amountUsd: 200e6, date: '2025-03-12' },
      { type: 'INVESTED_IN', published: '2025-03-13', quote: 'US$200 million' },
    );
    const [edge] = corroborate([other, same, first]);
    expect(edge!.props).toMatchObject({ amountUsd: 150e6, quote: '150 million USD', article: first.article });
  });

  it('counts independent outlets, not articles', () => {
    const [edge] = corroborate([
      cite({}, { outlet: 'Viet Nam News (VNS)' }),
      cite({}, { outlet: 'viet nam news (vns)' }),
      cite({}, { outlet: 'The Hanoi Times' }),
    ]);
    expect(edge!.props).toMatchObject({ sources: 2 });
    expect(edge!.props.sourceArticles).toHaveLength(3);
  });
});

describe('reference data', () => {
  it('is a citation of the fact but no outlet stating it', () => {
    const reference = { basis: 'reference', referenceSource: 'gazetteer (seeds/gazetteer/cn.yaml)' };
    const [alone] = corroborate([cite(reference, { type: 'LOCATED_IN', quote: '' })]);
    expect(alone!.props).toMatchObject({ sources: 0 });
    const [both] = corroborate([
      cite(reference, { type: 'LOCATED_IN', quote: '' }),
      cite({}, { type: 'LOCATED_IN', outlet: 'VNA' }),
    ]);
    expect(both!.props).toMatchObject({ sources: 1 });
    expect(both!.props.sourceArticles).toHaveLength(2);
  });
});

describe('conflicts', () => {
  it('flags different amounts and keeps every source value, the earliest on the edge', () => {
    const early = cite({ amountUsd: 500e6 }, { type: 'INVESTED_IN', published: '2024-05-10' });
    const late = cite({ amountUsd: 600e6 }, { type: 'INVESTED_IN', published: '2024-05-15' });
    const [edge] = corroborate([late, early]);
    expect(edge!.props).toMatchObject({ conflict: true, conflicts: ['amountUsd'], amountUsd: 500e6 });
    expect((edge!.props.sourceStated as string[]).map((s) => JSON.parse(s).amountUsd)).toEqual([500e6, 600e6]);
  });

  it('does not flag a source that leaves the amount out, nor compatible end dates', () => {
    const [edge] = corroborate([
      cite({ amountUsd: 500e6, date: '2024', endDate: '2024-06' }, { type: 'INVESTED_IN' }),
      cite({ date: '2024', endDate: '2024-06-30' }, { type: 'INVESTED_IN' }),
    ]);
    expect(edge!.props).toMatchObject({ conflict: false, amountUsd: 500e6, endDate: '2024-06-30' });
    expect(edge!.props.conflicts).toBeUndefined();
  });

  it('takes dates a few days apart as one event with its dates flagged, and a month apart as two', () => {
    const a = cite({ date: '2025-09-10', amountUsd: 120e6 }, { type: 'INVESTED_IN', published: '2025-09-10' });
    const b = cite({ date: '2025-09-11', amountUsd: 150e6 }, { type: 'INVESTED_IN', published: '2025-09-11' });
    const c = cite({ date: '2025-09' }, { type: 'INVESTED_IN', published: '2025-09-20' });
    const edges = corroborate([a, b, c]);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.props).toMatchObject({
      sources: 3,
      conflict: true,
      conflicts: ['amountUsd', 'date'],
      date: '2025-09-10',
      dateFrom: '2025-09-10',
      dateTo: '2025-09-11',
    });
    const later = cite({ date: '2025-10-20' }, { type: 'INVESTED_IN' });
    expect(corroborate([a, b, later])).toHaveLength(2);
  });

  it('flags end dates that disagree', () => {
    const [edge] = corroborate([
      cite({ date: '2024-05-01', endDate: '2024-05-03' }, { type: 'VISITED' }),
      cite({ date: '2024-05-01', endDate: '2024-05-04' }, { type: 'VISITED' }),
    ]);
    expect(edge!.props).toMatchObject({ conflict: true, conflicts: ['endDate'] });
  });
});

describe('the edge is a function of its citations', () => {
  const citations = [
    cite({ date: '2024' }),
    cite({ date: '2024-05-09', confidence: 0.8 }),
    cite({ amountUsd: 1e6 }, { type: 'INVESTED_IN' }),
    cite({ amountUsd: 2e6 }, { type: 'INVESTED_IN' }),
    cite({ date: '2025' }),
    cite({ date: '2025-03-01' }, { from: 'b', to: 'a', published: '2025-03-01' }),
    cite({ date: '2025-03-03' }, { published: '2025-03-04' }),
  ];

  it('whatever their order', () => {
    const once = corroborate(citations);
    const rotations = citations.map((_, i) => [...citations.slice(i), ...citations.slice(0, i)]);
    for (const order of [...rotations, [...citations].reverse()]) expect(corroborate(order)).toEqual(once);
  });

  it('and reads back from the stored edge to the same citations', () => {
    const edges = corroborate(citations);
    const back = edges.flatMap((e) => citationsOfEdge(e, e.props));
    expect(corroborate(back)).toEqual(edges);
  });

  it('so that taking a source out of a stored edge gives the edge the other sources make', () => {
    // A retraction: the stored edges' citations minus one article, against the rest from scratch.
    const stored = corroborate(citations).flatMap((e) => citationsOfEdge(e, e.props));
    for (const gone of citations) {
      const rest = citations.filter((c) => c !== gone);
      expect(corroborate(stored.filter((c) => c.article !== gone.article))).toEqual(corroborate(rest));
    }
  });

  it('reads an edge stored before corroboration as one citation of its article', () => {
    const [c] = citationsOfEdge(
      { type: 'MET', from: 'a', to: 'b' },
      { id: 'x', article: 'old', quote: 'they met', date: '2020', dateFrom: '2020-01-01', dateTo: '2020-12-31' },
      { outlet: 'VNA', published: '2020-02-02' },
    );
    expect(c).toEqual({
      type: 'MET',
      from: 'a',
      to: 'b',
      article: 'old',
      outlet: 'VNA',
      published: '2020-02-02',
      quote: 'they met',
      stated: { date: '2020' },
    });
  });
});
