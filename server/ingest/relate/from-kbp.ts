// Extra candidates from CoreNLP's KBP relation extractor (only when the engine runs with kbp,
// CORRIDOR_NLP_KBP=true): its TAC KBP slots that fit the model are mapped onto our edge types,
// both ends must be entities our recognisers placed in the sentence, with a kind the edge allows,
// and a fact the rules already drafted is never drafted twice. The quote is the stretch of the
// sentence from one end to the other, so the article states what the fact cites.
import type { KbpRelation } from '../engine/annotation.ts';
import type { NodeKind } from '../../../common/model.ts';
import type { Mention } from '../recognise/mentions.ts';
import { PLACE_KINDS, push, type Ctx } from './context.ts';

type Mapped = { type: 'HOLDS_POST' | 'LOCATED_IN'; official: 'subject' | 'object' | null };

/** KBP slot -> our edge; `official` says which end is the person for HOLDS_POST. */
export const KBP_SLOTS: Record<string, Mapped> = {
  'per:employee_or_member_of': { type: 'HOLDS_POST', official: 'subject' },
  'org:top_members_employees': { type: 'HOLDS_POST', official: 'object' },
  'org:city_of_headquarters': { type: 'LOCATED_IN', official: null },
  'org:stateorprovince_of_headquarters': { type: 'LOCATED_IN', official: null },
  'org:country_of_headquarters': { type: 'LOCATED_IN', official: null },
};

const BODY_KINDS = new Set<NodeKind>(['Organization', 'Company']);
/** KBP's confidence is scaled down: a statistical guess ranks below the rules' own readings. */
const CONFIDENCE_SCALE = 0.6;
const MIN_CONFIDENCE = 0.5;

/** The entity mention most overlapping a KBP span, among those of the kinds wanted. */
function mentionAt(c: Ctx, span: KbpRelation['subject'], kinds: Set<NodeKind>): Mention | undefined {
  let best: Mention | undefined;
  let bestOverlap = 0;
  for (const m of c.a.mentions) {
    if (!kinds.has(m.kind) || m.weak) continue;
    const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [m, overlap];
  }
  return best;
}

const quoteOf = (c: Ctx, a: Mention, b: Mention) =>
  c.a.sentence.text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end));

/** Reads the sentence's KBP relations into HOLDS_POST and LOCATED_IN candidates; returns how many it drafted. */
export function fromKbp(c: Ctx): number {
  let drafted = 0;
  for (const k of c.a.parse?.kbp ?? []) {
    const mapped = KBP_SLOTS[k.rel];
    if (!mapped || k.confidence < MIN_CONFIDENCE) continue;
    const ends =
      mapped.type === 'HOLDS_POST'
        ? holdsPostEnds(c, k, mapped.official === 'subject')
        : locatedInEnds(c, k.subject, k.object);
    if (!ends) continue;
    const [from, to] = ends;
    if (
      from.id === to.id ||
      c.out.some(
        (r) => r.type === mapped.type && r.from === from.id && (mapped.type === 'LOCATED_IN' || r.to === to.id),
      )
    )
      continue;
    const quote = quoteOf(c, from, to);
    const title = mapped.type === 'HOLDS_POST' ? titleOf(c, from) : undefined;
    if (mapped.type === 'HOLDS_POST' && !title) continue;
    push(c, {
      type: mapped.type,
      from: from.id,
      to: to.id,
      quote,
      ...(title ? { title } : {}),
      confidence: Math.round(k.confidence * CONFIDENCE_SCALE * 100) / 100,
    });
    drafted++;
  }
  return drafted;
}

function holdsPostEnds(c: Ctx, k: KbpRelation, subjectIsPerson: boolean): [Mention, Mention] | undefined {
  const person = mentionAt(c, subjectIsPerson ? k.subject : k.object, new Set(['Official']));
  const body = mentionAt(c, subjectIsPerson ? k.object : k.subject, new Set([...BODY_KINDS, 'Province', 'City']));
  return person && body ? [person, body] : undefined;
}

function locatedInEnds(
  c: Ctx,
  subject: KbpRelation['subject'],
  object: KbpRelation['object'],
): [Mention, Mention] | undefined {
  const body = mentionAt(c, subject, BODY_KINDS);
  const place = mentionAt(c, object, PLACE_KINDS as Set<NodeKind>);
  return body && place ? [body, place] : undefined;
}

/** The official's title as the recognisers read it (HOLDS_POST needs one). */
function titleOf(c: Ctx, official: Mention): string | undefined {
  const e = c.reg.entities.get(official.id);
  if (e?.title) return e.title;
  const span = official.titleSpan;
  if (!span) return undefined;
  const around = c.a.sentence.text.slice(span.start, span.end).replace(official.surface, '').trim();
  return around.replace(/^[,\s]+|[,\s]+$/g, '') || undefined;
}
