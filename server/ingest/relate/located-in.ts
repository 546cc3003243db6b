// LOCATED_IN, two kinds of it:
//   - stated by the article, by the shape of the words around two mentions: "Longzhou county in
//     China's Guangxi province", "Quang Hoa's Ta Lung town", "Fangcheng of China", "JiaWei
//     Corporation from Taiwan", "Binh Duong-based Thu Dau Mot University", "Hekou District (Yunnan,
//     China)", "Mong Cai City, in the northern border province of Quang Ninh". Only the most specific
//     container the words give; a province in its country is not stated news, so not drafted.
//   - from reference data (the gazetteer: Hekou is in Yunnan) or a body's own name (the People's
//     Committee of Bắc Ninh is Bắc Ninh's): `basis: reference` with its source and no quote, and
//     only where the article states nothing itself.
import type { Register } from '../recognise/mentions.ts';
import type { Mention } from '../recognise/mentions.ts';
import { PLACE_KINDS, push, type Ctx, type DraftRelation } from './context.ts';

const CONTAINED_KINDS = new Set(['City', 'Province', 'Company', 'Organization', 'Event']);
/** Lower-case words that may sit between a preposition and the place ("the northern border province of"). */
const DESCRIPTORS = String.raw`(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?:(?:province|city|region|prefecture|county|district)\s+of\s+)?`;

/** How the words between X and its container P read, X first. */
const X_THEN_P: { re: RegExp; kinds?: Set<string>; known?: boolean }[] = [
  // "X in P", "X, in the northern province of P", "X, held in P"
  {
    re: new RegExp(
      String.raw`^\s*(?:province|city|county|district|town|prefecture)?\s*,?\s+(?:(?:held|located|situated|based|headquartered)\s+)?in\s+${DESCRIPTORS}$`,
      'u',
    ),
  },
  // "X of P" (no descriptors: "the Lao province of Champasak" names the province, not a container)
  { re: /^\s*(?:province|city|county|district|town|prefecture)?\s+of\s+$/u },
  // "X from P" (companies and bodies only: a delegation "from" a place is not located there)
  { re: /^\s*,?\s+from\s+(?:the\s+)?$/u, kinds: new Set(['Company', 'Organization']) },
  // "X (P)", "X (P, China)"
  { re: /^\s*(?:province|city|county|district|town|prefecture)?\s*\(\s*$/u },
  // "Nanning City, Guangxi Autonomous Region": apposition, only where the gazetteer knows both
  // (else "Hanoi, Haiphong" would read as one inside the other)
  { re: /^\s*(?:province|city|county|district|town|prefecture)?\s*,\s+$/u, known: true },
];
/** The words between P and X, P first: "P's X", "P's border city of X", "P-based X". */
const P_THEN_X = new RegExp(
  String.raw`^(?:\s*(?:province|city|region|prefecture)?\s*['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:(?:city|province|district|county|town)\s+of\s+)?|-based\s+)$`,
  'u',
);

/** Where a mention's name ends: "China’s" is one word, its possessive is the words' business. */
const nameEnd = (m: Mention) => m.end - (/['’]s?$/.test(m.surface) ? (m.surface.endsWith('s') ? 2 : 1) : 0);

export function statedLocations(c: Ctx) {
  const text = c.a.sentence.text;
  // Places inside titles count too ("Secretary of the Party Committee of Dongxing city in China's Guangxi province").
  const ms = c.a.mentions.filter(
    (m) => !m.weak && !m.unnamedBody && (PLACE_KINDS.has(m.kind) || (!m.inTitle && !m.nested)),
  );
  const found = new Map<string, { to: string; quote: string }>();
  const propose = (x: Mention, p: Mention, quoteFrom: number, quoteTo: number) => {
    if (!allowed(c, x, p)) return;
    const prev = found.get(x.id);
    // The most specific container: a place inside the one found before replaces it.
    if (prev && !c.reg.gaz.ancestors(p.id).some((a) => a.id === prev.to)) return;
    found.set(x.id, { to: p.id, quote: text.slice(quoteFrom, quoteTo) });
  };
  for (const x of ms) {
    if (!CONTAINED_KINDS.has(x.kind)) continue;
    const after = ms.filter((p) => p.start >= x.end && PLACE_KINDS.has(p.kind));
    for (const { re, kinds, known } of X_THEN_P) {
      if (kinds && !kinds.has(x.kind)) continue;
      const p = after.find(
        (q) => re.test(text.slice(x.end, q.start)) && (!known || (c.reg.gaz.get(x.id) && c.reg.gaz.get(q.id))),
      );
      if (!p) continue;
      const inner = innermost(c, p, ms);
      // "Hekou District (Yunnan, China)": the quote closes the bracket it opened.
      const close = /\($/.test(text.slice(x.end, p.start).trimEnd())
        ? (text.slice(inner.end).match(/^[^()]{0,30}\)/)?.[0].length ?? 0)
        : 0;
      propose(x, inner, x.start, inner.end + close);
      // "Dongxing city and Fangcheng of China": the container holds the whole list.
      for (const y of listBefore(c, x, ms)) propose(y, inner, y.start, inner.end + close);
      break;
    }
  }
  for (const p of ms) {
    if (!PLACE_KINDS.has(p.kind)) continue;
    const x = ms.find(
      (q) => q.start >= p.end && CONTAINED_KINDS.has(q.kind) && P_THEN_X.test(text.slice(nameEnd(p), q.start)),
    );
    if (x) propose(x, p, p.start, x.end);
  }
  // "Weifang City … is the second-largest … in Shandong Province": a ranking within the place that contains it.
  for (const x of ms) {
    if (!PLACE_KINDS.has(x.kind) || found.has(x.id)) continue;
    const p = ms.find((q) => q.start > x.end && c.reg.gaz.ancestors(x.id).some((a) => a.id === q.id));
    const between = p ? text.slice(x.end, p.start) : '';
    if (
      p &&
      /\b(?:is|was|being|ranks?|ranked|remains)\b[^;]*\b(?:largest|biggest|second|third|leading|top|\w+est)\b[^;]*\bin\s+(?:the\s+)?$/.test(
        between,
      )
    )
      propose(x, p, x.start, p.end);
  }
  // "the Vietnamese Consulate General in Shanghai": a body whose name says where it sits.
  for (const x of ms) {
    if (x.kind !== 'Organization' || found.has(x.id)) continue;
    const inner = c.a.mentions.filter(
      (p) =>
        PLACE_KINDS.has(p.kind) && p.start > x.start && p.end <= x.end && /\bin\s+$/.test(text.slice(x.start, p.start)),
    );
    if (inner.length) propose(x, inner.at(-1)!, x.start, x.end);
  }
  for (const [from, { to, quote }] of found) push(c, { type: 'LOCATED_IN', from, to, quote, confidence: 0.75 });
}

/** "in China's Guangxi province", "in Shanghai, China", "(Yunnan, China)": the most specific place of the phrase. */
function innermost(c: Ctx, p: Mention, ms: Mention[]): Mention {
  const text = c.a.sentence.text;
  let cur = p;
  for (;;) {
    const gap = (q: Mention) => text.slice(nameEnd(cur), q.start);
    const next = ms.find(
      (q) => q.start >= cur.end && PLACE_KINDS.has(q.kind) && P_THEN_X.test(gap(q)) && !/-based/.test(gap(q)),
    );
    if (!next) return cur;
    cur = next;
  }
}

/** Places listed right before x with "and" or commas ("Dongxing city and Fangcheng"). */
function listBefore(c: Ctx, x: Mention, ms: Mention[]): Mention[] {
  const text = c.a.sentence.text;
  const out: Mention[] = [];
  let cur = x;
  for (;;) {
    const prev = ms.filter((m) => m.end <= cur.start && m.kind === x.kind).at(-1);
    if (
      !prev ||
      !/^\s*(?:city|province|county|district|town)?\s*(?:,|,?\s+and)\s+$/u.test(text.slice(prev.end, cur.start))
    )
      return out;
    out.push(prev);
    cur = prev;
  }
}

/** A province-level unit in its country is not news; a container must agree with the gazetteer. */
function allowed(c: Ctx, x: Mention, p: Mention): boolean {
  if (x.id === p.id) return false;
  const gaz = c.reg.gaz;
  const place = gaz.get(x.id);
  const container = gaz.get(p.id);
  if (p.kind === 'Country' && (x.kind === 'Province' || (place && place.parent === p.id && PLACE_KINDS.has(x.kind))))
    return false;
  if (place && container && PLACE_KINDS.has(x.kind)) return gaz.ancestors(x.id).some((a) => a.id === p.id);
  const body = c.reg.entities.get(x.id);
  if (body?.locatedIn && container)
    return body.locatedIn === p.id || gaz.ancestors(body.locatedIn).some((a) => a.id === p.id);
  return true;
}

/**
 * Places inside places and bodies inside their place, from reference data, when both are in the
 * article and the article does not say so itself: basis reference, with the source and no quote.
 */
export function locatedByReference(reg: Register, out: DraftRelation[]) {
  for (const e of reg.entities.values()) {
    if (out.some((r) => r.type === 'LOCATED_IN' && r.from === e.id)) continue;
    let target = e.locatedIn;
    // The nearest ancestor the article names: Weifang -> Shandong, or China if Shandong is absent.
    while (target && !reg.entities.has(target)) target = reg.gaz.get(target)?.parent;
    if (!target || target === e.id || !e.locatedBy) continue;
    // Past the gazetteer parent ("Weifang -> China" when Shandong is not named), the gazetteer says it.
    const referenceSource =
      target === e.locatedIn ? e.locatedBy : `gazetteer (${reg.gaz.get(e.locatedIn!)?.source ?? 'seeds/gazetteer'})`;
    out.push({ type: 'LOCATED_IN', from: e.id, to: target, basis: 'reference', referenceSource, confidence: 0.9 });
  }
}
