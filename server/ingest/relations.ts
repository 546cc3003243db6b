// Relation rules: each reads one sentence (its mentions and its wording) and proposes facts.
// They are written for patterns of news wording, not for any one article: "X signed <document>
// with Y", "<document> between X and Y", "paid a working visit to X", "held meetings with X",
// "<company> accounts for US$N", "participate in <event>", "a strategic partner of X", ...
import type { RelationFact } from '../facts/facts.schema.ts';
import type { Analysis, Analyzed } from './analyze.ts';
import { TITLE_HEADS, TITLE_MODIFIERS, readCount } from './lexicon.ts';
import { fold } from './text.ts';
import type { Mention, Register } from './mentions.ts';

export type DraftRelation = RelationFact;

const isTitleWord = (w: string, reg: Register) => TITLE_HEADS.has(fold(w)) || TITLE_MODIFIERS.has(fold(w)) || Boolean(reg.gaz.demonym(w));

const ACTOR_KINDS = new Set(['Province', 'City', 'Country', 'Official', 'Organization', 'Company']);
const PLACE_KINDS = new Set(['Province', 'City', 'Country']);

interface Ctx {
  a: Analyzed;
  reg: Register;
  out: DraftRelation[];
  /** The article's two main countries, for "the two countries". */
  pair?: [string, string];
  lastEvent?: string;
  lastOfficial?: string;
  /** The last visit read: "the delegation", "the two provinces" in later sentences refer to it. */
  lastVisit?: { visitors: string[]; host: string };
  /** Localities the previous sentence named ("The two sides …" in the next one). */
  prevPlaces: string[];
}

const isActor = (m: Mention) => ACTOR_KINDS.has(m.kind) && !m.nested && !m.inTitle;

function actorsIn(c: Ctx, from: number, to = Infinity, opts: { weak?: boolean } = {}): Mention[] {
  return c.a.mentions.filter((m) => isActor(m) && m.start >= from && m.end <= to && (opts.weak || !m.weak));
}

/** A local body stands for its place in signings and visits (the project's convention). */
function placeOf(c: Ctx, id: string): string {
  const e = c.reg.entities.get(id);
  if (e?.kind === 'Organization' && e.locatedIn && id.startsWith(`${e.locatedIn}-`)) return e.locatedIn;
  return id;
}

/** The actor of a clause: the first actor before `pos`, else "the province" / "he". */
function subjectBefore(c: Ctx, pos: number, exclude: string[] = []): string | undefined {
  const first = actorsIn(c, 0, pos).find((m) => !exclude.includes(m.id));
  // "the province ... X": the anaphor comes first, so it is the actor.
  const before = c.a.sentence.text.slice(0, first?.start ?? pos);
  if (/\b(?:the|The) (?:province|locality)\b(?!['’]s)/.test(before) && c.reg.focusProvince) return c.reg.focusProvince;
  if (first) return first.id;
  if (/\b(?:He|he|She|she)\b/.test(before) && c.lastOfficial) return c.lastOfficial;
  return undefined;
}

function firstAfter(c: Ctx, pos: number, kinds: Set<string> = ACTOR_KINDS, weak = false): Mention | undefined {
  return c.a.mentions.find((m) => m.start >= pos && kinds.has(m.kind) && !m.nested && !m.inTitle && (weak || !m.weak));
}

const LIST_GAP = /^[\s,\-–—&()]*(?:(?:and|or|the|in general|in particular|as well as|provinces?|city|cities|region|autonomous region|(?:\p{Lu}\p{Ll}+ )?(?:provinces|localities|cities|regions) of)[\s,\-–—&()]*)*$/iu;

/** A run of actors joined by commas / "and" starting at `pos` ("Lao Cai, Hanoi, Haiphong, and Yunnan"). */
function listAfter(c: Ctx, pos: number, opts: { weak?: boolean; countries?: boolean } = {}): Mention[] {
  const text = c.a.sentence.text;
  const out: Mention[] = [];
  for (const m of actorsIn(c, pos, Infinity, opts)) {
    if (!opts.countries && out.length && m.kind === 'Country' && text.slice(m.start - 1, m.start) === '(') continue; // "Yunnan (China)"
    const gapFrom = out.length ? out.at(-1)!.end : pos;
    const gap = text.slice(gapFrom, m.start);
    if (out.length && !LIST_GAP.test(gap)) break;
    if (!out.length && (gap.length > 80 || /[,;.]/.test(gap))) break;
    if (!out.some((o) => o.id === m.id)) out.push(m);
  }
  return out;
}

type RelationInput = { type: DraftRelation['type']; from: string; to: string; quote?: string; date?: string; endDate?: string; confidence?: number } & Record<string, unknown>;

function push(c: Ctx, r: RelationInput) {
  if (r.from === r.to) return;
  const date = r.date ?? (['SIGNED', 'VISITED', 'MET', 'ATTENDED'].includes(r.type) ? c.a.date?.date : undefined);
  const endDate = r.date ? r.endDate : date === c.a.date?.date ? c.a.date?.endDate : undefined;
  const rel = { ...r, quote: r.quote ?? c.a.sentence.text, ...(date ? { date } : {}), ...(endDate && endDate !== date ? { endDate } : {}) } as DraftRelation;
  c.out.push(rel);
}

// --- SIGNED -----------------------------------------------------------------------------------

const DOC = /(?:\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?\b(Memorand(?:um|a) of Understanding|MoUs?|MOUs?|(?:[A-Z][a-z]+ (?:and [A-Z][a-z]+ )?)*Agreements?|(?:cooperation |framework |trade |investment |sister[- ]city |twinning )?agreements?|[Mm]inutes|[Jj]oint [Ss]tatements?|[Aa]ction [Pp]lans?|[Cc]ontracts?|[Ll]etters? of [Ii]ntent)\b/g;

function docKind(doc: string): DraftRelation extends infer R ? (R extends { docKind: infer K } ? K : never) : never {
  const d = doc.toLowerCase();
  if (/memorand|mou/.test(d)) return 'MoU';
  if (/minutes/.test(d)) return 'minutes';
  if (/joint statement/.test(d)) return 'joint statement';
  if (/plan/.test(d)) return 'plan';
  if (/agreement/.test(d)) return 'agreement';
  return 'other';
}

function signed(c: Ctx) {
  const text = c.a.sentence.text;
  const verb = text.match(/\b(?:signed|sign|signs|signing|inked|concluded)\b/);
  const between = /\bbetween\b/.test(text);
  if (!verb && !between) return;
  // A bare plural ("notable agreements include ...") names no document of its own.
  const docs = [...text.matchAll(DOC)].filter((d) => d[1] || !/^[a-z][a-z ]*(?:agreements|contracts|plans|statements)$/.test(d[2]!));
  if (!docs.length) return;
  let ends: [string, string] | undefined;
  const pairOf = (a: string, b: string): [string, string] => [placeOf(c, a), placeOf(c, b)];
  // "A and B signed <doc>"
  if (verb) {
    const [a, b] = actorsIn(c, 0, verb.index!).slice(-2);
    if (a && b && /^\s*(?:\(\w+\)\s*)?and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start)) && /^\s*(?:\w+\s+){0,4}$/.test(text.slice(b.end, verb.index!))) ends = pairOf(a.id, b.id);
  }
  // "A signed <doc> with B"
  if (!ends && verb) {
    const withM = text.slice(verb.index!).match(/\bwith\s+/);
    const other = withM && firstAfter(c, verb.index! + withM.index! + withM[0].length);
    const subject = other && subjectBefore(c, verb.index!, [other.id]);
    if (other && subject) ends = pairOf(subject, other.id);
  }
  // "the Memorandum of Understanding between A and B" (the document right before "between")
  const bw = [...text.matchAll(/\b(?:between|among)\s+/g)].find((b) => docs.some((d) => d.index! < b.index! && b.index! - (d.index! + d[0].length) < 4));
  const named = bw && docs.find((d) => d.index! < bw.index! && bw.index! - (d.index! + d[0].length) < 4);
  if (!ends && bw && (verb || /^[A-Z]/.test(named![2]!))) {
    const from = bw.index! + bw[0].length;
    if (/^the two (?:countries|nations|governments|sides)\b/.test(text.slice(from)) && c.pair) ends = c.pair;
    else {
      const first = firstAfter(c, from);
      const and = first ? text.indexOf(' and ', first.end) : -1;
      const second = and >= 0 ? firstAfter(c, and) : undefined;
      if (first && second) ends = pairOf(first.id, second.id);
    }
  }
  if (!ends && verb && /between the two (?:countries|nations|governments|sides)\b/.test(text) && c.pair) ends = c.pair;
  // "where the two sides signed": the last two localities the sentence names before the verb.
  if (!ends && verb && (TWO_SIDES_BEFORE.test(text.slice(0, verb.index!)) || TWO_SIDES_SUBJECT.test(text))) ends = twoSides(c, verb.index!);
  if (!ends) return;
  for (const d of docs) {
    const document = documentName(text, d.index! + (d[1] ? d[0].indexOf(d[2]!) : 0), d[2]!);
    push(c, { type: 'SIGNED', from: ends[0], to: ends[1], document, docKind: docKind(d[2]!), count: readCount(d[1]), confidence: verb ? 0.75 : 0.6 } as DraftRelation);
  }
}

const TWO_SIDES_SUBJECT = /^(?:\w+,\s+)?(?:The|the) two (?:sides|provinces|localities|cities|parties)\b/;
const TWO_SIDES_BEFORE = /\b(?:the two (?:sides|provinces|localities|cities|parties|regions)|both sides)\s+(?:\w+\s+)?$/i;

/** "the two sides": the last two localities named before `pos`, else the two ends of the last visit. */
function twoSides(c: Ctx, pos: number): [string, string] | undefined {
  const places = [...new Set(actorsIn(c, 0, pos).map((m) => placeOf(c, m.id)))].filter((id) => PLACE_KINDS.has(c.reg.entities.get(id)?.kind ?? ''));
  if (places.length >= 2) return [places.at(-2)!, places.at(-1)!];
  const visit = c.lastVisit;
  const from = visit?.visitors.find((v) => PLACE_KINDS.has(c.reg.entities.get(v)?.kind ?? ''));
  if (visit && from) return [visit.host, from];
  return c.prevPlaces.length >= 2 ? [c.prevPlaces[0]!, c.prevPlaces[1]!] : undefined;
}

/** The document with what it is about: "Memorandum of Understanding on friendship and cooperation". */
function documentName(text: string, at: number, doc: string): string {
  const rest = text.slice(at + doc.length).match(/^\s+(?:on|of|regarding|for|about)\s+[^,;.]{3,80}/)?.[0] ?? '';
  // The phrase stops where the next document or party starts.
  return (doc + rest.replace(/\s+(?:between|and \d|and (?:one|two|three|four|five)\b|signed)\b.*$/, '')).replace(/["“”]/g, '').trim();
}

// --- PARTNER_OF ---------------------------------------------------------------------------------

const PARTNER_NOUN = /\b(?:partnership|cooperation|friendship|relations|relationship|ties|corridor|collaboration)\b/;

function partnerOf(c: Ctx) {
  const text = c.a.sentence.text;
  const pairs: [string, string, number][] = [];
  // "<partnership> between A and B", "<corridor> of the five provinces—A, B, C and D"
  for (const m of text.matchAll(/\b(?:partnership|cooperation|friendship|relations|relationship|ties|corridor|collaboration|[Ww]orking [Gg]roup|mechanism)\b(?:\s+[\w-]+){0,4}?\s+(?:between|among|of the (?:two|three|four|five|six|seven|\d+) (?:provinces|localities|cities|countries|nations|sides)(?: and cities)?)\s*[—–-]?\s*/g)) {
    const from = m.index + m[0].length;
    if (/^the two (?:countries|nations)\b/.test(text.slice(from)) && c.pair) {
      pairs.push([...c.pair, 0.7]);
      continue;
    }
    pairsOfList(c, listAfter(c, from, { countries: true }), pairs);
  }
  // "a cooperation zone linking Lạng Sơn with Pingxiang"
  for (const m of text.matchAll(/\b(?:cooperation|partnership|corridor|zone|friendship)\b(?:\s+[\w-]+){0,3}?\s+(?:linking|connecting)\s+/g)) {
    const x = firstAfter(c, m.index + m[0].length);
    const sep = x && text.slice(x.end).match(/^\s*(?:province|city)?\s*(?:with|and|to)\s+/);
    const y = sep ? firstAfter(c, x!.end + sep[0].length) : undefined;
    if (x && y && y.start === x.end + sep![0].length) pairs.push([x.id, y.id, 0.55]);
  }
  // "Vietnam-China comprehensive strategic partnership"
  for (const m of text.matchAll(/(\p{Lu}[\p{L} ]*?)\s?[-–]\s?(\p{Lu}[\p{L} ]*?)\s+(?:[\w-]+\s+){0,4}(?:partnership|relations|relationship|friendship|cooperation)\b/gu)) {
    const a = c.a.mentions.find((x) => x.start === m.index && isActor(x));
    const b = a && c.a.mentions.find((x) => x.start > a.end && x.start <= a.end + 3 && isActor(x));
    if (a && b) pairs.push([a.id, b.id, 0.7]);
  }
  // "Kunming – Lào Cai – Hà Nội – Hải Phòng economic corridor": a dashed chain, then the noun.
  const actors = actorsIn(c, 0);
  for (let i = 0; i < actors.length; i++) {
    const chain = [actors[i]!];
    while (chain.length + i < actors.length && /^\s*[-–—]\s*$/.test(text.slice(chain.at(-1)!.end, actors[i + chain.length]!.start))) chain.push(actors[i + chain.length]!);
    if (chain.length < 3) continue;
    if (PARTNER_NOUN.test(text.slice(chain.at(-1)!.end, chain.at(-1)!.end + 40).split(/[,;.]/)[0]!)) pairsOfList(c, chain, pairs);
    i += chain.length - 1;
  }
  // "Lào Cai and Yunnan have maintained close cooperation"
  for (let i = 0; i + 1 < actors.length; i++) {
    const [x, y] = [actors[i]!, actors[i + 1]!];
    if (!/^\s*(?:province|city)?\s*and\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start))) continue;
    const after = text.slice(y.end, y.end + 70).split(/[,;.]/)[0]!;
    if (/^\s*(?:province|city)?\s*(?:have|has|had|will|would|to|continue|agreed|pledged|vowed|maintain|strengthen|promote|enhance|expand|boost|established|set up|forged|upgraded|developed|enjoy|share)\b/i.test(after) && PARTNER_NOUN.test(after) && x.kind !== 'Official' && y.kind !== 'Official') pairs.push([x.id, y.id, 0.6]);
  }
  // "Guangxi is Viet Nam's largest trading partner"
  for (const m of text.matchAll(/['’]s\s+(?:[\w-]+\s+){0,3}partner\b/g)) {
    const y = actorsIn(c, 0, m.index + 2).at(-1);
    const x = y && y.end >= m.index && y.end <= m.index + 2 ? actorsIn(c, 0, y.start).at(-1) : undefined;
    if (x && y && /^\s*(?:is|was|remains|has become|became)(?:\s+(?:now|still|also|currently))?\s+$/.test(text.slice(x.end, y.start))) pairs.push([x.id, y.id, 0.6]);
  }
  // "The two provinces … agreed to strengthen cooperation"
  const twoAgreed =
    text.match(/\b(?:the two (?:sides|provinces|localities|cities|parties)|both sides)\b[^.;]*?\b(?:agreed|pledged|vowed|decided)\b[^.;]*?\b(?:cooperat|partnership|ties|relations)/i) ??
    text.match(/\b(?:the two (?:sides|provinces|localities|cities|parties)|both sides)\b[^.;]*?\bcooperation (?:projects|programmes|programs|activities|plans?)\b/i);
  // Only when the sentence names no pair itself ("… cooperation between Hải Dương and Guangdong").
  if (twoAgreed && !pairs.length) {
    const two = twoSides(c, twoAgreed.index!);
    if (two) pairs.push([two[0], two[1], 0.55]);
  }
  // "X, a strategic partner of Y"
  for (const m of text.matchAll(/\bpartners? of\s+/g)) {
    const y = firstAfter(c, m.index + m[0].length);
    const x = actorsIn(c, 0, m.index).at(-1);
    if (x && y) pairs.push([x.id, y.id, 0.7]);
  }
  // "A and B agreed to focus their cooperation on ..."
  const agreed = text.match(/\bagreed to\b[^.]*\bcooperat/);
  if (agreed) {
    const before = actorsIn(c, 0, agreed.index!);
    const [x, y] = before.slice(-2);
    if (x && y && /^\s*(?:province|city)?\s*and\s*$/i.test(text.slice(x.end, y.start))) pairs.push([x.id, y.id, 0.6]);
  }
  // "X wants to expand cooperation with Y" (Y named right after "with")
  for (const m of text.matchAll(/\b(?:cooperation|cooperate|collaborate|work|partner|partnership|ties|relations|twinning)\s+with\s+(?:the\s+)?/g)) {
    const list = listAfter(c, m.index + m[0].length).filter((y) => y.kind !== 'Official');
    const x =
      actorsIn(c, 0, m.index).filter((a) => a.kind !== 'Official' && !list.some((y) => y.id === a.id)).at(-1)?.id ??
      (/\b(?:the|The) province\b/.test(text.slice(0, m.index)) ? c.reg.focusProvince : undefined);
    if (x && list[0]?.start === m.index + m[0].length) for (const y of list) pairs.push([x, y.id, 0.5]);
  }
  const seen = new Set<string>();
  for (const [x, y, conf] of pairs) {
    const [a, b] = [placeOf(c, x), placeOf(c, y)];
    const key = [a, b].sort().join('|');
    if (seen.has(key) || a === b) continue;
    seen.add(key);
    push(c, { type: 'PARTNER_OF', from: a, to: b, confidence: conf });
  }
}

/** Pairs the members of a list at the same level: countries with countries, localities across borders. */
function pairsOfList(c: Ctx, list: Mention[], pairs: [string, string, number][]) {
  const countryOf = (id: string) => c.reg.entities.get(placeOf(c, id))?.country;
  for (const level of [list.filter((m) => m.kind === 'Country'), list.filter((m) => m.kind !== 'Country')]) {
    if (level.length === 2) pairs.push([level[0]!.id, level[1]!.id, 0.65]);
    else if (level.length > 2) {
      const home = level.filter((m) => countryOf(m.id) === 'VN');
      const abroad = level.filter((m) => countryOf(m.id) && countryOf(m.id) !== 'VN');
      for (const h of home) for (const f of abroad) pairs.push([h.id, f.id, 0.55]);
    }
  }
}

// --- VISITED ------------------------------------------------------------------------------------

function visited(c: Ctx) {
  const text = c.a.sentence.text;
  // "paid a working visit to X", "visited X", "a visit to X", "trip to X"
  for (const m of text.matchAll(/\b(?:(?:paid|pays|paying|made|makes|on|during|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\s+to|visit(?:ed|s|ing)?|arrived in|travell?ed to|toured)\s+(?:to\s+)?/g)) {
    const target = firstAfter(c, m.index + m[0].length, PLACE_KINDS);
    if (!target || target.start - (m.index + m[0].length) > 60) continue;
    // "a working visit to Shenzhen and Dongguan in Guangdong": every place of the list.
    const targets = listAfter(c, target.start, { countries: true }).filter((t) => PLACE_KINDS.has(t.kind));
    const visitors = new Set<string>();
    // "a visit to Quảng Ninh by a delegation of Fangchenggang (led by P)"
    const by = text.slice(target.end).match(/^\s*(?:province|city|Province|City)?\s*by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:delegation\s+(?:of|from)\s+)?/);
    const guest = by ? firstAfter(c, target.end + by[0].length) : undefined;
    const subject = guest && guest.start === target.end + by![0].length ? guest.id : subjectBefore(c, m.index, [target.id]);
    if (subject) visitors.add(placeOf(c, subject));
    // "A delegation from X led by P": both the locality and its leader went.
    const led = text.match(/\bled by\s+/);
    if (led) {
      const leader = firstAfter(c, led.index! + led[0].length, new Set(['Official']));
      if (leader && (leader.start < m.index || guest)) visitors.add(leader.id);
    }
    // "Chinese tourists visited X"
    if (!visitors.size) {
      const who = text.slice(0, m.index).match(/\b(\p{Lu}\p{Ll}+)\s+(?:tourists|visitors|delegations|businesses|investors|students)\s+$/u);
      const country = who && c.reg.gaz.demonym(who[1]!);
      if (country && c.reg.entities.has(country.id)) visitors.add(country.id);
    }
    for (const v of visitors) for (const t of targets.length ? targets : [target]) push(c, { type: 'VISITED', from: v, to: t.id, confidence: 0.7 });
    if (visitors.size) c.lastVisit = { visitors: [...visitors], host: target.id };
  }
  // "organized 12 delegations ... to Guangxi", "sending delegations to work in Singapore and the US"
  for (const m of text.matchAll(/\b(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+)?(?:[\w-]+\s+){0,2}delegations?\b/g)) {
    const word = m[0].match(/delegations?$/)![0];
    const before = text.slice(Math.max(0, m.index - 30), m.index + m[0].length - word.length).replace(/(?:\b(?:a|an|the|\d+|many|several|high-ranking|provincial-level|[\w-]+-level)\s+)+$/, '');
    const after = text.slice(m.index + m[0].length);
    const count = readCount(m[1]);
    if (/\b(?:welcomed|received|hosted|welcoming|receiving|hosting)\s+$/.test(before)) {
      // "welcomed 7 delegations of Guangxi": they came here.
      const of = after.match(/^\s+(?:of|from)\s+/);
      const guest = of ? firstAfter(c, m.index + m[0].length + of[0].length) : undefined;
      const host = homeOf(c, subjectBefore(c, m.index));
      if (guest && host) {
        push(c, { type: 'VISITED', from: placeOf(c, guest.id), to: placeOf(c, host), count, confidence: 0.65 });
        const led = text.slice(guest.end, guest.end + 25).match(/^\s*(?:Province|province|City|city)?\s*,?\s*led by\s+/);
        const leader = led && firstAfter(c, guest.end + led.index! + led[0].length, new Set(['Official']));
        if (leader) push(c, { type: 'VISITED', from: leader.id, to: placeOf(c, host), confidence: 0.6 });
      }
      continue;
    }
    // "a business delegation from Thanh Hóa Province in Vientiane": they came from abroad.
    const fromIn = after.match(/^\s+(?:from|of)\s+/);
    const origin = fromIn ? firstAfter(c, m.index + m[0].length + fromIn[0].length, PLACE_KINDS) : undefined;
    const inWhere = origin && text.slice(origin.end).match(/^\s*,?\s+in\s+/);
    const where = inWhere ? firstAfter(c, origin!.end + inWhere.index! + inWhere[0].length, PLACE_KINDS) : undefined;
    if (origin && where && where.start === origin.end + inWhere!.index! + inWhere![0].length) {
      const [oc, wc] = [c.reg.entities.get(origin.id)?.country, c.reg.entities.get(where.id)?.country];
      if (oc && wc && oc !== wc) {
        push(c, { type: 'VISITED', from: origin.id, to: where.id, count, confidence: 0.55 });
        c.lastVisit = { visitors: [origin.id], host: where.id };
      }
    }
    const to = after.match(/^(?:\s+[\w-]+){0,6}?\s+to\s+(?:work\s+in\s+|visit\s+)?/);
    if (!to || !/\b(?:sent|send|sending|organi[sz]ed|organi[sz]ing|led|dispatched)\b/.test(text.slice(0, m.index + m[0].length))) continue;
    // "to Vietnamese provinces": a demonym stands for its country.
    const targets = listAfter(c, m.index + m[0].length + to[0].length, { countries: true, weak: true }).filter((t) => PLACE_KINDS.has(t.kind) && (!t.weak || /^\s+(?:provinces|localities|cities|partners)\b/.test(text.slice(t.end))));
    // The sender is the actor right before the verb ("Liu said Guangxi would send …"), else the clause's subject.
    const verbAt = [...text.slice(0, m.index + m[0].length).matchAll(/\b(?:sent|send|sending|organi[sz]ed|organi[sz]ing|led|dispatched)\b/g)].at(-1)!.index;
    const near = actorsIn(c, 0, verbAt).at(-1);
    const from = near && !/[,;]/.test(text.slice(near.end, verbAt)) && !targets.some((t) => t.id === near.id) ? near.id : subjectBefore(c, m.index, targets.map((t) => t.id));
    if (!from) continue;
    for (const t of targets) push(c, { type: 'VISITED', from: placeOf(c, from), to: t.id, count, confidence: 0.6 });
  }
}

/** Where an official stands for: the place of the body of their post, else the article's province. */
function homeOf(c: Ctx, id: string | undefined): string | undefined {
  const e = id ? c.reg.entities.get(id) : undefined;
  if (!e || e.kind !== 'Official') return id;
  for (const p of e.posts) {
    const a = c.a.sentence === p.sentence ? c.a : undefined;
    const body = (a ?? c.a).mentions.find((m) => m.kind === 'Organization' && m.start >= p.segment.start && m.end <= p.segment.end);
    const place = body && c.reg.entities.get(body.id)?.locatedIn;
    if (place && c.reg.entities.has(place)) return place;
  }
  return c.reg.focusProvince;
}

// --- MET ----------------------------------------------------------------------------------------

function met(c: Ctx) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(/\b(?:(?:held|hold|holds|had|has)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:meetings?|talks|working sessions?)\s+with|(?:meeting|meetings|talks|working session|phone call|courtesy call)\s+with|met(?:\s+with)?|received|receives|hosted a reception for)\s+/gi)) {
    const from = m.index + m[0].length;
    let other: string | undefined;
    if (/^(?:the\s+)?provincial\s+(?:leaders|officials|authorities)/.test(text.slice(from)) && c.reg.focusProvince) other = c.reg.focusProvince;
    else {
      const o = firstAfter(c, from);
      // The counterpart may come after their title ("talks with Secretary of … Nguyễn Văn Thành").
      if (o && (o.start - from < 40 || (o.titleSpan && o.titleSpan.start - from < 10))) other = o.id;
      // "received a delegation from Yunnan led by Zhou Min": the leader is the one met.
      const led = o && text.slice(o.end, o.end + 25).match(/^\s*(?:Province|province|City|city)?\s*,?\s*led by\s+/);
      const leader = led && firstAfter(c, o!.end + led.index! + led[0].length, new Set(['Official']));
      if (leader && leader.start - (o!.end + led!.index! + led![0].length) < 40) other = leader.id;
    }
    if (!other) continue;
    let subject = subjectBefore(c, m.index, [other]) ?? actorsIn(c, from).find((x) => x.id !== other && x.kind === 'Official')?.id;
    // "the delegation held talks with …": the leader (or locality) of the last visit.
    if (!subject && /\b(?:the|The) delegation\b/.test(text.slice(0, m.index)) && c.lastVisit) {
      subject = c.lastVisit.visitors.find((v) => c.reg.entities.get(v)?.kind === 'Official') ?? c.lastVisit.visitors[0];
    }
    // "a delegation of X led by P …, where they held talks": the leader speaks for the delegation.
    const ledBy = text.slice(0, m.index).match(/\bled by\s+/);
    const leaderOfSubject = ledBy && firstAfter(c, ledBy.index! + ledBy[0].length, new Set(['Official']));
    if (subject && leaderOfSubject && leaderOfSubject.start < m.index && c.reg.entities.get(subject)?.kind !== 'Official') subject = leaderOfSubject.id;
    if (!subject || subject === other) continue;
    push(c, { type: 'MET', from: subject, to: other, confidence: 0.7 });
    // Talks held abroad ("… in Vientiane"): whoever came from another country visited the place.
    const otherMention = c.a.mentions.find((x) => x.id === other && x.start >= from);
    const where = otherMention && text.slice(otherMention.end).match(/^\s*,?\s*in\s+/);
    const place = where && firstAfter(c, otherMention!.end + where.index! + where[0].length, PLACE_KINDS);
    if (place && place.start === otherMention!.end + where!.index! + where![0].length) {
      const placeCountry = c.reg.entities.get(place.id)?.country;
      for (const who of [subject, other]) {
        const e = c.reg.entities.get(who);
        if (e?.kind === 'Official' && e.country && placeCountry && e.country !== placeCountry) push(c, { type: 'VISITED', from: who, to: place.id, confidence: 0.5 });
      }
    }
  }
  // "Receiving the delegation, <official> said …": met the leader of the last visit.
  const receiving = text.match(/\b(?:Receiving|Welcoming|Meeting|received|welcomed|hosted)\s+the\s+(?:[\w-]+\s+)?delegation\b/);
  if (receiving && c.lastVisit) {
    const host = actorsIn(c, 0).find((x) => x.kind === 'Official');
    const guest = c.lastVisit.visitors.find((v) => c.reg.entities.get(v)?.kind === 'Official') ?? c.lastVisit.visitors[0];
    if (host && guest && host.id !== guest && !c.lastVisit.visitors.includes(host.id)) push(c, { type: 'MET', from: host.id, to: guest, confidence: 0.55 });
  }
  // "talks on April 10 between A and B"
  for (const m of text.matchAll(/\b(?:talks|meetings?|working sessions?|discussions)\s+(?:[^\s,;.]+\s+){0,4}?between\s+/gi)) {
    const list = listAfter(c, m.index + m[0].length);
    const a = list.find((x) => x.kind === 'Official' || x.kind === 'Organization') ?? list[0];
    const b = list.find((x) => x !== a && (x.kind === 'Official' || x.kind === 'Organization')) ?? list.find((x) => x !== a);
    if (a && b) push(c, { type: 'MET', from: a.id, to: b.id, confidence: 0.65 });
  }
}

// --- INVESTED_IN --------------------------------------------------------------------------------

const MONEY = /\b(over|about|nearly|more than|exceeding|around|approximately|almost|some|up to|at least)?\s*(?:US\$|USD\s?|\$)\s?([\d.,]+)\s*(billion|million|bn|mn|m)?\b/i;

function invested(c: Ctx) {
  const text = c.a.sentence.text;
  if (!/\binvest|\bcapital\b|\bprojects?\b|\bemploy/i.test(text)) return;
  const money = text.match(MONEY);
  const company = c.a.mentions.find((m) => m.kind === 'Company' && !m.nested);
  const target = investTarget(c);
  // "N projects from China investing in X"
  const projectsFrom = text.match(/\b([\d,]+)\s+projects\s+from\s+/);
  if (projectsFrom) {
    const investor = firstAfter(c, projectsFrom.index! + projectsFrom[0].length, ACTOR_KINDS);
    const to = firstAfter(c, projectsFrom.index! + projectsFrom[0].length + 1, PLACE_KINDS);
    const dest = to && investor && to.id !== investor.id ? to : undefined;
    if (investor && dest) push(c, { type: 'INVESTED_IN', from: investor.id, to: dest.id, projects: readCount(projectsFrom[1]), confidence: 0.65 });
  }
  // Plans and pledges are not investments ("pledged to invite X to study a US$300 million project").
  const hedged = /\b(?:plan(?:s|ned)? to|will|would|to study|pledged|invite|propos\w+|consider\w*|intend\w*|seek\w*|hope\w*|expected to)\b/.test(text.slice(0, money?.index ?? text.length));
  if (company && target && company.id !== target && !hedged) {
    const existing = c.out.find((r) => r.type === 'INVESTED_IN' && r.from === company.id && r.to === target);
    const props = investProps(text, money);
    if (existing) Object.assign(existing, fill(existing, props));
    else if (money || props.workers || props.projects || /\binvest/i.test(text)) push(c, { type: 'INVESTED_IN', from: company.id, to: target, ...props, confidence: money ? 0.75 : 0.6 });
    return;
  }
  // "Chinese investors have participated in 4,032 projects in Vietnam", "Chinese enterprises' investments in Việt Nam"
  const agg =
    text.match(/\b(\p{Lu}\p{Ll}+)\s+(?:investors|enterprises|businesses|companies|firms)(?:['’]\s+investments?\s+in\b|\s+(?:have\s+|has\s+)?(?:invested|participated|poured|registered|accounted for|account for)\b)/u) ??
    text.match(/\b(\p{Lu}\p{Ll}+)-(?:invested|funded|owned|backed) (?:projects|enterprises|companies|firms)\b/u);
  const country = agg && c.reg.gaz.demonym(agg[1]!);
  if (country) {
    // The place invested in: named after ("… projects in Vietnam"), else before ("X had attracted …, of which …").
    const after = firstAfter(c, agg!.index! + agg![0].length, PLACE_KINDS);
    const to = after ?? actorsIn(c, 0, agg!.index!).filter((m) => PLACE_KINDS.has(m.kind) && m.kind !== 'Country').at(-1);
    if (to && to.id !== country.id) {
      // An amount before the investors is the locality's total, not theirs.
      const props = investProps(text.slice(agg!.index!), money && money.index! > agg!.index! ? money : null);
      push(c, { type: 'INVESTED_IN', from: country.id, to: to.id, ...props, confidence: 0.6 });
    }
  }
}

function investTarget(c: Ctx): string | undefined {
  const text = c.a.sentence.text;
  const m = text.match(/\b(?:invest(?:ing|ed|s|ment|ments)?|expanded|operat(?:es|ing)|projects?|plants?|factor(?:y|ies))\s+(?:[^\s,;.]+\s+){0,4}?in(?:to)?\s+/);
  if (m) {
    const t = firstAfter(c, m.index! + m[0].length, PLACE_KINDS);
    if (t) return t.id;
  }
  return undefined;
}

function investProps(text: string, money: RegExpMatchArray | null) {
  const props: { amountUsd?: number; amountQualifier?: string; projects?: number; workers?: number } = {};
  if (money && /\binvest|\bcapital|accounts? for|\bworth\b/i.test(text)) {
    const n = Number(money[2]!.replace(/,/g, ''));
    const scale = /^b/i.test(money[3] ?? '') ? 1e9 : /^m/i.test(money[3] ?? '') ? 1e6 : 1;
    if (n > 0) props.amountUsd = Math.round(n * scale);
    if (money[1]) props.amountQualifier = money[1].toLowerCase();
  }
  const workers = text.match(/\b([\d,]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:workers|employees|people|labourers|laborers|jobs)\b/i);
  if (workers && /employ|workers|jobs|labour|labor/i.test(text)) props.workers = readCount(workers[1]);
  const projects = text.match(/\b(?:across|in|with|of|for)\s+([\d,]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+projects\b/i) ?? text.match(/\b([\d,]+)\s+projects\s+in\b/i);
  if (projects) props.projects = readCount(projects[1]);
  return props;
}

function fill<T extends object>(target: T, props: object): object {
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => v !== undefined && (target as Record<string, unknown>)[k] === undefined));
}

// --- ATTENDED -----------------------------------------------------------------------------------

function attended(c: Ctx) {
  const text = c.a.sentence.text;
  const events = c.a.mentions.filter((m) => m.kind === 'Event' && !m.nested);
  const speech = /\b(?:stressed|said|spoke|addressed|emphasi[sz]ed|underscored|highlighted|noted|delivered|told)\b/.test(text);
  // "<person> ... at the <event>"
  for (const e of events) {
    const at = text.slice(Math.max(0, e.start - 12), e.start).match(/\bat\s+(?:the\s+)?$/);
    if (at) {
      // "Speaking at the X Expo in Nanning, Liu said": the speaker comes after.
      const who = subjectBefore(c, e.start) ?? actorsIn(c, e.end).find((x) => x.kind === 'Official')?.id;
      if (who) push(c, { type: 'ATTENDED', from: who, to: e.id, role: speech && c.reg.entities.get(who)?.kind === 'Official' ? 'speaker' : 'participant', confidence: 0.65 } as DraftRelation);
    }
  }
  const event = events[0]?.id ?? (/\bthe (?:conference|forum|event|meeting|festival|fair|summit|games|expo)\b/i.test(text) ? c.lastEvent : undefined);
  if (!event) return;
  // "Addressing the forum, X said …"
  const addressing = text.match(/\b(?:Addressing|Speaking at|Speaking to|Opening|Closing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forum|conference|event|meeting|ceremony|fair|expo|summit|session)\b/i);
  if (addressing) {
    const speaker = actorsIn(c, addressing.index! + addressing[0].length).find((x) => x.kind === 'Official');
    if (speaker) push(c, { type: 'ATTENDED', from: speaker.id, to: event, role: 'speaker', confidence: 0.6 } as DraftRelation);
  }
  // "<event>, involving five cities and provinces— A, B, C"
  for (const m of text.matchAll(/\b(?:involving|with the participation of|participants from|bringing together|gathering)\s+(?:[\w-]+\s+){0,4}?(?:[—–-]\s*)?/g)) {
    for (const p of listAfter(c, m.index + m[0].length)) push(c, { type: 'ATTENDED', from: placeOf(c, p.id), to: event, role: 'participant', confidence: 0.6 } as DraftRelation);
  }
  // "Chaired by X", "hosted by X", "organised by X", "attended by X"
  for (const m of text.matchAll(/\b(chaired|co-chaired|hosted|organi[sz]ed|attended)\s+by\s+/gi)) {
    // "co-organised by X and Y", "chaired by <title> A and <title> B"
    const whos = listAfter(c, m.index + m[0].length).filter((x) => x.kind !== 'Country');
    const officials = actorsIn(c, m.index + m[0].length).filter((x) => x.kind === 'Official').slice(0, 2);
    const verb = m[1]!.toLowerCase();
    const role = verb.includes('chair') ? 'chair' : verb === 'hosted' ? 'host' : verb === 'attended' ? 'participant' : 'organizer';
    const people = role === 'chair' && officials.length === 2 && / and /.test(text.slice(officials[0]!.end, officials[1]!.start)) ? officials : [];
    for (const who of people.length ? people : whos) push(c, { type: 'ATTENDED', from: placeOf(c, who.id), to: event, role, confidence: 0.65 } as DraftRelation);
    if (people.length === 2) push(c, { type: 'MET', from: people[0]!.id, to: people[1]!.id, confidence: 0.55 });
  }
  // "A and B co-chaired the <event> between X and Y": chairs (who met), and the localities taking part.
  for (const m of text.matchAll(/\b(co-chaired|chaired|hosted|attended|co-hosted)\s+(?:the\s+)?/g)) {
    const e = events.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) < 40);
    if (!e) continue;
    const role = m[1]!.includes('chair') ? 'chair' : m[1]!.includes('host') ? 'host' : 'participant';
    const who = actorsIn(c, 0, m.index).filter((x) => x.kind === 'Official');
    const chairs = who.length ? who : [subjectBefore(c, m.index, [e.id])].filter((x): x is string => Boolean(x)).map((id) => ({ id }) as Mention);
    for (const w of chairs) push(c, { type: 'ATTENDED', from: placeOf(c, w.id), to: e.id, role, confidence: 0.6 } as DraftRelation);
    if (m[1] === 'co-chaired' && who.length === 2) push(c, { type: 'MET', from: who[0]!.id, to: who[1]!.id, confidence: 0.55 });
    const between = text.slice(e.end, e.end + 20).match(/^\s+between\s+/);
    if (between) for (const p of listAfter(c, e.end + between[0].length)) if (p.kind !== 'Country') push(c, { type: 'ATTENDED', from: placeOf(c, p.id), to: e.id, role: 'participant', confidence: 0.55 } as DraftRelation);
  }
  // "to participate in the <event> between A, B and C"
  for (const m of text.matchAll(/\b(?:participat\w*|took part|take part|taking part|attend(?:ed|s|ing)?)\s+(?:in\s+)?(?:the\s+)?/g)) {
    const e = events.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) < 30);
    if (!e) continue;
    const who = subjectBefore(c, m.index, [e.id]);
    if (who) push(c, { type: 'ATTENDED', from: placeOf(c, who), to: e.id, role: 'participant', confidence: 0.6 } as DraftRelation);
    const clauseEnd = text.slice(e.end).search(/[;.]/);
    const stop = clauseEnd < 0 ? text.length : e.end + clauseEnd;
    const between = text.slice(e.end, stop).match(/\b(?:between|among|of|including|with)\s+/);
    if (!between) continue;
    for (const p of actorsIn(c, e.end + between.index!, stop)) {
      if (p.kind === 'Country') continue;
      push(c, { type: 'ATTENDED', from: placeOf(c, p.id), to: e.id, role: 'participant', confidence: 0.55 } as DraftRelation);
    }
  }
  // "organising the badminton competitions of the SEA Games", "held an investment promotion conference"
  for (const m of text.matchAll(/\b(?:organ\w*ing|organi[sz]ed|hosting|hosted|held|holding)\s+/g)) {
    const e = events.find((x) => x.start >= m.index && x.start - m.index < 60);
    if (!e || /\bby\s*$/.test(text.slice(m.index, m.index + m[0].length + 3))) continue;
    const who = subjectBefore(c, m.index, [e.id]);
    if (who && c.reg.entities.get(placeOf(c, who))?.kind !== 'Official') push(c, { type: 'ATTENDED', from: placeOf(c, who), to: e.id, role: 'organizer', confidence: 0.55 } as DraftRelation);
  }
}

// --- LOCATED_IN (events and companies by wording; places and bodies from the register) ----------

function locatedByWording(c: Ctx) {
  const text = c.a.sentence.text;
  for (const m of c.a.mentions) {
    if (m.nested || (m.kind !== 'Event' && m.kind !== 'Company')) continue;
    const after = text.slice(m.end).match(m.kind === 'Event' ? /^(?:\s+[a-z-]+){0,3},?\s+(?:(?:held|taking place)\s+)?in\s+/ : /^,?\s+(?:(?:based|headquartered)\s+)?(?:in|from|of)\s+/);
    if (!after) continue;
    const place = firstAfter(c, m.end + after[0].length, PLACE_KINDS);
    if (place && place.start === m.end + after[0].length) push(c, { type: 'LOCATED_IN', from: m.id, to: place.id, confidence: 0.7 });
  }
}

/** Posts held, from the titles the people recogniser kept. */
function holdsPost(reg: Register, out: DraftRelation[], analysis: Analysis) {
  for (const e of reg.entities.values()) {
    for (const { segment, sentence } of e.posts.flatMap((p) => splitPosts(p.segment, reg).map((segment) => ({ segment, sentence: p.sentence })))) {
      const a = analysis.sentences.find((x) => x.sentence === sentence)!;
      const inside = a.mentions.filter((m) => m.start >= segment.start && m.end <= segment.end && m.id !== e.id && !m.weak);
      const body = inside.filter((m) => m.kind === 'Organization' && !m.nested).at(-1) ?? inside.filter((m) => m.kind === 'Organization').at(-1);
      let to = body?.id;
      // "Minister of Planning and Investment" heads the "Ministry of Planning and Investment" the article names.
      const portfolio = segment.text.match(/\bMinister of ([A-Z][\w ,&]+)/)?.[1]?.trim();
      const ministry = portfolio && [...reg.entities.values()].find((x) => x.kind === 'Organization' && x.name.endsWith(`Ministry of ${portfolio}`));
      if (!to && ministry) to = ministry.id;
      // "Consul General in Kunming" serves at the "Consulate General in Kunming"; an ambassador at the embassy.
      const mission = segment.text.match(/\b(Consul General|Consul|Ambassador) (?:in|to) (\p{Lu}[\p{L} ]*)/u);
      if (!to && mission) {
        const office = mission[1] === 'Ambassador' ? 'Embassy' : mission[1] === 'Consul' ? 'Consulate' : 'Consulate General';
        const where = reg.gaz.lookup(mission[2]!.trim())[0]?.name;
        to = [...reg.entities.values()].find((x) => x.kind === 'Organization' && where && x.name.endsWith(`${office} in ${where}`))?.id;
      }
      if (!to) {
        // National posts ("Deputy Prime Minister", "Vietnamese Ambassador to China"): the official's country.
        const demonym = reg.gaz.demonym(segment.text.split(/\s+/)[0]!);
        const home = demonym?.id ?? (e.country === 'CN' ? 'china' : e.country === 'VN' ? 'vietnam' : undefined);
        if (home && /\b(?:Prime Minister|President|Minister|Ambassador|Consul|Premier|Chairman of the National Assembly|General Secretary)\b/i.test(segment.text)) to = home;
        else to = inside.filter((m) => PLACE_KINDS.has(m.kind)).at(-1)?.id;
      }
      if (!to) continue;
      if (!reg.entities.has(to)) {
        const c = reg.gaz.get(to);
        if (!c) continue;
        reg.add({ id: c.id, kind: c.kind, name: c.name, aliases: c.aliases, country: c.country, lat: c.lat, lon: c.lon, confidence: 0.6 }, c.name, sentence.start);
      }
      out.push({ type: 'HOLDS_POST', from: e.id, to, title: segment.text, quote: segment.text.length >= 3 ? segment.text : sentence.text, confidence: 0.75 } as DraftRelation);
    }
  }
}

/** "member of X and Secretary of Y" holds two posts. */
function splitPosts(seg: { text: string; start: number; end: number }, reg: Register): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const m of seg.text.matchAll(/\s+and\s+(?=([\p{L}'’-]+))/gu)) {
    if (!isTitleWord(m[1]!, reg)) continue;
    out.push({ text: seg.text.slice(from, m.index), start: seg.start + from, end: seg.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ text: seg.text.slice(from), start: seg.start + from, end: seg.end });
  return out;
}

/** Places inside places, bodies inside their place: from the gazetteer, when both are in the article. */
function locatedByRegister(reg: Register, out: DraftRelation[]) {
  for (const e of reg.entities.values()) {
    let target = e.locatedIn;
    // The nearest ancestor the article names: Weifang -> Shandong, or China if Shandong is absent.
    while (target && !reg.entities.has(target)) target = reg.gaz.get(target)?.parent;
    if (!target || target === e.id) continue;
    if (out.some((r) => r.type === 'LOCATED_IN' && r.from === e.id)) continue;
    const quote = e.kind === 'Organization' ? (e.quote ?? e.surface) : e.surface;
    if (!quote) continue;
    out.push({ type: 'LOCATED_IN', from: e.id, to: target, quote, confidence: e.kind === 'Organization' ? 0.7 : 0.85 });
  }
}

export function draftRelations(analysis: Analysis): DraftRelation[] {
  const reg = analysis.register;
  const out: DraftRelation[] = [];
  const countries = [...reg.entities.values()].filter((e) => e.kind === 'Country').sort((a, b) => b.mentions - a.mentions);
  const pair: [string, string] | undefined = countries.length >= 2 ? [countries[0]!.id, countries[1]!.id] : undefined;
  const ctx: Ctx = { a: analysis.sentences[0]!, reg, out, pair, prevPlaces: [] };
  for (const a of analysis.sentences) {
    ctx.a = a;
    signed(ctx);
    partnerOf(ctx);
    visited(ctx);
    met(ctx);
    invested(ctx);
    attended(ctx);
    locatedByWording(ctx);
    ctx.lastEvent = a.mentions.filter((m) => m.kind === 'Event').at(-1)?.id ?? ctx.lastEvent;
    const places = [...new Set(actorsIn(ctx, 0).filter((m) => m.kind === 'Province' || m.kind === 'City').map((m) => m.id))];
    if (places.length >= 2) ctx.prevPlaces = places;
    ctx.lastOfficial = a.mentions.filter((m) => m.kind === 'Official').at(-1)?.id ?? ctx.lastOfficial;
  }
  holdsPost(reg, out, analysis);
  locatedByRegister(reg, out);
  return dedupe(out);
}

/** One fact per (type, ends, document, quote): rules may find the same thing twice. */
function dedupe(rs: DraftRelation[]): DraftRelation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const key = [r.type, r.from, r.to, 'document' in r ? r.document : '', r.quote, r.date ?? '', r.count ?? ''].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
