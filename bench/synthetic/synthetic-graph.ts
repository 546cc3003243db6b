// A synthetic Vietnam–China network with the shape of the real one, for load and query benchmarks:
// every Vietnamese province, Chinese provinces and prefecture cities, officials, companies, bodies
// and events, joined by edges of every type with heavy-tailed degrees (a few hubs such as Hà Nội or
// Lào Cai collect tens of thousands of visits) and dates spread over 20 years.
//
// Deterministic from a seed number: the same seed and size give the same rows in the same order.
// Streamed: only the ~60,000 nodes' names are held; the million edges are produced one at a time
// by a generator, so a loader can batch them without the whole graph ever being in memory.
// The nodes are built in universe.ts, the edges streamed by edge-stream.ts; this module assembles
// the rows and counts a loader sees.
import type { EdgeType, NodeKind } from '../../common/model.ts';
import type { ArticleRow, EdgeRow, NodeRow } from '../../server/facts/build-graph.ts';
import { foldDiacritics } from '../../common/text/fold.ts';
import { edgeQuotas, edgeRows } from './edge-stream.ts';
import { articleId, randomDate } from './ids-and-dates.ts';
import { OUTLETS } from './names.ts';
import { COUNTRIES } from './place-names.ts';
import { SeededRandom } from './seeded-random.ts';
import { buildUniverse, type Entity, type Universe } from './universe.ts';

export { SYNTHETIC_ID_PREFIX } from './ids-and-dates.ts';

export interface SyntheticSize {
  chineseCities: number;
  officials: number;
  companies: number;
  events: number;
  articles: number;
  /** Total relationships of all types, structural ones included. */
  edges: number;
}

/** The size issue 6 asks for. */
export const FULL_SIZE: SyntheticSize = {
  chineseCities: 300,
  officials: 50_000,
  companies: 5_000,
  events: 2_000,
  articles: 5_000,
  edges: 1_000_000,
};
/** A size a test can load in a few seconds, with the same shape. */
export const SMALL_SIZE: SyntheticSize = {
  chineseCities: 40,
  officials: 1_000,
  companies: 100,
  events: 60,
  articles: 50,
  edges: 12_000,
};

export interface SyntheticCounts {
  nodes: Record<NodeKind, number>;
  edges: Record<EdgeType, number>;
  articles: number;
  totalNodes: number;
  totalEdges: number;
}

export interface SyntheticGraph {
  seed: number;
  size: SyntheticSize;
  counts: SyntheticCounts;
  articles(): Generator<ArticleRow>;
  nodes(): Generator<NodeRow>;
  edges(): Generator<EdgeRow>;
}

export function syntheticGraph(seed: number, size: SyntheticSize = FULL_SIZE): SyntheticGraph {
  const u = buildUniverse(seed, size);
  const located = u.entities.length - COUNTRIES.length - u.officials.all.length;
  const structural = located + u.officials.all.length; // LOCATED_IN + HOLDS_POST
  if (size.edges < structural) {
    throw new Error(
      `synthetic size: ${size.edges} edges cannot hold the ${structural} structural edges (LOCATED_IN, HOLDS_POST) of this many nodes`,
    );
  }
  const quotas = edgeQuotas(size.edges - structural);
  const edgeCounts = Object.fromEntries(
    (
      ['SIGNED', 'VISITED', 'MET', 'INVESTED_IN', 'PARTNER_OF', 'LOCATED_IN', 'HOLDS_POST', 'ATTENDED'] as EdgeType[]
    ).map((t) => [t, 0]),
  ) as Record<EdgeType, number>;
  edgeCounts.LOCATED_IN = located;
  edgeCounts.HOLDS_POST = u.officials.all.length;
  for (const [t, n] of quotas) edgeCounts[t] = n;
  const nodeCounts = Object.fromEntries(
    (['Country', 'Province', 'City', 'Official', 'Company', 'Organization', 'Event'] as NodeKind[]).map((k) => [k, 0]),
  ) as Record<NodeKind, number>;
  for (const e of u.entities) nodeCounts[e.kind]++;

  return {
    seed,
    size,
    counts: {
      nodes: nodeCounts,
      edges: edgeCounts,
      articles: size.articles,
      totalNodes: u.entities.length,
      totalEdges: size.edges,
    },
    articles: () => articleRows(seed, size),
    nodes: () => nodeRows(u, size),
    edges: () => edgeRows(seed, u, size, quotas),
  };
}

function* articleRows(seed: number, size: SyntheticSize): Generator<ArticleRow> {
  const rng = new SeededRandom(seed, 2);
  for (let i = 0; i < size.articles; i++) {
    const published = randomDate(rng);
    const outlet = rng.pick(OUTLETS);
    yield {
      id: articleId(i),
      props: {
        id: articleId(i),
        title: `Synthetic report ${i + 1}`,
        outlet,
        published,
        status: 'curated',
        synthetic: true,
        text: `Synthetic article ${i + 1} (${outlet}, ${published}).`,
      },
    };
  }
}

function* nodeRows(u: Universe, size: SyntheticSize): Generator<NodeRow> {
  for (let i = 0; i < u.entities.length; i++) {
    const e = u.entities[i]!;
    const place = e.place >= 0 ? u.entities[e.place]! : undefined;
    const aliases = [...new Set([...e.aliases, foldDiacritics(e.name)])].filter((a) => a !== e.name);
    const [lat, lon] = coordinates(e, i);
    const props: Record<string, unknown> = {
      id: e.id,
      name: e.name,
      kind: e.kind,
      country: e.country,
      aliases,
      searchText: [...new Set([e.name, ...aliases].map(foldDiacritics))].join(' | '),
      articles: [articleId(i % size.articles)],
      synthetic: true,
    };
    if (lat !== undefined) Object.assign(props, { lat, lon });
    if (e.title) props.title = `${e.title}, ${place?.name}`;
    if (e.date) props.date = e.date;
    yield { id: e.id, kind: e.kind, props };
  }
}

/** Plausible coordinates for places (inside each country's rough box), from the index so they are stable. */
function coordinates(e: Entity, i: number): [number, number] | [undefined, undefined] {
  if (e.kind !== 'Province' && e.kind !== 'City') return [undefined, undefined];
  const a = ((i * 2654435761) >>> 0) / 4294967296;
  const b = ((i * 40503 + 12345) % 65536) / 65536;
  return e.country === 'VN'
    ? [round(8.6 + a * 14.8), round(102.2 + b * 7.2)]
    : [round(21 + a * 24), round(97 + b * 28)];
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;
