// The synthetic network used by the scale benchmarks: deterministic from its seed, the counts it
// announces are the rows it yields, and its degrees are heavy-tailed like real news graphs.
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_KINDS, PartialDate, Slug } from '../../common/model.ts';
import { SMALL_SIZE, syntheticGraph } from '../../bench/synthetic/synthetic-graph.ts';

const take = <T>(it: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const x of it) {
    if (out.length >= n) break;
    out.push(x);
  }
  return out;
};

describe('synthetic graph generator', () => {
  it('gives the same rows for the same seed and different edges for another seed', () => {
    const a = syntheticGraph(7, SMALL_SIZE);
    const b = syntheticGraph(7, SMALL_SIZE);
    const c = syntheticGraph(8, SMALL_SIZE);
    expect([...b.nodes()]).toEqual([...a.nodes()]);
    expect(take(b.edges(), 3000)).toEqual(take(a.edges(), 3000));
    expect(take(b.articles(), 20)).toEqual(take(a.articles(), 20));
    expect(b.counts).toEqual(a.counts);
    // Edges past the structural ones are drawn from the seed.
    const tailA = take(a.edges(), 6000)
      .slice(-500)
      .map((e) => `${e.from}>${e.to}`);
    const tailC = take(c.edges(), 6000)
      .slice(-500)
      .map((e) => `${e.from}>${e.to}`);
    expect(tailC).not.toEqual(tailA);
  });

  it('yields exactly the announced numbers of nodes per kind and edges per type, with unique ids', () => {
    const g = syntheticGraph(42, SMALL_SIZE);
    const kinds: Record<string, number> = {};
    const nodeIds = new Set<string>();
    for (const n of g.nodes()) {
      kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
      nodeIds.add(n.id);
      expect(Slug.safeParse(n.id).success, n.id).toBe(true);
    }
    const types: Record<string, number> = {};
    const edgeIds = new Set<string>();
    for (const e of g.edges()) {
      types[e.type] = (types[e.type] ?? 0) + 1;
      edgeIds.add(e.id);
      if (!nodeIds.has(e.from) || !nodeIds.has(e.to))
        throw new Error(`edge ${e.id} has an end that is not a generated node`);
    }
    expect(kinds).toEqual(Object.fromEntries(Object.entries(g.counts.nodes).filter(([, n]) => n > 0)));
    expect(types).toEqual(g.counts.edges);
    expect(nodeIds.size).toBe(g.counts.totalNodes);
    expect(edgeIds.size).toBe(SMALL_SIZE.edges);
    expect(Object.keys(types).sort()).toEqual([...EDGE_TYPES].sort());
    expect(Object.keys(kinds).sort()).toEqual([...NODE_KINDS].sort());
    expect(g.counts.nodes.Province).toBe(63 + 31); // every Vietnamese province and China's provincial divisions
  });

  it('has heavy-tailed degrees: the busiest node has far more edges than the median one', () => {
    const g = syntheticGraph(42, SMALL_SIZE);
    const degree = new Map<string, number>();
    for (const e of g.edges()) {
      degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
      degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const max = sorted.at(-1)!;
    expect(max).toBeGreaterThan(25 * median);
    // The top 1% of nodes hold over ten times the 1% of edge ends an even spread would give them.
    const top = sorted.slice(-Math.ceil(sorted.length / 100)).reduce((s, d) => s + d, 0);
    expect(top / (2 * SMALL_SIZE.edges)).toBeGreaterThan(0.1);
  });

  it('dates dated edges over 20 years with a consistent range, and cites an article', () => {
    const g = syntheticGraph(42, SMALL_SIZE);
    const articleIds = new Set([...g.articles()].map((a) => a.id));
    const years = new Set<string>();
    for (const e of g.edges()) {
      expect(articleIds.has(e.props.article as string)).toBe(true);
      if (e.type === 'LOCATED_IN') {
        expect(e.props.date).toBeUndefined();
        continue;
      }
      const { date, dateFrom, dateTo } = e.props as Record<string, string>;
      expect(PartialDate.safeParse(date).success, `${e.id} date ${date}`).toBe(true);
      expect(dateFrom! <= dateTo!).toBe(true);
      years.add(date!.slice(0, 4));
    }
    expect([...years].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(2005 + i)));
  });

  it('refuses a size with fewer edges than its structural ones, saying why', () => {
    expect(() => syntheticGraph(1, { ...SMALL_SIZE, edges: 100 })).toThrow(
      /100 edges cannot hold the \d+ structural edges/,
    );
  });
});
