// LOCATED_IN: events and companies placed by the article's wording ("held in X", "X-based",
// "of X"); places and bodies inside their place from the register.
import type { Register } from '../recognise/mentions.ts';
import { PLACE_KINDS, firstAfter, push, type Ctx, type DraftRelation } from './context.ts';

export function locatedByWording(c: Ctx) {
  const text = c.a.sentence.text;
  for (const m of c.a.mentions) {
    if (m.nested || (m.kind !== 'Event' && m.kind !== 'Company')) continue;
    const after = text.slice(m.end).match(m.kind === 'Event' ? /^(?:\s+[a-z-]+){0,3},?\s+(?:(?:held|taking place)\s+)?in\s+/ : /^,?\s+(?:(?:based|headquartered)\s+)?(?:in|from|of)\s+/);
    if (!after) continue;
    const place = firstAfter(c, m.end + after[0].length, PLACE_KINDS);
    if (place && place.start === m.end + after[0].length) push(c, { type: 'LOCATED_IN', from: m.id, to: place.id, confidence: 0.7 });
  }
}


/** Places inside places, bodies inside their place: from the gazetteer, when both are in the article. */
export function locatedByRegister(reg: Register, out: DraftRelation[]) {
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
