// The smallest synthetic network with the real one's shape: loads in a second or two.
import type { SyntheticSize } from '../../bench/synthetic/synthetic-graph.ts';

export const TINY: SyntheticSize = {
  chineseCities: 20,
  officials: 300,
  companies: 40,
  events: 20,
  articles: 20,
  edges: 3_000,
};
