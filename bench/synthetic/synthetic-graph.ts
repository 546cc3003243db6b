// A synthetic Vietnam–China network with the shape of the real one, for load and query benchmarks:
// every Vietnamese province, Chinese provinces and prefecture cities, officials, companies, bodies
// and events, joined by edges of every type with heavy-tailed degrees (a few hubs such as Hà Nội or
// Lào Cai collect tens of thousands of visits) and dates spread over 20 years.
//
// Deterministic from a seed number: the same seed and size give the same rows in the same order.
// Streamed: only the ~60,000 nodes' names are held; the million edges are produced one at a time
// by a generator, so a loader can batch them without the whole graph ever being in memory.
import { dateBounds, type EdgeType, type NodeKind } from '../../common/model.ts';
import type { ArticleRow, EdgeRow, NodeRow } from '../../server/facts/build-graph.ts';
import { foldDiacritics } from '../../common/text/fold.ts';
import {
  CN_CITIES, CN_PROVINCES, CN_SURNAMES, COUNTRIES, DOCUMENTS, EVENT_SERIES, INDUSTRIES, OFFICIAL_TITLES,
  OUTLETS, PINYIN_SYLLABLES, VN_GIVEN, VN_MIDDLE, VN_PROVINCES, VN_SURNAMES,
} from './names.ts';
import { SeededRandom } from './seeded-random.ts';

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
export const FULL_SIZE: SyntheticSize = { chineseCities: 300, officials: 50_000, companies: 5_000, events: 2_000, articles: 5_000, edges: 1_000_000 };
/** A size a test can load in a few seconds, with the same shape. */
export const SMALL_SIZE: SyntheticSize = { chineseCities: 40, officials: 1_000, companies: 100, events: 60, articles: 50, edges: 12_000 };

/** Shares of the edges left after the structural ones (LOCATED_IN, HOLDS_POST). */
const EVENT_EDGE_SHARES: readonly (readonly [EdgeType, number])[] = [
  // Localities rarely link directly (a few standing partnerships each); they meet through
  // officials, bodies and companies, so two small localities are several hops apart.
  ['MET', 0.38], ['VISITED', 0.29], ['ATTENDED', 0.16], ['SIGNED', 0.1], ['INVESTED_IN', 0.068], ['PARTNER_OF', 0.002],
];

export const SYNTHETIC_ID_PREFIX = 'syn-';

interface Entity {
  id: string;
  kind: NodeKind;
  name: string;
  country: string;
  aliases: string[];
  /** Index of the place (Country/Province/City) this entity is located in, -1 for countries. */
  place: number;
  title?: string;
  date?: string;
}

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

const slug = (s: string) =>
  foldDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function syntheticGraph(seed: number, size: SyntheticSize = FULL_SIZE): SyntheticGraph {
  const u = buildUniverse(seed, size);
  const located = u.entities.length - COUNTRIES.length - u.officials.all.length;
  const structural = located + u.officials.all.length; // LOCATED_IN + HOLDS_POST
  if (size.edges < structural) {
    throw new Error(`synthetic size: ${size.edges} edges cannot hold the ${structural} structural edges (LOCATED_IN, HOLDS_POST) of this many nodes`);
  }
  const quotas = edgeQuotas(size.edges - structural);
  const edgeCounts = Object.fromEntries(
    (['SIGNED', 'VISITED', 'MET', 'INVESTED_IN', 'PARTNER_OF', 'LOCATED_IN', 'HOLDS_POST', 'ATTENDED'] as EdgeType[]).map((t) => [t, 0]),
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
    counts: { nodes: nodeCounts, edges: edgeCounts, articles: size.articles, totalNodes: u.entities.length, totalEdges: size.edges },
    articles: () => articleRows(seed, size),
    nodes: () => nodeRows(u, size),
    edges: () => edgeRows(seed, u, size, quotas),
  };
}

function edgeQuotas(remaining: number): [EdgeType, number][] {
  let left = remaining;
  return EVENT_EDGE_SHARES.map(([t, share], i) => {
    const n = i === EVENT_EDGE_SHARES.length - 1 ? left : Math.floor(remaining * share);
    left -= n;
    return [t, n];
  });
}

// ---------- the nodes (held: ~60,000 small records) ----------

interface Universe {
  entities: Entity[];
  vnProvinces: number[];
  cnProvinces: number[];
  cnCities: number[];
  officials: { all: number[]; vn: number[]; cn: number[] };
  /** The organisation of each place (people's committee, municipal government), by place index. */
  orgOfPlace: Map<number, number>;
  companies: { all: number[]; vn: number[]; foreign: number[] };
  organizations: number[];
  events: number[];
  countryIndex: Map<string, number>;
}

function buildUniverse(seed: number, size: SyntheticSize): Universe {
  const rng = new SeededRandom(seed, 1);
  const entities: Entity[] = [];
  const add = (e: Entity) => entities.push(e) - 1;
  const countryIndex = new Map<string, number>();
  for (const [code, name] of COUNTRIES) {
    countryIndex.set(code, add({ id: `${SYNTHETIC_ID_PREFIX}country-${code.toLowerCase()}`, kind: 'Country', name, country: code, aliases: [code], place: -1 }));
  }
  const vnProvinces = VN_PROVINCES.map((name) =>
    add({ id: `${SYNTHETIC_ID_PREFIX}vn-${slug(name)}`, kind: 'Province', name, country: 'VN', aliases: [`Tỉnh ${name}`], place: countryIndex.get('VN')! }),
  );
  const cnProvinceByName = new Map<string, number>();
  const cnProvinces = CN_PROVINCES.map((name) => {
    const i = add({ id: `${SYNTHETIC_ID_PREFIX}cn-${slug(name)}`, kind: 'Province', name, country: 'CN', aliases: [`${name} Province`], place: countryIndex.get('CN')! });
    cnProvinceByName.set(name, i);
    return i;
  });
  const cityNames = new Set<string>();
  const cnCities: number[] = [];
  for (let c = 0; c < size.chineseCities; c++) {
    let name: string;
    let province: string;
    if (c < CN_CITIES.length) {
      [name, province] = CN_CITIES[c]!;
    } else {
      do name = cap(rng.pick(PINYIN_SYLLABLES)) + rng.pick(PINYIN_SYLLABLES);
      while (cityNames.has(name));
      province = CN_PROVINCES[rng.skewed(CN_PROVINCES.length, 2)]!;
    }
    cityNames.add(name);
    cnCities.push(
      add({ id: `${SYNTHETIC_ID_PREFIX}cn-city-${slug(name)}`, kind: 'City', name, country: 'CN', aliases: [`${name} City`], place: cnProvinceByName.get(province)! }),
    );
  }

  const orgOfPlace = new Map<number, number>();
  const organizations: number[] = [];
  for (const p of vnProvinces) {
    const name = `Ủy ban nhân dân ${entities[p]!.name}`;
    const o = add({ id: `${SYNTHETIC_ID_PREFIX}org-ubnd-${slug(entities[p]!.name)}`, kind: 'Organization', name, country: 'VN', aliases: [`${entities[p]!.name} People's Committee`], place: p });
    orgOfPlace.set(p, o);
    organizations.push(o);
  }
  for (const p of [...cnProvinces, ...cnCities]) {
    const e = entities[p]!;
    const name = `${e.name} ${e.kind === 'City' ? 'Municipal' : 'Provincial'} People's Government`;
    const o = add({ id: `${SYNTHETIC_ID_PREFIX}org-gov-${slug(e.id.slice(SYNTHETIC_ID_PREFIX.length))}`, kind: 'Organization', name, country: 'CN', aliases: [`${e.name} Government`], place: p });
    orgOfPlace.set(p, o);
    organizations.push(o);
  }

  const officials = { all: [] as number[], vn: [] as number[], cn: [] as number[] };
  const width = String(size.officials).length;
  for (let i = 0; i < size.officials; i++) {
    const vietnamese = rng.chance(0.6);
    const name = vietnamese
      ? `${VN_SURNAMES[rng.skewed(VN_SURNAMES.length, 2)]} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}`
      : `${CN_SURNAMES[rng.skewed(CN_SURNAMES.length, 1.6)]} ${cap(rng.pick(PINYIN_SYLLABLES))}${rng.chance(0.7) ? rng.pick(PINYIN_SYLLABLES) : ''}`;
    const home = vietnamese ? vnProvinces[rng.skewed(vnProvinces.length, 2)]! : cnCities[rng.skewed(cnCities.length, 2)]!;
    const o = add({
      id: `${SYNTHETIC_ID_PREFIX}official-${pad(i, width)}`,
      kind: 'Official',
      name,
      country: vietnamese ? 'VN' : 'CN',
      aliases: [],
      place: home,
      title: rng.pick(OFFICIAL_TITLES),
    });
    officials.all.push(o);
    (vietnamese ? officials.vn : officials.cn).push(o);
  }
  // Degree follows rank in these lists; shuffling keeps hubs from being simply the first ids.
  shuffle(officials.vn, rng);
  shuffle(officials.cn, rng);

  const companies = { all: [] as number[], vn: [] as number[], foreign: [] as number[] };
  for (let i = 0; i < size.companies; i++) {
    const r = rng.next();
    const country = r < 0.4 ? 'VN' : r < 0.9 ? 'CN' : rng.pick(['KR', 'JP', 'SG', 'TW', 'TH']);
    const industry = rng.pick(INDUSTRIES);
    const name =
      country === 'VN'
        ? `${rng.pick(VN_GIVEN)} ${rng.pick(VN_GIVEN)} ${industry} JSC`
        : country === 'CN'
          ? `${cap(rng.pick(PINYIN_SYLLABLES))}${rng.pick(PINYIN_SYLLABLES)} ${industry} Co., Ltd.`
          : `${cap(rng.pick(PINYIN_SYLLABLES))}${rng.pick(PINYIN_SYLLABLES)} ${industry} Corporation`;
    const place = country === 'VN' ? vnProvinces[rng.skewed(vnProvinces.length, 2)]! : country === 'CN' ? cnCities[rng.skewed(cnCities.length, 2)]! : countryIndex.get(country)!;
    const c = add({ id: `${SYNTHETIC_ID_PREFIX}company-${pad(i, 5)}`, kind: 'Company', name, country, aliases: [name.replace(/ (JSC|Co\., Ltd\.|Corporation)$/, '')], place });
    companies.all.push(c);
    (country === 'VN' ? companies.vn : companies.foreign).push(c);
  }
  shuffle(companies.all, rng);

  const events: number[] = [];
  for (let i = 0; i < size.events; i++) {
    const series = EVENT_SERIES[rng.skewed(EVENT_SERIES.length, 1.5)]!;
    const host = rng.chance(0.5) ? vnProvinces[rng.skewed(vnProvinces.length, 2)]! : cnCities[rng.skewed(cnCities.length, 2)]!;
    const date = randomDate(rng);
    const name = `${series} ${date.slice(0, 4)} (${entities[host]!.name})`;
    events.push(add({ id: `${SYNTHETIC_ID_PREFIX}event-${pad(i, 5)}`, kind: 'Event', name, country: entities[host]!.country, aliases: [], place: host, date }));
  }

  return { entities, vnProvinces, cnProvinces, cnCities, officials, orgOfPlace, companies, organizations, events, countryIndex };
}

function shuffle<T>(items: T[], rng: SeededRandom): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** A date in 2005–2024, later years likelier (news volume grew); mostly full dates, some partial. */
function randomDate(rng: SeededRandom): string {
  const year = 2005 + Math.min(19, Math.floor(20 * Math.pow(rng.next(), 0.7)));
  const month = pad(1 + rng.int(12), 2);
  const r = rng.next();
  if (r < 0.05) return String(year);
  if (r < 0.2) return `${year}-${month}`;
  return `${year}-${month}-${pad(1 + rng.int(28), 2)}`;
}

const articleId = (i: number) => `${SYNTHETIC_ID_PREFIX}article-${pad(i, 6)}`;

function* articleRows(seed: number, size: SyntheticSize): Generator<ArticleRow> {
  const rng = new SeededRandom(seed, 2);
  for (let i = 0; i < size.articles; i++) {
    const published = randomDate(rng);
    const outlet = rng.pick(OUTLETS);
    yield {
      id: articleId(i),
      props: { id: articleId(i), title: `Synthetic report ${i + 1}`, outlet, published, status: 'curated', synthetic: true, text: `Synthetic article ${i + 1} (${outlet}, ${published}).` },
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

// ---------- the edges (streamed) ----------

function* edgeRows(seed: number, u: Universe, size: SyntheticSize, quotas: [EdgeType, number][]): Generator<EdgeRow> {
  const rng = new SeededRandom(seed, 3);
  const E = u.entities;
  let seq = 0;
  const width = String(size.edges).length;
  const make = (type: EdgeType, from: number, to: number, quote: string, extra: Record<string, unknown> = {}, date?: string): EdgeRow => {
    const id = `${SYNTHETIC_ID_PREFIX}e${pad(seq++, width)}`;
    const props: Record<string, unknown> = { ...extra, id, article: articleId(rng.skewed(size.articles, 1.5)), quote };
    if (date) {
      const [dateFrom, dateTo] = dateBounds(date);
      Object.assign(props, { date, dateFrom, dateTo });
    }
    return { id, type, from: E[from]!.id, to: E[to]!.id, props };
  };
  const nameOf = (i: number) => E[i]!.name;
  const yearOf = (d: string) => d.slice(0, 4);

  // Structural: every non-country entity sits in a place, every official holds one post.
  for (let i = 0; i < E.length; i++) {
    const e = E[i]!;
    if (e.place < 0 || e.kind === 'Official') continue;
    yield make('LOCATED_IN', i, e.place, `${e.name} is located in ${nameOf(e.place)}.`);
  }
  for (const o of u.officials.all) {
    const home = E[o]!.place;
    const target = rng.chance(0.7) ? u.orgOfPlace.get(home)! : home;
    const date = randomDate(rng);
    yield make('HOLDS_POST', o, target, `${nameOf(o)}, ${E[o]!.title} of ${nameOf(home)}, since ${yearOf(date)}.`, { title: E[o]!.title }, date);
  }

  const official = (vn: boolean, skew = 2.5) => {
    const list = vn ? u.officials.vn : u.officials.cn;
    return list[rng.skewed(list.length, skew)]!;
  };
  const vnPlace = (skew = 2.5) => u.vnProvinces[rng.skewed(u.vnProvinces.length, skew)]!;
  const cnPlace = (skew = 2.5) =>
    rng.chance(0.85) ? u.cnCities[rng.skewed(u.cnCities.length, skew)]! : u.cnProvinces[rng.skewed(u.cnProvinces.length, skew)]!;
  /** A party to a signed document: mostly a place's government body or a company, rarely the place itself. */
  const party = (vn: boolean) => {
    const r = rng.next();
    const place = vn ? vnPlace(2) : cnPlace(2);
    if (r < 0.7) return u.orgOfPlace.get(place)!;
    if (r < 0.75) return place;
    const list = vn ? u.companies.vn : u.companies.foreign;
    return list.length ? list[rng.skewed(list.length, 2)]! : place;
  };

  for (const [type, count] of quotas) {
    for (let k = 0; k < count; k++) {
      const date = randomDate(rng);
      switch (type) {
        case 'MET': {
          const a = official(rng.chance(0.55));
          let b = official(rng.chance(0.7) ? E[a]!.country !== 'VN' : E[a]!.country === 'VN');
          if (b === a) b = official(E[a]!.country !== 'VN', 1);
          yield make('MET', a, b, `${nameOf(a)} met ${nameOf(b)} in ${yearOf(date)}.`, {}, date);
          break;
        }
        case 'VISITED': {
          const a = official(rng.chance(0.5), 2);
          const b = E[a]!.country === 'VN' ? cnPlace(2.5) : vnPlace(2.5);
          const extra = rng.chance(0.1) ? { count: 2 + rng.int(10) } : {};
          yield make('VISITED', a, b, `${nameOf(a)} led a delegation to ${nameOf(b)}.`, extra, date);
          break;
        }
        case 'ATTENDED': {
          const ev = u.events[rng.skewed(u.events.length, 1.8)]!;
          const a = rng.chance(0.75) ? official(rng.chance(0.5), 2) : rng.chance(0.5) ? vnPlace(2) : cnPlace(2);
          const role = rng.chance(0.8) ? 'participant' : rng.pick(['host', 'chair', 'speaker', 'organizer']);
          yield make('ATTENDED', a, ev, `${nameOf(a)} attended the ${nameOf(ev)}.`, { role }, E[ev]!.date);
          break;
        }
        case 'SIGNED': {
          const a = party(true);
          const b = party(false);
          const [document, docKind] = rng.pick(DOCUMENTS);
          yield make('SIGNED', a, b, `${nameOf(a)} and ${nameOf(b)} signed the ${document}.`, { document, docKind }, date);
          break;
        }
        case 'INVESTED_IN': {
          const c = u.companies.all[rng.skewed(u.companies.all.length, 2)]!;
          const place = E[c]!.country === 'VN' ? cnPlace(2) : vnPlace(2);
          const amountUsd = Math.round(Math.exp(13 + rng.next() * 7)); // ~0.4 M to ~0.5 bn USD, log-uniform
          yield make('INVESTED_IN', c, place, `${nameOf(c)} invested ${amountUsd} USD in ${nameOf(place)}.`, { amountUsd, projects: 1 + rng.int(5) }, date);
          break;
        }
        case 'PARTNER_OF': {
          const a = vnPlace(1.5);
          const b = cnPlace(1.5);
          yield make('PARTNER_OF', a, b, `${nameOf(a)} and ${nameOf(b)} agreed to strengthen cooperation.`, {}, date);
          break;
        }
        default:
          throw new Error(`no generator for edge type ${type}`);
      }
    }
  }
}
