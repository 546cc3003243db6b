// A small seeded random source (mulberry32) with the few draws the generator needs. Seeded so that
// the same seed number gives the same graph, row for row, on any machine.

export class SeededRandom {
  private state: number;

  constructor(seed: number, stream = 0) {
    // Different streams of one seed (nodes, edges, articles) must not share a sequence.
    this.state = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  }

  /** A source whose state is `state` itself, unmixed (the article generator's sequences predate streams). */
  static fromState(state: number): SeededRandom {
    const random = new SeededRandom(0);
    random.state = state >>> 0;
    return random;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * A rank in [0, n) drawn so that low ranks are much more likely: P(rank < x) = (x/n)^(1/skew).
   * Rank r then has weight ~ r^-(1 - 1/skew), a power law, which gives heavy-tailed degrees.
   */
  skewed(n: number, skew: number): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), skew)));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}
