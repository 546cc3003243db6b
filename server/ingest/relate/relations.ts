// Relation rules: each reads one sentence (its mentions and its wording) and proposes facts, one
// file per edge type. They are written for patterns of news wording, not for any one article:
// "X signed <document> with Y", "<document> between X and Y", "paid a working visit to X",
// "held meetings with X", "<company> accounts for US$N", "participate in <event>", "a strategic
// partner of X", ...
import type { DateRange } from '../read/dates.ts';
import type { Analysis } from '../recognise/analyze.ts';
import { attended } from './attended.ts';
import { postPlace, type Ctx, type DraftRelation } from './context.ts';
import { isInside } from './parties.ts';
import { headlineInvestment } from './headline.ts';
import { holdsPost } from './holds-post.ts';
import { invested, investPropsOf } from './invested-in.ts';
import { locatedByReference, statedLocations } from './located-in.ts';
import { leadersOfTheTwoSides, met } from './met.ts';
import { partnerOf } from './partner-of.ts';
import { documentsIn, signed } from './signed.ts';
import { ParseView } from './clauses.ts';
import { investedFromParse, metFromParse, signedFromParse, visitedFromParse } from './from-parse.ts';
import { visited } from './visited.ts';
import { fromKbp } from './from-kbp.ts';

export type { DraftRelation };

/** A sentence that goes on about the event the one before dated ("On the same day", "At the talks", "The two sides"). */
const REFERS_BACK =
  /^(?:[\p{L}\s,]{0,20}\b)?(?:on the same day|on that day|on this occasion|on the occasion|(?:at|during|after|following) (?:the|this|their) (?:meeting|talks|ceremony|reception|event|session|working session|visit|trip|forum|conference)|(?:the two|both) sides|they)\b/iu;

/** A day within the year before publication (any day when the publication date is unknown). */
function isStoryDay(date: string, published: string | undefined): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return false;
  if (!published) return true;
  const days = (Date.parse(published.padEnd(10, '-12-31').slice(0, 10)) - Date.parse(date)) / 86_400_000;
  return days >= -1 && days <= 366;
}

/** `published`: the article's date; `headline`: its headline (not a sentence of the story, so read apart). */
export function draftRelations(analysis: Analysis, published?: string, headline?: string): DraftRelation[] {
  const reg = analysis.register;
  const out: DraftRelation[] = [];
  const countries = [...reg.entities.values()]
    .filter((e) => e.kind === 'Country')
    .sort((a, b) => b.mentions - a.mentions);
  const pair: [string, string] | undefined = countries.length >= 2 ? [countries[0]!.id, countries[1]!.id] : undefined;
  const ctx: Ctx = {
    a: analysis.sentences[0]!,
    sentences: analysis.sentences,
    reg,
    out,
    pair,
    prevPlaces: [],
    published,
  };
  let lastDay: { date: DateRange; at: number } | undefined;
  for (const a of analysis.sentences) {
    ctx.a = a;
    // A period the document covers is no day of the act; "At the meeting …" took place on the meeting's
    // day, when a sentence just before dated it (an older day further back is the story's background).
    const own = a.date && !a.date.covers ? a.date : undefined;
    const near = lastDay && a.sentence.index - lastDay.at <= 2 ? lastDay.date : undefined;
    ctx.actDate = own ?? (REFERS_BACK.test(a.sentence.text) ? near : undefined);
    if (own && isStoryDay(own.date, published)) lastDay = { date: own, at: a.sentence.index };
    const view = (ctx.view = a.parse?.tokens.length ? new ParseView(a.parse) : undefined);
    // Containers first: the other rules want the most specific place of a phrase.
    statedLocations(ctx);
    // Who did what to whom from the parse where it reads a clause; the wording rules otherwise.
    if (!(view && signedFromParse(ctx, view, documentsIn))) signed(ctx);
    partnerOf(ctx);
    if (!(view && visitedFromParse(ctx, view))) visited(ctx);
    if (!(view && metFromParse(ctx, view))) met(ctx);
    // "Leaders of the two cities … at their talks": who they are comes from the sentences before.
    leadersOfTheTwoSides(ctx);
    invested(ctx, Boolean(view && investedFromParse(ctx, view, investPropsOf)));
    attended(ctx);
    ctx.lastEvent = a.mentions.filter((m) => m.kind === 'Event').at(-1)?.id ?? ctx.lastEvent;
    const places = sidesNamed(ctx, a);
    if (places.length >= 2) ctx.prevPlaces = places;
    ctx.lastOfficial = a.mentions.filter((m) => m.kind === 'Official').at(-1)?.id ?? ctx.lastOfficial;
  }
  ctx.actDate = undefined;
  headlineInvestment(ctx, headline);
  holdsPost(reg, out, analysis);
  // KBP's relations (engine run with kbp) after the rules: only what they did not already draft.
  for (const a of analysis.sentences) {
    ctx.a = a;
    fromKbp(ctx);
  }
  locatedByReference(reg, out);
  return dedupe(withoutHostVisits(ctx));
}

/**
 * The localities a sentence names as sides, for "the two sides" in the next one. Places in titles count
 * ("Secretary of … Binh Duong province … with … Governor of … Champasak"), and so do the places of the
 * posts of the officials it names ("X met Nguyen Van A", whose post an earlier sentence gave); the place
 * where they met ("… received … in Mong Cai city", "at Nanning") does not, when two sides are named without it.
 */
function sidesNamed(c: Ctx, a: Analysis['sentences'][number]): string[] {
  const places = a.mentions.filter((m) => (m.kind === 'Province' || m.kind === 'City') && !m.weak && !m.unnamedBody);
  const venue = (m: (typeof places)[number]) =>
    !m.inTitle && /\b(?:in|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(a.sentence.text.slice(0, m.start));
  const ids = (ms: typeof places) => [...new Set(ms.map((m) => m.id))];
  const sides = ids(places.filter((m) => !venue(m)));
  if (sides.length >= 2) return sides;
  const posts = a.mentions
    .filter((m) => m.kind === 'Official' && !m.nested)
    .sort((x, y) => x.start - y.start)
    .map((m) => postPlace(c, m.id))
    .filter((p): p is string => Boolean(p));
  const withPosts = [...new Set([...sides, ...posts])];
  return withPosts.length >= 2 ? withPosts : ids(places);
}

/** A host is no visitor: an official does not visit the place of their own post, nor a place containing it. */
function withoutHostVisits(c: Ctx): DraftRelation[] {
  return c.out.filter((r) => {
    if (r.type !== 'VISITED' || c.reg.entities.get(r.from)?.kind !== 'Official') return true;
    const home = postPlace(c, r.from);
    return !home || (home !== r.to && !isInside(c, home, r.to));
  });
}

/** One fact per (type, ends, document, quote): rules may find the same thing twice. */
function dedupe(rs: DraftRelation[]): DraftRelation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const key = [r.type, r.from, r.to, 'document' in r ? r.document : '', r.quote, r.date ?? '', r.count ?? ''].join(
      '|',
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
