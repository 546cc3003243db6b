// VISITED: visits, trips and delegations ("paid a working visit to X", "sent 12 delegations to X",
// "welcomed 7 delegations of X").
import { readCount } from '../recognise/lexicon.ts';
import {
  PLACE_KINDS,
  actorsIn,
  firstAfter,
  listAfter,
  placeOf,
  postPlace,
  push,
  subjectBefore,
  type Ctx,
} from './context.ts';

export function visited(c: Ctx) {
  visitPhrases(c);
  delegations(c);
}

/** "paid a working visit to X", "visited X", "a visit to X", "trip to X" */
function visitPhrases(c: Ctx) {
  const text = c.a.sentence.text;
  // "paid a working visit to X", "visited X", "a visit to X", "trip to X"
  for (const m of text.matchAll(
    /\b(?:(?:paid|pays|paying|made|makes|on|during|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\s+to|visit(?:ed|s|ing)?|arrived in|travell?ed to|toured)\s+(?:to\s+)?/g,
  )) {
    const target = firstAfter(c, m.index + m[0].length, PLACE_KINDS);
    if (!target || target.start - (m.index + m[0].length) > 60) continue;
    // "a working visit to Shenzhen and Dongguan in Guangdong": every place of the list.
    const targets = listAfter(c, target.start, { countries: true }).filter((t) => PLACE_KINDS.has(t.kind));
    const visitors = new Set<string>();
    // "a visit to Quảng Ninh by a delegation of Fangchenggang (led by P)"
    const by = text
      .slice(target.end)
      .match(
        /^\s*(?:province|city|Province|City)?\s*by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:delegation\s+(?:of|from)\s+)?/,
      );
    const guest = by ? firstAfter(c, target.end + by[0].length) : undefined;
    // "P, who is on a working visit to X": the one the relative clause describes.
    const whoAt = text.slice(0, m.index).search(/,\s+who\b[^,]*$/);
    const described = whoAt > 0 ? actorsIn(c, 0, whoAt).at(-1) : undefined;
    const subject =
      guest && guest.start === target.end + by![0].length
        ? guest.id
        : described && !text.slice(described.end, whoAt).trim()
          ? described.id
          : subjectBefore(c, m.index, [target.id]);
    if (subject) visitors.add(placeOf(c, subject));
    // "A delegation from X led by P": both the locality and its leader went.
    const led = text.match(/\bled by\s+/);
    if (led) {
      const leader = firstAfter(c, led.index! + led[0].length, new Set(['Official']));
      if (leader && (leader.start < m.index || guest)) visitors.add(leader.id);
    }
    // "Chinese tourists visited X"
    if (!visitors.size) {
      const who = text
        .slice(0, m.index)
        .match(/\b(\p{Lu}\p{Ll}+)\s+(?:tourists|visitors|delegations|businesses|investors|students)\s+$/u);
      const country = who && c.reg.gaz.demonym(who[1]!);
      if (country && c.reg.entities.has(country.id)) visitors.add(country.id);
    }
    for (const v of visitors)
      for (const t of targets.length ? targets : [target])
        push(c, { type: 'VISITED', from: v, to: t.id, confidence: 0.7 });
    if (visitors.size) c.lastVisit = { visitors: [...visitors], host: target.id };
  }
}

/** "organized 12 delegations ... to Guangxi", "sending delegations to work in Singapore", "welcomed 7 delegations of Guangxi" */
function delegations(c: Ctx) {
  const text = c.a.sentence.text;
  // "organized 12 delegations ... to Guangxi", "sending delegations to work in Singapore and the US"
  for (const m of text.matchAll(
    /\b(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+)?(?:[\w-]+\s+){0,2}delegations?\b/g,
  )) {
    const word = m[0].match(/delegations?$/)![0];
    const before = text
      .slice(Math.max(0, m.index - 30), m.index + m[0].length - word.length)
      .replace(/(?:\b(?:a|an|the|\d+|many|several|high-ranking|provincial-level|[\w-]+-level)\s+)+$/, '');
    const after = text.slice(m.index + m[0].length);
    const count = readCount(m[1]);
    if (/\b(?:welcomed|received|hosted|welcoming|receiving|hosting)\s+$/.test(before)) {
      // "welcomed 7 delegations of Guangxi": they came here.
      const of = after.match(/^\s+(?:of|from)\s+/);
      const guest = of ? firstAfter(c, m.index + m[0].length + of[0].length) : undefined;
      const host = homeOf(c, subjectBefore(c, m.index));
      if (guest && host) {
        push(c, { type: 'VISITED', from: placeOf(c, guest.id), to: placeOf(c, host), count, confidence: 0.65 });
        const led = text
          .slice(guest.end, guest.end + 25)
          .match(/^\s*(?:Province|province|City|city)?\s*,?\s*led by\s+/);
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
    if (
      !to ||
      !/\b(?:sent|send|sending|organi[sz]ed|organi[sz]ing|led|dispatched)\b/.test(text.slice(0, m.index + m[0].length))
    )
      continue;
    // "to Vietnamese provinces": a demonym stands for its country.
    const targets = listAfter(c, m.index + m[0].length + to[0].length, { countries: true, weak: true }).filter(
      (t) =>
        PLACE_KINDS.has(t.kind) &&
        (!t.weak || /^\s+(?:provinces|localities|cities|partners)\b/.test(text.slice(t.end))),
    );
    // The sender is the actor right before the verb ("Liu said Guangxi would send …"), else the clause's subject.
    const verbAt = [
      ...text
        .slice(0, m.index + m[0].length)
        .matchAll(/\b(?:sent|send|sending|organi[sz]ed|organi[sz]ing|led|dispatched)\b/g),
    ].at(-1)!.index;
    const near = actorsIn(c, 0, verbAt).at(-1);
    const from =
      near && !/[,;]/.test(text.slice(near.end, verbAt)) && !targets.some((t) => t.id === near.id)
        ? near.id
        : subjectBefore(
            c,
            m.index,
            targets.map((t) => t.id),
          );
    if (!from) continue;
    for (const t of targets) push(c, { type: 'VISITED', from: placeOf(c, from), to: t.id, count, confidence: 0.6 });
  }
}

/** Where an official stands for: the place of the body of their post, else the article's province. */
function homeOf(c: Ctx, id: string | undefined): string | undefined {
  const e = id ? c.reg.entities.get(id) : undefined;
  if (!e || e.kind !== 'Official') return id;
  return postPlace(c, e.id) ?? c.reg.focusProvince;
}
