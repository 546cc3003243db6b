// The synthetic graph's edges, produced one at a time so that a million of them never sit in memory:
// first the structural ones (every entity LOCATED_IN its place, every official HOLDS_POST), then each
// event type's quota, with ends drawn by rank so that a few hubs collect most of them.
//
// All edges draw from one seeded source, in the order edgeRows asks for them: reordering the families,
// or the draws inside one, changes every graph generated from a seed.
import { dateBounds, type EdgeType } from '../../common/model.ts';
import type { EdgeRow } from '../../server/facts/build-graph.ts';
import { articleId, pad, randomDate, SYNTHETIC_ID_PREFIX } from './ids-and-dates.ts';
import { DOCUMENTS } from './names.ts';
import { SeededRandom } from './seeded-random.ts';
import type { SyntheticSize } from './synthetic-graph.ts';
import type { Entity, Universe } from './universe.ts';

type EventEdgeType = Exclude<EdgeType, 'LOCATED_IN' | 'HOLDS_POST'>;

/** Shares of the edges left after the structural ones (LOCATED_IN, HOLDS_POST). */
const EVENT_EDGE_SHARES: readonly (readonly [EventEdgeType, number])[] = [
  // Localities rarely link directly (a few standing partnerships each); they meet through
  // officials, bodies and companies, so two small localities are several hops apart.
  ['MET', 0.38],
  ['VISITED', 0.29],
  ['ATTENDED', 0.16],
  ['SIGNED', 0.1],
  ['INVESTED_IN', 0.068],
  ['PARTNER_OF', 0.002],
];

/** How many edges of each event type, in stream order; the last type takes what rounding left over. */
export function edgeQuotas(remaining: number): [EventEdgeType, number][] {
  let left = remaining;
  return EVENT_EDGE_SHARES.map(([t, share], i) => {
    const n = i === EVENT_EDGE_SHARES.length - 1 ? left : Math.floor(remaining * share);
    left -= n;
    return [t, n];
  });
}

/** What every edge family draws with. */
interface EdgeDraws {
  rng: SeededRandom;
  u: Universe;
  entities: Entity[];
  /**
   * The row for one edge. It draws the citing article itself, after whatever its arguments drew,
   * so an edge's own draws stay in its arguments or before the call.
   */
  edge: (
    type: EdgeType,
    from: number,
    to: number,
    quote: string,
    extra?: Record<string, unknown>,
    date?: string,
  ) => EdgeRow;
}

export function* edgeRows(
  seed: number,
  u: Universe,
  size: SyntheticSize,
  quotas: [EventEdgeType, number][],
): Generator<EdgeRow> {
  const d = edgeDraws(seed, u, size);
  yield* locatedInEdges(d);
  yield* holdsPostEdges(d);
  for (const [type, count] of quotas) {
    const eventEdge = EVENT_EDGES[type];
    for (let k = 0; k < count; k++) {
      // Drawn for every event edge, ATTENDED too (which takes its event's date instead): dropping
      // that unused draw would shift every later draw and so change every graph from a seed.
      const date = randomDate(d.rng);
      yield eventEdge(d, date);
    }
  }
}

function edgeDraws(seed: number, u: Universe, size: SyntheticSize): EdgeDraws {
  const rng = new SeededRandom(seed, 3);
  const E = u.entities;
  let seq = 0;
  const width = String(size.edges).length;
  const edge: EdgeDraws['edge'] = (type, from, to, quote, extra = {}, date) => {
    const id = `${SYNTHETIC_ID_PREFIX}e${pad(seq++, width)}`;
    const props: Record<string, unknown> = { ...extra, id, article: articleId(rng.skewed(size.articles, 1.5)), quote };
    if (date) {
      const [dateFrom, dateTo] = dateBounds(date);
      Object.assign(props, { date, dateFrom, dateTo });
    }
    return { id, type, from: E[from]!.id, to: E[to]!.id, props };
  };
  return { rng, u, entities: E, edge };
}

const yearOf = (d: string) => d.slice(0, 4);

// ---------- structural: every non-country entity sits in a place, every official holds one post ----------

function* locatedInEdges({ entities: E, edge }: EdgeDraws): Generator<EdgeRow> {
  for (let i = 0; i < E.length; i++) {
    const e = E[i]!;
    if (e.place < 0 || e.kind === 'Official') continue;
    yield edge('LOCATED_IN', i, e.place, `${e.name} is located in ${E[e.place]!.name}.`);
  }
}

/** Mostly a post in the home place's government body, otherwise in the place itself. */
function* holdsPostEdges({ rng, u, entities: E, edge }: EdgeDraws): Generator<EdgeRow> {
  for (const o of u.officials.all) {
    const home = E[o]!.place;
    const target = rng.chance(0.7) ? u.orgOfPlace.get(home)! : home;
    const date = randomDate(rng);
    yield edge(
      'HOLDS_POST',
      o,
      target,
      `${E[o]!.name}, ${E[o]!.title} of ${E[home]!.name}, since ${yearOf(date)}.`,
      { title: E[o]!.title },
      date,
    );
  }
}

// ---------- the ends of event edges, drawn by rank (low ranks likelier: the hubs) ----------

function official({ rng, u }: EdgeDraws, vn: boolean, skew = 2.5): number {
  const list = vn ? u.officials.vn : u.officials.cn;
  return list[rng.skewed(list.length, skew)]!;
}

function vnPlace({ rng, u }: EdgeDraws, skew = 2.5): number {
  return u.vnProvinces[rng.skewed(u.vnProvinces.length, skew)]!;
}

function cnPlace({ rng, u }: EdgeDraws, skew = 2.5): number {
  return rng.chance(0.85)
    ? u.cnCities[rng.skewed(u.cnCities.length, skew)]!
    : u.cnProvinces[rng.skewed(u.cnProvinces.length, skew)]!;
}

/** A party to a signed document: mostly a place's government body or a company, rarely the place itself. */
function party(d: EdgeDraws, vn: boolean): number {
  const { rng, u } = d;
  const r = rng.next();
  const place = vn ? vnPlace(d, 2) : cnPlace(d, 2);
  if (r < 0.7) return u.orgOfPlace.get(place)!;
  if (r < 0.75) return place;
  const list = vn ? u.companies.vn : u.companies.foreign;
  return list.length ? list[rng.skewed(list.length, 2)]! : place;
}

// ---------- event edges, one family each ----------

/** Mostly across the border; an official drawn to meet themself is replaced by one from the other side. */
function metEdge(d: EdgeDraws, date: string): EdgeRow {
  const { rng, entities: E } = d;
  const a = official(d, rng.chance(0.55));
  let b = official(d, rng.chance(0.7) ? E[a]!.country !== 'VN' : E[a]!.country === 'VN');
  if (b === a) b = official(d, E[a]!.country !== 'VN', 1);
  return d.edge('MET', a, b, `${E[a]!.name} met ${E[b]!.name} in ${yearOf(date)}.`, {}, date);
}

/** An official visits a place on the other side of the border. */
function visitedEdge(d: EdgeDraws, date: string): EdgeRow {
  const { rng, entities: E } = d;
  const a = official(d, rng.chance(0.5), 2);
  const b = E[a]!.country === 'VN' ? cnPlace(d, 2.5) : vnPlace(d, 2.5);
  const extra = rng.chance(0.1) ? { count: 2 + rng.int(10) } : {};
  return d.edge('VISITED', a, b, `${E[a]!.name} led a delegation to ${E[b]!.name}.`, extra, date);
}

/** Officials, and sometimes places, attend an event; the edge carries the event's own date. */
function attendedEdge(d: EdgeDraws, _drawnDate: string): EdgeRow {
  const { rng, u, entities: E } = d;
  const ev = u.events[rng.skewed(u.events.length, 1.8)]!;
  const a = rng.chance(0.75) ? official(d, rng.chance(0.5), 2) : rng.chance(0.5) ? vnPlace(d, 2) : cnPlace(d, 2);
  const role = rng.chance(0.8) ? 'participant' : rng.pick(['host', 'chair', 'speaker', 'organizer']);
  return d.edge('ATTENDED', a, ev, `${E[a]!.name} attended the ${E[ev]!.name}.`, { role }, E[ev]!.date);
}

/** A Vietnamese party signs with a Chinese one. */
function signedEdge(d: EdgeDraws, date: string): EdgeRow {
  const { rng, entities: E } = d;
  const a = party(d, true);
  const b = party(d, false);
  const [document, docKind] = rng.pick(DOCUMENTS);
  const quote = `${E[a]!.name} and ${E[b]!.name} signed the ${document}.`;
  return d.edge('SIGNED', a, b, quote, { document, docKind }, date);
}

/** A company invests across the border: a Vietnamese one in China, any other in Vietnam. */
function investedInEdge(d: EdgeDraws, date: string): EdgeRow {
  const { rng, u, entities: E } = d;
  const c = u.companies.all[rng.skewed(u.companies.all.length, 2)]!;
  const place = E[c]!.country === 'VN' ? cnPlace(d, 2) : vnPlace(d, 2);
  const amountUsd = Math.round(Math.exp(13 + rng.next() * 7)); // ~0.4 M to ~0.5 bn USD, log-uniform
  const quote = `${E[c]!.name} invested ${amountUsd} USD in ${E[place]!.name}.`;
  return d.edge('INVESTED_IN', c, place, quote, { amountUsd, projects: 1 + rng.int(5) }, date);
}

/** A standing partnership between a Vietnamese province and a Chinese place. */
function partnerOfEdge(d: EdgeDraws, date: string): EdgeRow {
  const a = vnPlace(d, 1.5);
  const b = cnPlace(d, 1.5);
  const quote = `${d.entities[a]!.name} and ${d.entities[b]!.name} agreed to strengthen cooperation.`;
  return d.edge('PARTNER_OF', a, b, quote, {}, date);
}

const EVENT_EDGES: Record<EventEdgeType, (d: EdgeDraws, date: string) => EdgeRow> = {
  MET: metEdge,
  VISITED: visitedEdge,
  ATTENDED: attendedEdge,
  SIGNED: signedEdge,
  INVESTED_IN: investedInEdge,
  PARTNER_OF: partnerOfEdge,
};
