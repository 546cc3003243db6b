// The synthetic graph's nodes: countries, provinces and cities, the government body of each place,
// officials, companies and events. Held in memory (~60,000 small records) so that the edge stream can
// draw its ends from them.
//
// All families draw from one seeded source, in the order buildUniverse adds them: reordering those
// calls, or the draws inside one, changes every graph generated from a seed.
import type { NodeKind } from '../../common/model.ts';
import { foldDiacritics } from '../../common/text/fold.ts';
import { pad, randomDate, SYNTHETIC_ID_PREFIX } from './ids-and-dates.ts';
import {
  CN_SURNAMES,
  EVENT_SERIES,
  INDUSTRIES,
  OFFICIAL_TITLES,
  PINYIN_SYLLABLES,
  VN_GIVEN,
  VN_MIDDLE,
  VN_SURNAMES,
} from './names.ts';
import { CN_CITIES, CN_PROVINCES, COUNTRIES, VN_PROVINCES } from './place-names.ts';
import { SeededRandom } from './seeded-random.ts';
import type { SyntheticSize } from './synthetic-graph.ts';

export interface Entity {
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

/** The places, by index into `entities`. */
interface Places {
  countryIndex: Map<string, number>;
  vnProvinces: number[];
  cnProvinces: number[];
  cnCities: number[];
}

export interface Universe extends Places {
  entities: Entity[];
  officials: { all: number[]; vn: number[]; cn: number[] };
  /** The organisation of each place (people's committee, municipal government), by place index. */
  orgOfPlace: Map<number, number>;
  companies: { all: number[]; vn: number[]; foreign: number[] };
  organizations: number[];
  events: number[];
}

/** What each family is added with: the entities so far and the one random source they share. */
interface Builder {
  rng: SeededRandom;
  entities: Entity[];
  /** Appends an entity and returns its index. */
  add: (e: Entity) => number;
}

const slug = (s: string) =>
  foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function buildUniverse(seed: number, size: SyntheticSize): Universe {
  const entities: Entity[] = [];
  const b: Builder = { rng: new SeededRandom(seed, 1), entities, add: (e) => entities.push(e) - 1 };
  const countryIndex = addCountries(b);
  const vnProvinces = addVietnameseProvinces(b, countryIndex);
  const { cnProvinces, cnProvinceByName } = addChineseProvinces(b, countryIndex);
  const cnCities = addChineseCities(b, size.chineseCities, cnProvinceByName);
  const places: Places = { countryIndex, vnProvinces, cnProvinces, cnCities };
  const { orgOfPlace, organizations } = addGovernmentBodies(b, places);
  const officials = addOfficials(b, size.officials, places);
  const companies = addCompanies(b, size.companies, places);
  const events = addEvents(b, size.events, places);
  return { ...places, entities, officials, orgOfPlace, companies, organizations, events };
}

/** Adds every country; returns each one's index by ISO code. */
function addCountries(b: Builder): Map<string, number> {
  const countryIndex = new Map<string, number>();
  for (const [code, name] of COUNTRIES) {
    countryIndex.set(
      code,
      b.add({
        id: `${SYNTHETIC_ID_PREFIX}country-${code.toLowerCase()}`,
        kind: 'Country',
        name,
        country: code,
        aliases: [code],
        place: -1,
      }),
    );
  }
  return countryIndex;
}

function addVietnameseProvinces(b: Builder, countryIndex: Map<string, number>): number[] {
  return VN_PROVINCES.map((name) =>
    b.add({
      id: `${SYNTHETIC_ID_PREFIX}vn-${slug(name)}`,
      kind: 'Province',
      name,
      country: 'VN',
      aliases: [`Tỉnh ${name}`],
      place: countryIndex.get('VN')!,
    }),
  );
}

function addChineseProvinces(b: Builder, countryIndex: Map<string, number>) {
  const cnProvinceByName = new Map<string, number>();
  const cnProvinces = CN_PROVINCES.map((name) => {
    const i = b.add({
      id: `${SYNTHETIC_ID_PREFIX}cn-${slug(name)}`,
      kind: 'Province',
      name,
      country: 'CN',
      aliases: [`${name} Province`],
      place: countryIndex.get('CN')!,
    });
    cnProvinceByName.set(name, i);
    return i;
  });
  return { cnProvinces, cnProvinceByName };
}

/** The real prefecture cities first, then made-up pinyin ones, placed in provinces near the border more often. */
function addChineseCities(b: Builder, count: number, cnProvinceByName: Map<string, number>): number[] {
  const { rng } = b;
  const cityNames = new Set<string>();
  const cnCities: number[] = [];
  for (let c = 0; c < count; c++) {
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
      b.add({
        id: `${SYNTHETIC_ID_PREFIX}cn-city-${slug(name)}`,
        kind: 'City',
        name,
        country: 'CN',
        aliases: [`${name} City`],
        place: cnProvinceByName.get(province)!,
      }),
    );
  }
  return cnCities;
}

/** One government body per place: a people's committee per Vietnamese province, a government per Chinese place. */
function addGovernmentBodies(b: Builder, { vnProvinces, cnProvinces, cnCities }: Places) {
  const { entities } = b;
  const orgOfPlace = new Map<number, number>();
  const organizations: number[] = [];
  for (const p of vnProvinces) {
    const name = `Ủy ban nhân dân ${entities[p]!.name}`;
    const o = b.add({
      id: `${SYNTHETIC_ID_PREFIX}org-ubnd-${slug(entities[p]!.name)}`,
      kind: 'Organization',
      name,
      country: 'VN',
      aliases: [`${entities[p]!.name} People's Committee`],
      place: p,
    });
    orgOfPlace.set(p, o);
    organizations.push(o);
  }
  for (const p of [...cnProvinces, ...cnCities]) {
    const e = entities[p]!;
    const name = `${e.name} ${e.kind === 'City' ? 'Municipal' : 'Provincial'} People's Government`;
    const o = b.add({
      id: `${SYNTHETIC_ID_PREFIX}org-gov-${slug(e.id.slice(SYNTHETIC_ID_PREFIX.length))}`,
      kind: 'Organization',
      name,
      country: 'CN',
      aliases: [`${e.name} Government`],
      place: p,
    });
    orgOfPlace.set(p, o);
    organizations.push(o);
  }
  return { orgOfPlace, organizations };
}

function addOfficials(b: Builder, count: number, { vnProvinces, cnCities }: Places): Universe['officials'] {
  const { rng } = b;
  const officials = { all: [] as number[], vn: [] as number[], cn: [] as number[] };
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const vietnamese = rng.chance(0.6);
    const name = vietnamese
      ? `${VN_SURNAMES[rng.skewed(VN_SURNAMES.length, 2)]} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}`
      : `${CN_SURNAMES[rng.skewed(CN_SURNAMES.length, 1.6)]} ${cap(rng.pick(PINYIN_SYLLABLES))}${rng.chance(0.7) ? rng.pick(PINYIN_SYLLABLES) : ''}`;
    const home = vietnamese
      ? vnProvinces[rng.skewed(vnProvinces.length, 2)]!
      : cnCities[rng.skewed(cnCities.length, 2)]!;
    const o = b.add({
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
  return officials;
}

function addCompanies(b: Builder, count: number, { countryIndex, vnProvinces, cnCities }: Places) {
  const { rng } = b;
  const companies = { all: [] as number[], vn: [] as number[], foreign: [] as number[] };
  for (let i = 0; i < count; i++) {
    const r = rng.next();
    const country = r < 0.4 ? 'VN' : r < 0.9 ? 'CN' : rng.pick(['KR', 'JP', 'SG', 'TW', 'TH']);
    const industry = rng.pick(INDUSTRIES);
    const name =
      country === 'VN'
        ? `${rng.pick(VN_GIVEN)} ${rng.pick(VN_GIVEN)} ${industry} JSC`
        : country === 'CN'
          ? `${cap(rng.pick(PINYIN_SYLLABLES))}${rng.pick(PINYIN_SYLLABLES)} ${industry} Co., Ltd.`
          : `${cap(rng.pick(PINYIN_SYLLABLES))}${rng.pick(PINYIN_SYLLABLES)} ${industry} Corporation`;
    const place =
      country === 'VN'
        ? vnProvinces[rng.skewed(vnProvinces.length, 2)]!
        : country === 'CN'
          ? cnCities[rng.skewed(cnCities.length, 2)]!
          : countryIndex.get(country)!;
    const c = b.add({
      id: `${SYNTHETIC_ID_PREFIX}company-${pad(i, 5)}`,
      kind: 'Company',
      name,
      country,
      aliases: [name.replace(/ (JSC|Co\., Ltd\.|Corporation)$/, '')],
      place,
    });
    companies.all.push(c);
    (country === 'VN' ? companies.vn : companies.foreign).push(c);
  }
  shuffle(companies.all, rng);
  return companies;
}

function addEvents(b: Builder, count: number, { vnProvinces, cnCities }: Places): number[] {
  const { rng, entities } = b;
  const events: number[] = [];
  for (let i = 0; i < count; i++) {
    const series = EVENT_SERIES[rng.skewed(EVENT_SERIES.length, 1.5)]!;
    const host = rng.chance(0.5)
      ? vnProvinces[rng.skewed(vnProvinces.length, 2)]!
      : cnCities[rng.skewed(cnCities.length, 2)]!;
    const date = randomDate(rng);
    const name = `${series} ${date.slice(0, 4)} (${entities[host]!.name})`;
    events.push(
      b.add({
        id: `${SYNTHETIC_ID_PREFIX}event-${pad(i, 5)}`,
        kind: 'Event',
        name,
        country: entities[host]!.country,
        aliases: [],
        place: host,
        date,
      }),
    );
  }
  return events;
}

function shuffle<T>(items: T[], rng: SeededRandom): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
