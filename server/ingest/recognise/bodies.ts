// Organisations, companies and events, found by the shape of their names.
// Local bodies are named after their place ("People's Committee of Bắc Ninh Province", "Beijing
// municipal Party Committee", "the provincial Department of External Relations"): their id is the
// place's id plus the body ("bac-ninh-peoples-committee"), so every spelling gives the same node.
import type { Mention, Register } from './mentions.ts';
import type { Sentence } from '../read/sentences.ts';
import { PLACE_DESCRIPTORS, TITLE_HEADS, TITLE_MODIFIERS, cnSurnames, vnSurnames } from './lexicon.ts';
import { fold, nameKey, slugify } from '../text.ts';

const BODY =
  "People's Committee|People’s Committee|People's Government|People’s Government|Party Committee|CPC Committee|Communist Party Committee|People's Council|People’s Council|Party Standing Committee|Fatherland Front Committee|Prefectural Assembly|Provincial Assembly|Committee of the Chinese People['’]s Political Consultative Conference|Department of [A-Z][\\w-]*(?:(?:,| and|,? &)? [A-Z][\\w-]*)*|Bureau of [A-Z][\\w-]*(?:(?: and|,)? [A-Z][\\w-]*)*|Foreign Affairs Office|Commerce Department";
/** "Party Committee of [the] [northern border] [province of] <place>" */
const BODY_BEFORE = new RegExp(
  `(?:the\\s+)?(${BODY})\\s+of\\s+(?:the\\s+)?(?:(?:${[...PLACE_DESCRIPTORS].join('|')})\\s+){0,3}(?:(?:province|city|region|prefecture)\\s+of\\s+(?:the\\s+)?)?$`,
);
/** "<place> [Province's | provincial | City] People's Committee", "<place>'s Committee of the CPPCC" */
const BODY_AFTER = new RegExp(
  `^\\s*(?:['’]s\\s+)?(?:Provincial\\s+|provincial\\s+|Municipal\\s+|municipal\\s+|City\\s+|city\\s+)?(${BODY}|[Gg]overnment\\b)`,
);
/** "the provincial People's Committee", "the city People's Committee": a body of the article's own locality. */
const BODY_OF_FOCUS = new RegExp(
  `\\b(?:the\\s+)?(Provincial|provincial|province['’]s|City|city|Municipal|municipal)\\s+(${BODY})`,
  'g',
);
/** "Quang Ninh's Mong Cai city": a place named through the one that contains it. */
const POSSESSIVE_PLACE = new RegExp(
  `^['’]s?\\s+(?:(?:${[...PLACE_DESCRIPTORS].join('|')})\\s+){0,3}(?:(?:city|province|district|county|town)\\s+of\\s+)?$`,
);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function bodySlug(body: string): string {
  return slugify(body.replace(/[’]/g, "'").replace(/'s\b/g, 's'));
}

/** Local government and party bodies around the place mentions of the sentence. */
export function findLocalBodies(s: Sentence, reg: Register, places: Mention[]): Mention[] {
  const text = s.text;
  const out: Mention[] = [];
  const local = places.filter((p) => p.kind !== 'Country' && p.kind !== 'Organization' && !p.weak);
  for (let k = 0; k < local.length; k++) {
    let p = local[k]!;
    const from = Math.max(0, p.start - 120);
    const before = text.slice(from, p.start).match(BODY_BEFORE);
    // "Department of Foreign Affairs Trieu Dinh Le and Director of the Guangxi …": a body name that
    // runs over a person's name or a title before "of <place>" is not that place's body.
    if (before && trimBody(before[1]!) === before[1]) {
      const start = from + before.index! + before[0].indexOf(before[1]!);
      // "Party Committee of the northern province of Quang Ninh's Mong Cai city": Mong Cai's committee.
      while (local[k + 1] && POSSESSIVE_PLACE.test(text.slice(nameEndOf(p), local[k + 1]!.start))) p = local[++k]!;
      out.push(addBody(s, reg, p.id, before[1]!, start, p.end));
      continue;
    }
    const after = text.slice(nameEndOf(p)).match(BODY_AFTER);
    if (after) out.push(addBody(s, reg, p.id, after[1]!, p.start, nameEndOf(p) + after[0].length));
  }
  return out;
}

/** A place mention's end without its possessive ("China’s" is one word). */
function nameEndOf(m: Mention): number {
  return m.end - (m.surface.match(/['’]s?$/)?.[0].length ?? 0);
}

/**
 * "the provincial People's Committee", "the city People's Committee": the body is not named, so it
 * is no entity of its own; its mention stands for the article's province (or city), where posts
 * held in it and acts done by it are placed.
 */
export function findFocusBodies(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(BODY_OF_FOCUS)) {
    const start = m.index + (m[0].startsWith('the') ? 4 : 0);
    // "the provincial Department of Industry and Trade Nguyen Truong Giang": the body stops at the name.
    const end = m.index + m[0].length - (m[2]!.length - trimBody(m[2]!).length);
    if (taken.some((o) => overlaps(o, { start, end }))) continue;
    const city = /city|municipal/i.test(m[1]!);
    const id = city ? (reg.focusCity ?? reg.focusProvince) : (reg.focusProvince ?? reg.focusCity);
    const e = id ? reg.entities.get(id) : undefined;
    if (!e) continue;
    out.push({ id: e.id, kind: e.kind, start, end, surface: s.text.slice(start, end), unnamedBody: true });
  }
  return out;
}

/** "Department of External Relations Ngo Bien Cuong": the name stops where a person's starts. */
function trimBody(body: string): string {
  const words = body.split(' ');
  for (let i = 3; i < words.length; i++) {
    const w = fold(words[i]!.replace(/,$/, ''));
    if ((vnSurnames.has(w) || cnSurnames.has(w)) && /^\p{Lu}/u.test(words[i + 1] ?? ''))
      return words.slice(0, i).join(' ');
    // "… Department of Commerce, Deputy Minister …": a title starts after the name.
    if (TITLE_HEADS.has(w) || (TITLE_MODIFIERS.has(w) && /^\p{Lu}/u.test(words[i]!)))
      return words.slice(0, i).join(' ').replace(/,$/, '');
  }
  return body;
}

function addBody(s: Sentence, reg: Register, placeId: string, rawBody: string, start: number, rawEnd: number): Mention {
  // "the Guangxi government" is its People's Government.
  const body = /^[Gg]overnment$/.test(rawBody) ? rawBody : trimBody(rawBody);
  const end = rawEnd - (rawBody.length - body.length);
  const place = reg.entities.get(placeId) ?? reg.gaz.get(placeId);
  const id = `${placeId}-${/^[Gg]overnment$/.test(body) ? 'peoples-government' : bodySlug(body)}`;
  const surface = s.text.slice(start, end);
  const placeName = place?.name ?? placeId;
  const locatedBy = `the name of the body ("${surface}")`;
  reg.add(
    {
      id,
      kind: 'Organization',
      name: `${body.replace(/’/g, "'")} of ${placeName}`,
      country: place?.country,
      locatedIn: placeId,
      locatedBy,
      quote: surface,
      confidence: 0.8,
    },
    surface,
    s.start + start,
  );
  return { id, kind: 'Organization', start, end, surface };
}

/** "The Chinese Government", "the Vietnamese Government": a country's government. */
export function findGovernments(s: Sentence, reg: Register): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(/\b(\p{Lu}\p{Ll}+) Government\b/gu)) {
    const country = reg.gaz.demonym(m[1]!);
    if (!country) continue;
    const id = `${slugify(m[1]!)}-government`;
    addNamedBody(s, reg, out, {
      id,
      name: `Government of ${country.name}`,
      country: country.country,
      locatedIn: country.id,
      surface: m[0],
      start: m.index,
      confidence: 0.75,
    });
  }
  // "the Vietnamese Consulate General in Kunming", "the Embassy of Vietnam in Laos"
  for (const m of s.text.matchAll(
    /\b(?:(\p{Lu}\p{Ll}+) )?(Consulate General|Consulate|Embassy)(?: of (\p{Lu}[\p{L} ]*?))? in (\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*)/gu,
  )) {
    const nation = (m[1] && reg.gaz.demonym(m[1])) || (m[3] ? reg.gaz.lookup(m[3])[0] : undefined);
    const where = reg.gaz.lookup(m[4]!)[0];
    if (!nation || !where) continue;
    const start = m[1] && reg.gaz.demonym(m[1]) ? m.index : m.index + (m[1] ? m[1].length + 1 : 0);
    const surface = s.text.slice(start, m.index + m[0].length);
    const id = slugify(`${nation.demonyms[0] ?? nation.name} ${m[2]} in ${where.name}`);
    addNamedBody(s, reg, out, {
      id,
      name: `${nation.demonyms[0] ?? nation.name} ${m[2]} in ${where.name}`,
      country: nation.country,
      locatedIn: where.id,
      surface: surface,
      start: start,
      confidence: 0.7,
    });
  }
  // Ministries the gazetteer does not list: "the Ministry of Natural Resources and Environment".
  for (const m of s.text.matchAll(
    /\b(?:(\p{Lu}\p{Ll}+) )?(Ministry of [A-Z][\w-]*(?:(?:,| and|,? &) [A-Z][\w-]*)*)/gu,
  )) {
    const known = reg.gaz.lookup(m[2]!)[0] ?? reg.gaz.lookup(m[0])[0];
    const foreign = m[1] ? reg.gaz.demonym(m[1]) : undefined;
    if (known && (!foreign || foreign.country === known.country)) continue; // the gazetteer pass has it
    const country = (m[1] && reg.gaz.demonym(m[1])) || reg.gaz.get(reg.homeCountry);
    const start = m.index + (m[1] && reg.gaz.demonym(m[1]) ? 0 : (m[1]?.length ?? -1) + 1);
    const surface = s.text.slice(start, m.index + m[0].length);
    const id = slugify(
      country && country.id !== reg.homeCountry ? `${m[1] && foreign ? m[1] : country.id} ${m[2]}` : m[2]!,
    );
    addNamedBody(s, reg, out, {
      id,
      name: surface,
      country: country?.country,
      locatedIn: country?.id,
      surface: surface,
      start: start,
      confidence: 0.7,
    });
  }
  return out;
}

const COMPANY =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{N}&-]*\s+){0,4}\p{Lu}[\p{L}\p{N}&-]*)\s+(Group|Corporation|Corp\.?|Company|Co\.,?\s+Ltd\.?|Co\.|JSC|Joint Stock Company|Holdings|Inc\.?|Ltd\.?|Limited)(?![\p{L}])/gu;
const NOT_COMPANY = new Set([
  'the',
  'a',
  'this',
  'that',
  'state',
  'our',
  'working',
  'business',
  'investment',
  'economic',
  'joint',
  'research',
]);

export function findCompanies(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(COMPANY)) {
    let core = m[1]!;
    let start = m.index;
    // Drop leading words that are not part of the name ("Among", "The").
    const words = core.split(/\s+/);
    while (
      words.length > 1 &&
      (NOT_COMPANY.has(words[0]!.toLowerCase()) || /^(?:Among|In|On|At|With|From|By|For|And|As|Of)$/.test(words[0]!))
    ) {
      start += words[0]!.length + 1;
      words.shift();
    }
    // "Shenzhen-based Huayang Technology": the place is where the company is, not its name.
    let basedIn: string | undefined;
    const b = words.findIndex((w) => /-based$/.test(w));
    if (b >= 0 && b < words.length - 1) {
      const place = [...words.slice(0, b), words[b]!.replace(/-based$/, '')].join(' ');
      basedIn = reg.gaz.lookup(place)[0]?.id;
      start += words.slice(0, b + 1).join(' ').length + 1;
      words.splice(0, b + 1);
    }
    core = words.join(' ');
    if (NOT_COMPANY.has(core.toLowerCase()) || reg.gaz.lookup(core).length) continue;
    const end = m.index + m[0].length;
    if (taken.some((t) => overlaps(t, { start, end }))) continue;
    const id = slugify(core);
    const surface = s.text.slice(start, end);
    reg.add(
      { id, kind: 'Company', name: core, quote: surface, locatedIn: basedIn, confidence: 0.75 },
      surface,
      s.start + start,
    );
    reg.addShortForm(nameKey(core), id);
    out.push({ id, kind: 'Company', start, end, surface });
  }
  return out;
}

/** Registers a body whose name says where it is ("Nanning Municipal People's Government") and notes the mention. */
function addNamedBody(
  s: Sentence,
  reg: Register,
  out: Mention[],
  b: {
    id: string;
    name: string;
    country?: string;
    locatedIn?: string;
    surface: string;
    start: number;
    confidence: number;
  },
): void {
  const { id, surface, start } = b;
  reg.add(
    {
      id,
      kind: 'Organization',
      name: b.name,
      country: b.country,
      locatedIn: b.locatedIn,
      locatedBy: `the name of the body ("${surface}")`,
      quote: surface,
      confidence: b.confidence,
    },
    surface,
    s.start + start,
  );
  out.push({ id, kind: 'Organization', start, end: start + surface.length, surface });
}
