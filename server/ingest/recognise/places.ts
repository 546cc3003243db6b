// Places, countries and national bodies from the gazetteer: the longest run of words whose folded
// form is a known name, in any of its forms (diacritics or not, Sino-Vietnamese, Chinese characters).
import type { Place } from './gazetteer.ts';
import { TITLE_HEADS, TITLE_MODIFIERS, cnSurnames, vnSurnames } from './lexicon.ts';
import type { Mention, Register } from './mentions.ts';
import type { Sentence } from '../read/sentences.ts';
import { fold, isCapitalized, isCjk, nameKey, slugify, tokenize, type Token } from '../text.ts';

const LOWER_INSIDE = new Set(['of', 'the', 'and', 'for', 'de']);
// Words after a name that belong to the mention ("Guangxi Autonomous Region", "Lai Tan city").
const SUFFIX =
  /^(?:\s+(?:Zhuang\s+)?Autonomous\s+Region|\s+(?:Province|province|Region|region|Municipality|municipality|Prefecture|prefecture|City|city|District|district|County|county))\b/;

interface Hit {
  key?: string;
  ids: string[];
  start: number;
  end: number;
}

interface PlaceHit {
  place: Place;
  start: number;
  /** End of the name with its place word ("Lai Tan city"). */
  end: number;
  /** End of the name alone. */
  nameEnd: number;
  suffix?: string;
  /** An ASCII form that is only a place with a place word or once the article has confirmed it. */
  weak: boolean;
}

/** The gazetteer names of a sentence, without recording anything. */
function placeHits(s: Sentence, reg: Register): PlaceHit[] {
  const text = s.text;
  const tokens = tokenize(text);
  const keys = tokens.map((t) =>
    isCapitalized(t.text) || LOWER_INSIDE.has(t.text) || /^\d/.test(t.text) ? nameKey(t.text) : '',
  );
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (isCjk(t.text)) {
      hits.push(...cjkHits(t, reg));
      i++;
      continue;
    }
    const hit = longestAt(text, tokens, keys, i, reg);
    if (!hit) {
      i++;
      continue;
    }
    hits.push(hit);
    while (i < tokens.length && tokens[i]!.start < hit.end) i++;
  }

  // "Pingxiang (萍乡)": characters in brackets say which of the cities sharing a pinyin name is meant.
  for (let h = 0; h + 1 < hits.length; h++) {
    const [name, chars] = [hits[h]!, hits[h + 1]!];
    if (name.ids.length > 1 && /^\s*[(（]$/.test(text.slice(name.end, chars.start)) && name.ids.includes(chars.ids[0]!))
      name.ids = [chars.ids[0]!];
  }

  const out: PlaceHit[] = [];
  for (const hit of hits) {
    const place = reg.gaz.get(hit.ids[0]!)!;
    // "the Lao Ministry of Planning and Investment" is not Vietnam's ministry of that name.
    const demonym =
      place.kind === 'Organization'
        ? reg.gaz.demonym(text.slice(0, hit.start).match(/(\p{Lu}\p{Ll}+)\s+$/u)?.[1] ?? '')
        : undefined;
    if (demonym && place.country && demonym.country !== place.country) continue;
    const suffix =
      place.kind === 'Country' || place.kind === 'Organization' ? undefined : text.slice(hit.end).match(SUFFIX)?.[0];
    // "Trung Khanh district" is Cao Bang's district, not Chongqing (Trùng Khánh): a foreign place's
    // Sino-Vietnamese form with a Vietnamese district's unit word names that district.
    if (suffix && /district/i.test(suffix) && place.country !== 'VN' && isSinoVietnamese(reg, hit.key)) continue;
    // "Zhao Ziyang", "Huang Kunming": a one-word pinyin city right after a Chinese family name is a given name.
    if (!suffix && place.country === 'CN' && place.kind === 'City' && followsChineseSurname(text, hit)) continue;
    // "Jinko Solar PV Vietnam project": a country at the end of a run of capitalised words is part of a name.
    if (place.kind === 'Country' && insideName(text, hit.start)) continue;
    // "Nguyen Duc Long", "Tran Thi My Linh": a country's one-word Vietnamese form is a given name there.
    if (place.kind === 'Country' && inVietnameseName(text, hit, place)) continue;
    // An ASCII Sino-Vietnamese form ("Thanh Hai", "Lai Tan") counts only with a place word ("Lai Tan city").
    const placeWordBefore = /\b(?:city|town|province|district|county)\s+of\s+$/i.test(text.slice(0, hit.start));
    const weak =
      !suffix &&
      !placeWordBefore &&
      Boolean(hit.key && reg.gaz.isWeakKey(hit.key)) &&
      /^[\p{ASCII}]*$/u.test(text.slice(hit.start, hit.end));
    out.push({ place, start: hit.start, end: hit.end + (suffix?.length ?? 0), nameEnd: hit.end, suffix, weak });
  }
  return out;
}

/**
 * A one-word form of a country other than its English name (Đức/Duc Germany, Pháp/Phap France,
 * Mỹ/My, Nhật/Nhat, Anh, Nga …) right after capitalised words starting with a Vietnamese family
 * name is part of a personal name, not the country.
 */
function inVietnameseName(text: string, hit: Hit, place: Place): boolean {
  const surface = text.slice(hit.start, hit.end);
  if (/\s/.test(surface) || fold(surface) === fold(place.name)) return false;
  const before = text.slice(0, hit.start).match(/((?:\p{Lu}\p{L}*\s){1,3})$/u)?.[1];
  // Any of the (up to three) words before may open the name: "… Party Committee Nguyen Duc Long".
  return Boolean(
    before
      ?.trim()
      .split(/\s+/)
      .some((w) => vnSurnames.has(fold(w))),
  );
}

const isSinoVietnamese = (reg: Register, key: string | undefined) => Boolean(key && reg.gaz.isWeakKey(key));

/** Three or more capitalised words before a name, with no punctuation: the name is part of a longer one. */
function insideName(text: string, start: number): boolean {
  const before = text.slice(0, start).match(/((?:\p{Lu}[\p{L}\d-]*\s+){2,})$/u)?.[1];
  if (!before) return false;
  const words = before.trim().split(/\s+/);
  return (
    !words.some((w) => /^(?:The|In|On|At|And|Of|For|With|From|To|By|Both|Between)$/.test(w)) &&
    !words.some((w) => TITLE_HEADS.has(nameKey(w)) || TITLE_MODIFIERS.has(nameKey(w)))
  );
}

/**
 * Places whose weak ASCII form the article confirms somewhere: with a place word ("Mong Cai city",
 * "the city of Mong Cai") or with diacritics. Elsewhere in the same article the bare form counts.
 */
export function confirmedWeakPlaces(sentences: Sentence[], reg: Register): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const h of placeHits(s, reg)) {
      // A one-word form ("Vinh") doubles as a given name: it needs its place word every time.
      if (!h.weak && nameKey(s.text.slice(h.start, h.nameEnd)).includes(' ')) out.add(h.place.id);
    }
  }
  return out;
}

export function findGazetteerMentions(s: Sentence, reg: Register): Mention[] {
  const text = s.text;
  const out: Mention[] = [];
  for (const { place, start, end, suffix, weak } of placeHits(s, reg)) {
    if (weak && !reg.confirmedPlaces.has(place.id)) continue;
    const surface = text.slice(start, end);
    // "Bắc Ninh City" in Vietnam is the provincial capital: a place of its own inside the province.
    if (suffix && /city/i.test(suffix) && place.country === 'VN' && place.kind === 'Province') {
      out.push(capitalCity(place, surface, start, end, s, reg));
      continue;
    }
    reg.add(
      {
        id: place.id,
        kind: place.kind,
        name: place.name,
        aliases: place.aliases,
        country: place.country,
        lat: place.lat,
        lon: place.lon,
        locatedIn: place.parent,
        locatedBy: place.source && `gazetteer (${place.source})`,
        confidence: 0.95,
      },
      surface,
      s.start + start,
    );
    out.push({ id: place.id, kind: place.kind, start, end, surface });
  }
  return out;
}

function followsChineseSurname(text: string, hit: Hit): boolean {
  const surname = text.slice(0, hit.start).match(/(?:^|[^\p{L}'])(\p{Lu}\p{Ll}+) $/u)?.[1];
  return !!surname && cnSurnames.has(surname.toLowerCase()) && /^[A-Za-z']+$/.test(text.slice(hit.start, hit.end));
}

function capitalCity(place: Place, surface: string, start: number, end: number, s: Sentence, reg: Register): Mention {
  const id = `${place.id}-city`;
  const aliases = place.aliases.filter((a) => /^[\p{ASCII}]*$/u.test(a)).map((a) => `${a} City`);
  reg.add(
    {
      id,
      kind: 'City',
      name: `${place.name} City`,
      aliases,
      country: 'VN',
      lat: place.lat,
      lon: place.lon,
      locatedIn: place.id,
      locatedBy: 'the name of the city (a provincial capital named after its province)',
      confidence: 0.85,
    },
    surface,
    s.start + start,
  );
  return { id, kind: 'City', start, end, surface };
}

function longestAt(text: string, tokens: Token[], tokenKeys: string[], i: number, reg: Register): Hit | undefined {
  const first = tokens[i]!;
  if (!isCapitalized(first.text) || !reg.gaz.startsName(tokenKeys[i]!)) return undefined;
  const max = Math.min(reg.gaz.maxWords, tokens.length - i);
  const keys: string[] = [];
  for (let n = 0; n < max; n++) {
    const t = tokens[i + n]!;
    // Names do not run across punctuation ("China, Japan" are two names; "(CPC)" may sit inside).
    if (n > 0 && /[,;:.!?"“”]/.test(text.slice(tokens[i + n - 1]!.end, t.start))) break;
    if (n > 0 && !isCapitalized(t.text) && !LOWER_INSIDE.has(t.text) && !/^\d/.test(t.text)) break;
    keys.push(n === 0 ? tokenKeys[i]! : `${keys[n - 1]} ${tokenKeys[i + n]}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (!isCapitalized(last.text) && !/^\d/.test(last.text)) continue;
    const ids = reg.gaz.lookupKey(keys[n - 1]!);
    if (!ids) continue;
    // "US$900 million" is money, not the United States.
    if (text[last.end] === '$') continue;
    return { key: keys[n - 1]!, ids, start: first.start, end: last.end };
  }
  return undefined;
}

// Chinese characters come without spaces: look for known names inside the run, longest first.
function cjkHits(t: Token, reg: Register): Hit[] {
  const out: Hit[] = [];
  for (let j = 0; j < t.text.length;) {
    let found = false;
    for (let len = Math.min(10, t.text.length - j); len >= 2; len--) {
      const ids = reg.gaz.lookupKey(t.text.slice(j, j + len));
      if (ids) {
        out.push({ ids, start: t.start + j, end: t.start + j + len });
        j += len;
        found = true;
        break;
      }
    }
    if (!found) j++;
  }
  return out;
}

/** Demonyms ("Chinese enterprises", "Vietnamese Ambassador"): weak mentions of a country. */
export function findDemonyms(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const country = reg.gaz.demonym(m[0]);
    if (!country) continue;
    const start = m.index;
    if (taken.some((t) => start < t.end && start + m[0].length > t.start)) continue;
    out.push({ id: country.id, kind: 'Country', start, end: start + m[0].length, surface: m[0], weak: true });
  }
  return out;
}

const UNIT_WORD =
  /\s+(?:(?:coastal|border|mountainous|rural|island|urban)\s+)?(district|county|town|township|commune|ward|prefecture|Prefecture|District|County|Town)\b/gu;
const NOT_A_NAME = new Set([
  'the',
  'this',
  'that',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'each',
  'every',
  'one',
  'new',
  'old',
]);

/**
 * Places below the gazetteer's level, named with their unit word: "Quang Hoa district", "Ta Lung
 * town", "Quang Yen coastal town", "Yamaguchi Prefecture". A prefecture is a province-level unit
 * (Japan's); the others are filed as cities, the project's kind for places below a province.
 */
export function findLocalUnits(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  const tokens = tokenize(s.text);
  for (const u of s.text.matchAll(UNIT_WORD)) {
    // The name: up to three capitalised words right before the unit word, stopping at a possessive.
    const words: Token[] = [];
    for (let k = tokens.findIndex((t) => t.end === u.index); k >= 0 && words.length < 3; k--) {
      const t = tokens[k]!;
      const gap = words.length ? s.text.slice(t.end, words[0]!.start) : ' ';
      // "Thach An district": a capitalised "An" after another name word is a Vietnamese syllable, not the article.
      const syllable = t.text === 'An' && isCapitalized(tokens[k - 1]?.text ?? '');
      if (
        !isCapitalized(t.text) ||
        /['’]/.test(t.text) ||
        !/^ +$/.test(gap) ||
        (NOT_A_NAME.has(t.text.toLowerCase()) && !syllable)
      )
        break;
      words.unshift(t);
    }
    if (!words.length || words.some((w) => notPlaceWord(w.text) || reg.gaz.demonym(w.text))) continue;
    const start = words[0]!.start;
    const end = u.index + u[0].length;
    const name = s.text.slice(start, u.index);
    const known = reg.gaz.lookup(name).filter((p) => !(p.country !== 'VN' && isSinoVietnamese(reg, nameKey(name))));
    if (taken.some((t) => t.start < end && start < t.end) || known.length) continue;
    const kind = /prefecture/i.test(u[1]!) ? 'Province' : 'City';
    const surface = s.text.slice(start, end);
    const id = slugify(name);
    reg.add(
      { id, kind, name, aliases: [surface.replace(/\s+/g, ' ')], rescan: true, confidence: 0.7 },
      surface,
      s.start + start,
    );
    out.push({ id, kind, start, end, surface });
  }
  return out;
}

/** Words of titles and institutions, which do not name a district or town ("Party Committee district"). */
function notPlaceWord(w: string): boolean {
  const f = nameKey(w);
  return (
    TITLE_HEADS.has(f) ||
    TITLE_MODIFIERS.has(f) ||
    /^(?:Party|People|Committee|Government|Council|Department|Ministry|Industrial|Economic|Park|Zone|Border|Gate)$/i.test(
      f,
    )
  );
}
