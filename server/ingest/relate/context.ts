// What the relation rules share: the sentence being read with its mentions, the article's register,
// and the helpers that find actors in it ("the first actor before the verb", "the list after 'with'").
import type { RelationFact } from '../../facts/facts.schema.ts';
import type { DateRange } from '../read/dates.ts';
import type { Analyzed } from '../recognise/analyze.ts';
import type { ParseView } from './clauses.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../recognise/lexicon.ts';
import type { Mention, Register } from '../recognise/mentions.ts';
import { fold } from '../text.ts';

export type DraftRelation = RelationFact;

export const isTitleWord = (w: string, reg: Register) =>
  TITLE_HEADS.has(fold(w)) || TITLE_MODIFIERS.has(fold(w)) || Boolean(reg.gaz.demonym(w));

export const ACTOR_KINDS = new Set(['Province', 'City', 'Country', 'Official', 'Organization', 'Company']);
export const PLACE_KINDS = new Set(['Province', 'City', 'Country']);

export interface Ctx {
  a: Analyzed;
  /** Every sentence of the article (an official's title may be in an earlier one). */
  sentences: Analyzed[];
  /** The sentence's dependency parse, when the NLP engine ran. */
  view?: ParseView;
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
  /** The article's publication date, when known (amounts in other currencies are converted at its year's rate). */
  published?: string;
  /** When the acts of the sentence took place: its own date, or the day of the event it refers back to. */
  actDate?: DateRange;
}

export const isActor = (m: Mention) => ACTOR_KINDS.has(m.kind) && !m.nested && !m.inTitle;

export function actorsIn(c: Ctx, from: number, to = Infinity, opts: { weak?: boolean } = {}): Mention[] {
  return c.a.mentions.filter((m) => isActor(m) && m.start >= from && m.end <= to && (opts.weak || !m.weak));
}

/** A local body stands for its place in signings and visits (the project's convention). */
export function placeOf(c: Ctx, id: string): string {
  const e = c.reg.entities.get(id);
  if (e?.kind === 'Organization' && e.locatedIn && id.startsWith(`${e.locatedIn}-`)) return e.locatedIn;
  return id;
}

/** The place of an official's post (the place of the body named in the title, else the place named), if stated. */
export function postPlace(c: Pick<Ctx, 'reg' | 'sentences'>, id: string): string | undefined {
  for (const p of c.reg.entities.get(id)?.posts ?? []) {
    const a = c.sentences.find((x) => x.sentence === p.sentence);
    const inside = (a?.mentions ?? []).filter((m) => m.start >= p.segment.start && m.end <= p.segment.end);
    const body = inside.find((m) => m.kind === 'Organization');
    const place = body
      ? c.reg.entities.get(body.id)?.locatedIn
      : inside.find((m) => m.kind === 'Province' || m.kind === 'City')?.id;
    if (place && c.reg.entities.has(place)) return place;
  }
  return undefined;
}

/** The actor of a clause: the first actor before `pos`, else "the province" / "he". */
export function subjectBefore(c: Ctx, pos: number, exclude: string[] = []): string | undefined {
  const first = actorsIn(c, 0, pos).find((m) => !exclude.includes(m.id));
  // "the province ... X": the anaphor comes first, so it is the actor.
  const before = c.a.sentence.text.slice(0, first?.start ?? pos);
  if (/\b(?:the|The) (?:province|locality)\b(?!['’]s)/.test(before) && c.reg.focusProvince) return c.reg.focusProvince;
  if (first) return first.id;
  if (/\b(?:He|he|She|she)\b/.test(before) && c.lastOfficial) return c.lastOfficial;
  return undefined;
}

export function firstAfter(c: Ctx, pos: number, kinds: Set<string> = ACTOR_KINDS, weak = false): Mention | undefined {
  return c.a.mentions.find((m) => m.start >= pos && kinds.has(m.kind) && !m.nested && !m.inTitle && (weak || !m.weak));
}

const LIST_GAP =
  /^[\s,\-–—&()]*(?:(?:and|or|the|in general|in particular|as well as|provinces?|city|cities|region|autonomous region|(?:\p{Lu}\p{Ll}+ )?(?:provinces|localities|cities|regions) of)[\s,\-–—&()]*)*$/iu;

/** A run of actors joined by commas / "and" starting at `pos` ("Lao Cai, Hanoi, Haiphong, and Yunnan"). */
export function listAfter(c: Ctx, pos: number, opts: { weak?: boolean; countries?: boolean } = {}): Mention[] {
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

export type RelationInput = {
  type: DraftRelation['type'];
  from: string;
  to: string;
  quote?: string;
  date?: string;
  endDate?: string;
  confidence?: number;
} & Record<string, unknown>;

const ACTS = new Set(['SIGNED', 'VISITED', 'MET', 'ATTENDED']);

/** The date a fact of this type takes from its sentence: an act's day (or span), an investment's day. */
function dateFor(c: Ctx, type: string): DateRange | undefined {
  const d = c.actDate;
  if (ACTS.has(type)) return d;
  return type === 'INVESTED_IN' && d && /^\d{4}-\d\d-\d\d$/.test(d.date) ? d : undefined;
}

export function push(c: Ctx, r: RelationInput) {
  if (r.from === r.to) return;
  const stated = dateFor(c, r.type);
  const date = r.date ?? stated?.date;
  const endDate = r.date ? r.endDate : date === stated?.date ? stated?.endDate : undefined;
  const rel = {
    ...r,
    quote: r.quote ?? c.a.sentence.text,
    ...(date ? { date } : {}),
    ...(endDate && endDate !== date ? { endDate } : {}),
  } as DraftRelation;
  c.out.push(rel);
}

export const TWO_SIDES_SUBJECT = /^(?:\w+,\s+)?(?:The|the) two (?:sides|provinces|localities|cities|parties)\b/;
export const TWO_SIDES_BEFORE =
  /\b(?:the two (?:sides|provinces|localities|cities|parties|regions)|both sides)\s+(?:\w+\s+)?$/i;

/** "the two sides": the last two localities named before `pos`, else the two ends of the last visit. */
export function twoSides(c: Ctx, pos: number): [string, string] | undefined {
  const places = [...new Set(actorsIn(c, 0, pos).map((m) => placeOf(c, m.id)))].filter((id) =>
    PLACE_KINDS.has(c.reg.entities.get(id)?.kind ?? ''),
  );
  if (places.length >= 2) return [places.at(-2)!, places.at(-1)!];
  const visit = c.lastVisit;
  const from = visit?.visitors.find((v) => PLACE_KINDS.has(c.reg.entities.get(v)?.kind ?? ''));
  if (visit && from) return [visit.host, from];
  return c.prevPlaces.length >= 2 ? [c.prevPlaces[0]!, c.prevPlaces[1]!] : undefined;
}
