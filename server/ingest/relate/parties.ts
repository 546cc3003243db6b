// Who the phrases of a clause name: the mentions inside a span of the parse, the most specific of
// the places ("Quang Ninh province's border city of Mong Cai" is Mong Cai), and the sides a
// relation wants (bodies for signatories, officials for meetings, places for visits).
import type { Mention } from '../recognise/mentions.ts';
import type { Span } from './clauses.ts';
import { PLACE_KINDS, type Ctx } from './context.ts';

/**
 * Mentions inside a span (titles and names within it included), without demonyms. An official whose
 * title starts inside the span belongs to it even where the parse hung the name elsewhere
 * ("received the visiting President of … Liu Xiaokai"), and so does a name holding the span's head.
 */
export function mentionsIn(c: Ctx, span: Span | undefined): Mention[] {
  if (!span) return [];
  const titled = (m: Mention) =>
    m.kind === 'Official' && m.titleSpan && m.titleSpan.start >= span.start && m.titleSpan.start < span.end;
  // A name the parse split ("Huaxin Electronics Co., Ltd." as two subjects) belongs where its head word is.
  const holdsHead = (m: Mention) => m.start <= span.head.start && span.head.end <= m.end && m.kind !== 'Official';
  return c.a.mentions.filter(
    (m) => ((m.start >= span.start && m.end <= span.end) || titled(m) || holdsHead(m)) && !m.weak,
  );
}

export function mentionsInAll(c: Ctx, spans: Span[] | undefined): Mention[] {
  return (spans ?? []).flatMap((s) => mentionsIn(c, s));
}

/** Is `inner` inside `outer`: the article said so (a LOCATED_IN drafted so far) or the gazetteer does. */
export function isInside(c: Ctx, inner: string, outer: string): boolean {
  if (inner === outer) return false;
  const seen = new Set<string>();
  const queue = [inner];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const r of c.out) if (r.type === 'LOCATED_IN' && r.from === id) queue.push(r.to);
    const e = c.reg.entities.get(id);
    if (e?.locatedIn) queue.push(e.locatedIn);
    for (const a of c.reg.gaz.ancestors(id)) queue.push(a.id);
  }
  return seen.has(outer);
}

/** Places without the ones that contain another of them ("Fangcheng of China": Fangcheng). */
export function mostSpecific(c: Ctx, ids: string[]): string[] {
  const unique = [...new Set(ids)];
  return unique.filter((o) => !unique.some((i) => isInside(c, i, o)));
}

/** The country a place is in, by its entity, its stated container or the gazetteer. */
export function countryOf(c: Ctx, id: string): string | undefined {
  const e = c.reg.entities.get(id);
  if (e?.country) return e.country;
  for (const r of c.out) if (r.type === 'LOCATED_IN' && r.from === id) return countryOf(c, r.to);
  return undefined;
}

const isPlace = (c: Ctx, id: string) => PLACE_KINDS.has(c.reg.entities.get(id)?.kind ?? '');
const kindOf = (c: Ctx, id: string) => c.reg.entities.get(id)?.kind;

/** Places named in a phrase, most specific first-level only, in order. */
export function placesIn(c: Ctx, ms: Mention[]): string[] {
  return mostSpecific(
    c,
    ms.filter((m) => isPlace(c, m.id)).map((m) => m.id),
  );
}

/** Officials named in a phrase (not inside someone else's title). */
export function officialsIn(ms: Mention[]): string[] {
  return [...new Set(ms.filter((m) => m.kind === 'Official' && !m.inTitle).map((m) => m.id))];
}

/**
 * The parties a phrase names, for a signing: the bodies it names (in the signatories' titles too),
 * else companies, else places; an unnamed body ("the provincial People's Committee") is its place.
 */
export function signatoriesIn(c: Ctx, ms: Mention[]): string[] {
  const ids = (kind: string) => [
    ...new Set(ms.filter((m) => kindOf(c, m.id) === kind && !m.unnamedBody).map((m) => m.id)),
  ];
  const bodies = ids('Organization').filter((id) => !c.reg.gaz.get(id));
  if (bodies.length) return bodies;
  const companies = ids('Company');
  if (companies.length) return companies;
  const places = placesIn(c, ms);
  const local = places.filter((p) => kindOf(c, p) !== 'Country');
  return local.length ? local : places;
}

/** "the two sides", "they", "both provinces": a phrase that names no party but points back at two. */
export function isTwoSides(text: string): boolean {
  return /^(?:the\s+)?(?:two\s+|both\s+)?(?:sides|parties|provinces|localities|cities|districts|regions|countries)$|^(?:they|both|both sides)$/i.test(
    text.trim(),
  );
}

/**
 * The two sides a "they"/"the two sides" refers to: the most specific localities of the last
 * sentence that named several, one from each side of the border when it can.
 */
export function sidesBefore(c: Ctx): [string, string] | undefined {
  const places = mostSpecific(c, c.prevPlaces);
  const home = places.find((p) => countryOf(c, p) === 'VN');
  const abroad = places.find((p) => countryOf(c, p) && countryOf(c, p) !== 'VN');
  if (home && abroad) return [home, abroad];
  return places.length >= 2 ? [places[0]!, places[1]!] : undefined;
}
