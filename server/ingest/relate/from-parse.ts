// Relations read from the dependency parse (with the NLP engine): signings, meetings and
// receptions, visits and investments, by who did what to whom. Each reader says whether it found
// something in the sentence; the wording rules of the same edge type then stand back for it.
import type { Clause, ParseView, Span } from './clauses.ts';
import { PLACE_KINDS, placeOf, postPlace, push, type Ctx } from './context.ts';
import {
  countryOf,
  isInside,
  isTwoSides,
  mentionsInAll,
  mostSpecific,
  officialsIn,
  placesIn,
  sidesBefore,
  signatoriesIn,
} from './parties.ts';

const textOf = (c: Ctx, spans: Span[] | undefined) =>
  (spans ?? []).map((s) => c.a.sentence.text.slice(s.start, s.end)).join(' ');
const clauseQuote = (c: Ctx, cl: Clause) => {
  const spans = [...cl.args.values()].flat();
  const start = Math.min(cl.verb.start, ...spans.map((s) => s.start));
  const end = Math.max(cl.verb.end, ...spans.map((s) => s.end));
  return c.a.sentence.text.slice(start, end);
};
const isVerb = (cl: Clause) => cl.verb.pos.startsWith('VB');

// --- SIGNED ------------------------------------------------------------------------------------

const SIGN = new Set(['sign', 'ink', 'conclude', 'seal']);

export interface SignedDoc {
  document: string;
  docKind: 'MoU' | 'agreement' | 'minutes' | 'joint statement' | 'plan' | 'other';
  count?: number;
}

/** "A and B signed <doc>", "A signed <doc> with B", "the two sides signed <doc>". */
export function signedFromParse(c: Ctx, view: ParseView, docsOf: (span: string) => SignedDoc[]): boolean {
  let found = false;
  for (const cl of view.clauses(SIGN)) {
    if (!isVerb(cl)) continue;
    const passive = cl.args.has('pass');
    // "signed 5 minutes, 4 MoUs and 1 joint statement": one fact per document.
    const docs = docsOf(textOf(c, passive ? cl.args.get('pass') : cl.args.get('obj')));
    if (!docs.length) continue;
    // "agreed to sign an agreement": read, and not a signing; the wording rules need not look again.
    found ||= Boolean(cl.hedge);
    if (cl.hedge) continue;
    const subj = passive ? cl.args.get('agent') : cl.args.get('subj');
    let pairs: [string, string][] = [];
    if (subj && isTwoSides(textOf(c, subj).replace(/^(?:representatives of|leaders of)\s+/i, ''))) {
      const sides = sidesBefore(c);
      if (sides) pairs = [sides];
    } else {
      const a = signatoriesIn(c, mentionsInAll(c, subj));
      const b = signatoriesIn(c, mentionsInAll(c, cl.args.get('with')));
      if (a.length === 1 && b.length) pairs = b.map((x) => [a[0]!, x]);
      else if (a.length === 2 && !b.length) pairs = [[a[0]!, a[1]!]];
    }
    for (const [from, to] of pairs) {
      for (const doc of docs) push(c, { type: 'SIGNED', from, to, ...doc, quote: clauseQuote(c, cl), confidence: 0.8 });
      found = true;
    }
  }
  return found;
}

// --- MET ---------------------------------------------------------------------------------------

const RECEIVE = new Set(['meet', 'receive', 'welcome', 'greet', 'host']);
const TALK_NOUNS = /^(?:talk|talks|meeting|session|call|discussion|dialogue|conversation|exchange)$/i;
const HOLD = new Set(['hold', 'have', 'conduct']);

/** "X received Y", "X met (with) Y", "X held talks / a working session with Y". */
export function metFromParse(c: Ctx, view: ParseView): boolean {
  let found = false;
  for (const cl of view.clauses(new Set([...RECEIVE, ...HOLD]))) {
    if (cl.hedge || !isVerb(cl)) continue;
    const lemma = cl.verb.lemma.toLowerCase();
    let hosts: Span[] | undefined;
    let guests: Span[] | undefined;
    if (RECEIVE.has(lemma)) {
      const passive = cl.args.has('pass');
      hosts = passive ? cl.args.get('agent') : cl.args.get('subj');
      guests = passive ? cl.args.get('pass') : [...(cl.args.get('obj') ?? []), ...(cl.args.get('with') ?? [])];
    } else {
      if (!(cl.args.get('obj') ?? []).some((o) => TALK_NOUNS.test(o.head.lemma))) continue;
      hosts = cl.args.get('subj');
      guests = cl.args.get('with');
    }
    // "held meetings with Liu … and a working session with leaders from the Beijing Party Committee": each phrase its side.
    const official = (id: string) => c.reg.entities.get(id)?.kind === 'Official';
    const host = namedPeopleFirst(c, [...new Set((hosts ?? []).flatMap((s) => sideOf(c, [s])))]);
    const guest = namedPeopleFirst(c, [...new Set((guests ?? []).flatMap((s) => sideOf(c, [s])))]);
    for (const h of host) {
      for (const g of guest) {
        // A meeting has a person on one side at least: places welcoming places are visits, not meetings.
        if (h === g || !(official(h) || official(g))) continue;
        push(c, { type: 'MET', from: h, to: g, quote: clauseQuote(c, cl), confidence: 0.75 });
        found = true;
      }
    }
    // "received the visiting President of … Liu Xiaokai", "welcomed P and the Yunnan delegation": the
    // guest came to where the reception was ("in X"), else to the host's place.
    if (RECEIVE.has(lemma) && /\b(?:visiting|delegation)\b/i.test(textOf(c, guests))) {
      const place = localFirst(c, placesIn(c, mentionsInAll(c, cl.args.get('in'))))[0] ?? homeOfSide(c, host[0]);
      for (const g of guest.filter(official)) {
        const known = c.out.some((r) => r.type === 'VISITED' && r.from === g && r.to === place);
        const home = postPlace(c, g);
        if (place && !known && (!home || (home !== place && !isInside(c, place, home))))
          push(c, { type: 'VISITED', from: g, to: place, quote: clauseQuote(c, cl), confidence: 0.7 });
      }
    }
  }
  return found;
}

/** "P and the Yunnan delegation": with a person named, the delegation's place is not another side met. */
function namedPeopleFirst(c: Ctx, side: string[]): string[] {
  const people = side.filter((id) => c.reg.entities.get(id)?.kind === 'Official');
  return people.length ? side.filter((id) => !PLACE_KINDS.has(c.reg.entities.get(id)?.kind ?? '')) : side;
}

/** A side of a meeting: its officials, else "he"/"the delegation", else its bodies or places (not where it met: "investors in X"). */
function sideOf(c: Ctx, spans: Span[] | undefined): string[] {
  const ms = mentionsInAll(c, spans).filter((m) => !whereNotWho(c, m, spans ?? []));
  const officials = officialsIn(ms);
  if (officials.length) return officials;
  const words = textOf(c, spans).trim();
  if (/^(?:he|she|him|her)$/i.test(words) && c.lastOfficial) return [c.lastOfficial];
  if (/\bdelegation\b/i.test(words) && !ms.length && c.lastVisit) {
    const leader = c.lastVisit.visitors.find((v) => c.reg.entities.get(v)?.kind === 'Official');
    return leader ? [leader] : c.lastVisit.visitors;
  }
  return signatoriesIn(c, ms);
}

/** A place a phrase names as where ("investors in Nghe An", "talks at Mong Cai"), not as who. */
function whereNotWho(c: Ctx, m: { start: number; kind: string }, spans: Span[]): boolean {
  if (m.kind !== 'Province' && m.kind !== 'City' && m.kind !== 'Country') return false;
  const span = spans.find((s) => s.start <= m.start && m.start < s.end);
  const before = span ? c.a.sentence.text.slice(span.start, m.start) : '';
  return /\b(?:in|at|on|to|across|near)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(before);
}

/** Where a side stands: an official's post's place, else the side itself if a place, else the article's province. */
function homeOfSide(c: Ctx, id: string | undefined): string | undefined {
  const e = id ? c.reg.entities.get(id) : undefined;
  if (!e) return c.reg.focusProvince;
  if (e.kind !== 'Official') return placeOf(c, e.id);
  return postPlace(c, e.id) ?? c.reg.focusProvince;
}

// --- VISITED -----------------------------------------------------------------------------------

const VISIT = new Set(['visit', 'tour', 'travel', 'arrive', 'come', 'pay', 'make']);

/** "A delegation from X (led by P) visited Y", "paid a working visit to Y", "made a field trip to Y". */
export function visitedFromParse(c: Ctx, view: ParseView): boolean {
  let found = false;
  for (const cl of view.clauses(VISIT)) {
    if (cl.hedge || !isVerb(cl)) continue;
    const lemma = cl.verb.lemma.toLowerCase();
    let targets: Span[] | undefined;
    if (lemma === 'visit' || lemma === 'tour') targets = cl.args.get('obj');
    else if (lemma === 'pay' || lemma === 'make')
      targets = (cl.args.get('obj') ?? []).some((o) => /^(?:visit|trip|tour)$/i.test(o.head.lemma))
        ? cl.args.get('to')
        : undefined;
    else targets = cl.args.get(lemma === 'arrive' ? 'in' : 'to');
    const where = localFirst(c, placesIn(c, mentionsInAll(c, targets)));
    if (!where.length) continue;
    found = pushVisits(c, travellers(c, cl.args.get('subj'), where), where, clauseQuote(c, cl)) || found;
  }
  return visitNouns(c, view) || found;
}

/** The named leader of a delegation travels for it; else the places it came from. */
function travellers(c: Ctx, spans: Span[] | undefined, where: string[]): string[] {
  const ms = mentionsInAll(c, spans);
  const leaders = officialsIn(ms);
  return (leaders.length ? leaders : localFirst(c, placesIn(c, ms)).map((p) => placeOf(c, p))).filter(
    (v) => !where.includes(v),
  );
}

function pushVisits(c: Ctx, from: string[], where: string[], quote: string): boolean {
  let found = false;
  for (const v of from) {
    for (const t of where) {
      if (isInside(c, t, v)) continue;
      push(c, { type: 'VISITED', from: v, to: t, quote, confidence: 0.75 });
      found = true;
    }
  }
  if (from.length) c.lastVisit = { visitors: from, host: where[0]! };
  return found;
}

/**
 * "X, who is on a working visit to Y", "X … led a delegation on a visit to Y": the visitor is the
 * subject of the clause the visit noun stands in (through "who" to the person it describes), not
 * whoever the sentence names first.
 */
function visitNouns(c: Ctx, view: ParseView): boolean {
  let found = false;
  for (const noun of view.parse.tokens.filter((t) => /^(?:visit|trip|tour)$/i.test(t.lemma) && /^NN/.test(t.pos))) {
    const gov = view.governorOf(noun.i);
    const govTok = gov && view.token(gov.gov);
    // "paid a visit to Y" is the verb's own clause, read above.
    if (gov?.rel === 'obj' && govTok && VISIT.has(govTok.lemma.toLowerCase())) continue;
    const to = view.dependents(noun.i).filter((d) => d.rel === 'nmod:to');
    const where = localFirst(
      c,
      placesIn(
        c,
        mentionsInAll(
          c,
          to.map((d) => view.span(d.dep)),
        ),
      ),
    );
    if (!where.length) continue;
    // The clause: the noun itself when it is the predicate ("who is on a visit"), else the verb it hangs from.
    const hasSubject = (i: number) => view.dependents(i).some((d) => d.rel.startsWith('nsubj'));
    const pred = hasSubject(noun.i) ? noun : govTok && /^VB/.test(govTok.pos) ? govTok : undefined;
    if (!pred || view.clause(pred).hedge) continue;
    const subject = view.dependents(pred.i).find((d) => d.rel.startsWith('nsubj'));
    if (!subject) continue;
    let who = view.span(subject.dep);
    // "who" stands for the noun the relative clause describes.
    if (/^W/.test(view.token(subject.dep)!.pos)) {
      const rel = view.governorOf(pred.i, /^acl:relcl$/);
      if (!rel) continue;
      who = view.span(rel.gov);
    }
    const from = travellers(c, [who], where);
    found =
      pushVisits(c, from, where, c.a.sentence.text.slice(Math.min(who.start, noun.start), view.span(to[0]!.dep).end)) ||
      found;
  }
  return found;
}

/** Localities before countries: "Dongxing city and Fangcheng of China" are the two cities. */
function localFirst(c: Ctx, places: string[]): string[] {
  const local = places.filter((p) => c.reg.entities.get(p)?.kind !== 'Country');
  return local.length ? local : places;
}

// --- INVESTED_IN -------------------------------------------------------------------------------

const INVEST = new Set(['invest', 'license', 'licence', 'grant', 'raise', 'inject', 'pour', 'register']);

/** A company the clause names investing (or licensed to invest) in a Vietnamese province the sentence names. */
export function investedFromParse(
  c: Ctx,
  view: ParseView,
  props: (text: string, published?: string) => Record<string, unknown>,
): boolean {
  let found = false;
  for (const cl of view.clauses(INVEST)) {
    // A company that "will invest" or "plans to" has announced an investment: drafted as planned.
    if (cl.hedge && !/\b(?:plans?|planned|intends?|expects?) to$|^will$/i.test(cl.hedge)) continue;
    // The investor is the clause's subject or object ("X invests", "P licensed X", "X was granted"), never where the money goes.
    const ms = mentionsInAll(
      c,
      ['subj', 'obj', 'pass', 'agent'].flatMap((r) => cl.args.get(r) ?? []),
    );
    const companies = [...new Set(ms.filter((m) => m.kind === 'Company' && !m.nested).map((m) => m.id))];
    if (!companies.length) continue;
    const target = receivingProvince(c);
    if (!target) continue;
    const stated = props(c.a.sentence.text, c.published);
    const note = [cl.hedge ? 'planned' : undefined, stated.note].filter(Boolean).join('; ');
    for (const company of companies) {
      push(c, {
        type: 'INVESTED_IN',
        from: company,
        to: target,
        ...stated,
        ...(note ? { note } : {}),
        confidence: 0.7,
      });
      found = true;
    }
  }
  return found;
}

/** The Vietnamese province (or centrally-run city) the sentence names; a town or park's province if only that. */
function receivingProvince(c: Ctx): string | undefined {
  const vn = c.a.mentions.filter(
    (m) => (m.kind === 'Province' || m.kind === 'City') && countryOf(c, m.id) === 'VN' && !m.unnamedBody,
  );
  const provincial = vn.filter((m) => c.reg.gaz.get(m.id)?.parent === 'vietnam' || m.kind === 'Province');
  if (provincial.length) return provincial[0]!.id;
  const specific = mostSpecific(
    c,
    vn.map((m) => m.id),
  );
  const containers = [...c.reg.entities.values()].filter(
    (e) => e.kind === 'Province' && specific.some((s) => isInside(c, s, e.id)),
  );
  return containers[0]?.id ?? specific[0];
}
