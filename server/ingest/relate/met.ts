// MET: meetings, talks, working sessions and receptions.
import { PLACE_KINDS, actorsIn, firstAfter, listAfter, push, subjectBefore, type Ctx } from './context.ts';

export function met(c: Ctx) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(
    /\b(?:(?:held|hold|holds|had|has)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:meetings?|talks|working sessions?)\s+with|(?:meeting|meetings|talks|working session|phone call|courtesy call)\s+with|met(?:\s+with)?|received|receives|hosted a reception for)\s+/gi,
  )) {
    const from = m.index + m[0].length;
    let other: string | undefined;
    if (/^(?:the\s+)?provincial\s+(?:leaders|officials|authorities)/.test(text.slice(from)) && c.reg.focusProvince)
      other = c.reg.focusProvince;
    else {
      const o = firstAfter(c, from);
      // The counterpart may come after their title ("talks with Secretary of … Nguyễn Văn Thành").
      // "met investors in X": X is where, not whom.
      const where = o && /\b(?:in|at|on)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(from, o.start));
      if (o && !where && (o.start - from < 40 || (o.titleSpan && o.titleSpan.start - from < 10))) other = o.id;
      // "received a delegation from Yunnan led by Zhou Min": the leader is the one met.
      const led = o && text.slice(o.end, o.end + 25).match(/^\s*(?:Province|province|City|city)?\s*,?\s*led by\s+/);
      const leader = led && firstAfter(c, o!.end + led.index! + led[0].length, new Set(['Official']));
      if (leader && leader.start - (o!.end + led!.index! + led![0].length) < 40) other = leader.id;
    }
    if (!other) continue;
    let subject =
      subjectBefore(c, m.index, [other]) ?? actorsIn(c, from).find((x) => x.id !== other && x.kind === 'Official')?.id;
    // "the delegation held talks with …": the leader (or locality) of the last visit.
    if (!subject && /\b(?:the|The) delegation\b/.test(text.slice(0, m.index)) && c.lastVisit) {
      subject = c.lastVisit.visitors.find((v) => c.reg.entities.get(v)?.kind === 'Official') ?? c.lastVisit.visitors[0];
    }
    // "a delegation of X led by P …, where they held talks": the leader speaks for the delegation.
    const ledBy = text.slice(0, m.index).match(/\bled by\s+/);
    const leaderOfSubject = ledBy && firstAfter(c, ledBy.index! + ledBy[0].length, new Set(['Official']));
    if (
      subject &&
      leaderOfSubject &&
      leaderOfSubject.start < m.index &&
      c.reg.entities.get(subject)?.kind !== 'Official'
    )
      subject = leaderOfSubject.id;
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
        if (e?.kind === 'Official' && e.country && placeCountry && e.country !== placeCountry)
          push(c, { type: 'VISITED', from: who, to: place.id, confidence: 0.5 });
      }
    }
  }
  // "At the reception for the Chinese delegation, <official> noted …": met the delegation of the last visit.
  receptionOfDelegation(c);
  // "Receiving the delegation, <official> said …": met the leader of the last visit.
  const receiving = text.match(
    /\b(?:Receiving|Welcoming|Meeting|received|welcomed|hosted)\s+the\s+(?:[\w-]+\s+)?delegation\b/,
  );
  if (receiving && c.lastVisit) {
    const host = actorsIn(c, 0).find((x) => x.kind === 'Official');
    const guest =
      c.lastVisit.visitors.find((v) => c.reg.entities.get(v)?.kind === 'Official') ?? c.lastVisit.visitors[0];
    if (host && guest && host.id !== guest && !c.lastVisit.visitors.includes(host.id))
      push(c, { type: 'MET', from: host.id, to: guest, confidence: 0.55 });
  }
  // "talks on April 10 between A and B"
  for (const m of text.matchAll(
    /\b(?:talks|meetings?|working sessions?|discussions)\s+(?:[^\s,;.]+\s+){0,4}?between\s+/gi,
  )) {
    const list = listAfter(c, m.index + m[0].length);
    const a = list.find((x) => x.kind === 'Official' || x.kind === 'Organization') ?? list[0];
    const b =
      list.find((x) => x !== a && (x.kind === 'Official' || x.kind === 'Organization')) ?? list.find((x) => x !== a);
    if (a && b) push(c, { type: 'MET', from: a.id, to: b.id, confidence: 0.65 });
  }
}

/** "At the reception for the (Chinese) delegation, <official> …": the official met its leader, else its localities. */
function receptionOfDelegation(c: Ctx) {
  const text = c.a.sentence.text;
  const m = text.match(
    /\b(?:At|During)\s+(?:the|a)\s+(?:reception|meeting|working session|banquet)\s+(?:for|with|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?delegation\b/u,
  );
  if (!m || !c.lastVisit) return;
  const host = actorsIn(c, m.index! + m[0].length).find((x) => x.kind === 'Official');
  if (!host || c.lastVisit.visitors.includes(host.id)) return;
  const leader = c.lastVisit.visitors.find((v) => c.reg.entities.get(v)?.kind === 'Official');
  for (const guest of leader ? [leader] : c.lastVisit.visitors)
    push(c, { type: 'MET', from: host.id, to: guest, confidence: 0.55 });
}

/**
 * "Leaders of the two cities reached consensus … at their talks": the two sides' leaders met. They
 * are the officials the story named last before this sentence, one from each country; with no
 * such pair, nothing (the sides alone do not say who met).
 */
export function leadersOfTheTwoSides(c: Ctx) {
  const text = c.a.sentence.text;
  const leaders = text.match(
    /\b(?:[Ll]eaders|[Hh]eads) of (?:the|both) (?:two )?(?:cities|provinces|localities|sides|regions)\b/,
  );
  if (!leaders || !/\b(?:talks|met|meetings?|working sessions?|phone call)\b/.test(text.slice(leaders.index!))) return;
  const before = c.a.sentence.start;
  const named = [...c.reg.entities.values()]
    .filter((e) => e.kind === 'Official' && e.firstSeen < before && e.country)
    .sort((a, b) => b.firstSeen - a.firstSeen);
  const first = named[0];
  const second = first && named.find((e) => e.country !== first.country);
  if (first && second) push(c, { type: 'MET', from: second.id, to: first.id, confidence: 0.5 });
}
