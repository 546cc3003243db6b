// PARTNER_OF: standing cooperation between localities ("cooperation between A and B", "A, a
// strategic partner of B", "Kunming – Lào Cai – Hà Nội economic corridor").
import type { Mention } from '../recognise/mentions.ts';
import { actorsIn, firstAfter, isActor, listAfter, placeOf, push, twoSides, type Ctx } from './context.ts';

const PARTNER_NOUN = /\b(?:partnership|cooperation|friendship|relations|relationship|ties|corridor|collaboration)\b/;
type Pair = [string, string, number];

/** Wishes: "We hope that Kunming …", "is ready to cooperate with …" state no partnership yet. */
const WISH = /\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|ready to|willing to|would like to|looks? forward to)\b/;

export function partnerOf(c: Ctx) {
  if (WISH.test(c.a.sentence.text)) return;
  const pairs: Pair[] = [];
  for (const read of [
    pairsBetween,
    pairsLinking,
    pairsHyphenated,
    pairsOfChains,
    pairsCooperating,
    pairsTradingPartners,
    pairsOfTwoSides,
    pairsPartnerOf,
    pairsAgreedTo,
    pairsCooperatingWith,
  ])
    read(c, pairs);
  const seen = new Set<string>();
  for (const [x, y, conf] of pairs) {
    const [a, b] = [placeOf(c, x), placeOf(c, y)];
    const key = [a, b].sort().join('|');
    if (seen.has(key) || a === b) continue;
    seen.add(key);
    push(c, { type: 'PARTNER_OF', from: a, to: b, confidence: conf });
  }
}

/** "<partnership> between A and B", "<corridor> of the five provinces—A, B, C and D" */
function pairsBetween(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(
    /\b(?:partnership|cooperation|friendship|relations|relationship|ties|corridor|collaboration|[Ww]orking [Gg]roup|mechanism)\b(?:\s+[\w-]+){0,4}?\s+(?:between|among|of the (?:two|three|four|five|six|seven|\d+) (?:provinces|localities|cities|countries|nations|sides)(?: and cities)?)\s*[—–-]?\s*/g,
  )) {
    const from = m.index + m[0].length;
    if (/^the two (?:countries|nations)\b/.test(text.slice(from)) && c.pair) {
      pairs.push([...c.pair, 0.7]);
      continue;
    }
    pairsOfList(c, listAfter(c, from, { countries: true }), pairs);
  }
}

/** "a cooperation zone linking Lạng Sơn with Pingxiang" */
function pairsLinking(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(
    /\b(?:cooperation|partnership|corridor|zone|friendship)\b(?:\s+[\w-]+){0,3}?\s+(?:linking|connecting)\s+/g,
  )) {
    const x = firstAfter(c, m.index + m[0].length);
    const sep = x && text.slice(x.end).match(/^\s*(?:province|city)?\s*(?:with|and|to)\s+/);
    const y = sep ? firstAfter(c, x!.end + sep[0].length) : undefined;
    if (x && y && y.start === x.end + sep![0].length) pairs.push([x.id, y.id, 0.55]);
  }
}

/** "Vietnam-China comprehensive strategic partnership" */
function pairsHyphenated(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(
    /(\p{Lu}[\p{L} ]*?)\s?[-–]\s?(\p{Lu}[\p{L} ]*?)\s+(?:[\w-]+\s+){0,4}(?:partnership|relations|relationship|friendship|cooperation)\b/gu,
  )) {
    const a = c.a.mentions.find((x) => x.start === m.index && isActor(x));
    const b = a && c.a.mentions.find((x) => x.start > a.end && x.start <= a.end + 3 && isActor(x));
    if (a && b) pairs.push([a.id, b.id, 0.7]);
  }
}

/** "Kunming – Lào Cai – Hà Nội – Hải Phòng economic corridor": a dashed chain, then the noun. */
function pairsOfChains(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  const actors = actorsIn(c, 0);
  for (let i = 0; i < actors.length; i++) {
    const chain = [actors[i]!];
    while (
      chain.length + i < actors.length &&
      /^\s*[-–—]\s*$/.test(text.slice(chain.at(-1)!.end, actors[i + chain.length]!.start))
    )
      chain.push(actors[i + chain.length]!);
    if (chain.length < 3) continue;
    if (PARTNER_NOUN.test(text.slice(chain.at(-1)!.end, chain.at(-1)!.end + 40).split(/[,;.]/)[0]!))
      pairsOfList(c, chain, pairs);
    i += chain.length - 1;
  }
}

/** "Lào Cai and Yunnan have maintained close cooperation" */
function pairsCooperating(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  const actors = actorsIn(c, 0);
  for (let i = 0; i + 1 < actors.length; i++) {
    const [x, y] = [actors[i]!, actors[i + 1]!];
    if (!/^\s*(?:province|city)?\s*and\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start))) continue;
    const after = text.slice(y.end, y.end + 70).split(/[,;.]/)[0]!;
    if (
      /^\s*(?:province|city)?\s*(?:have|has|had|will|would|to|continue|agreed|pledged|vowed|maintain|strengthen|promote|enhance|expand|boost|established|set up|forged|upgraded|developed|enjoy|share)\b/i.test(
        after,
      ) &&
      PARTNER_NOUN.test(after) &&
      x.kind !== 'Official' &&
      y.kind !== 'Official'
    )
      pairs.push([x.id, y.id, 0.6]);
  }
}

/** "Guangxi is Viet Nam's largest trading partner" */
function pairsTradingPartners(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(/['’]s\s+(?:[\w-]+\s+){0,3}partner\b/g)) {
    const y = actorsIn(c, 0, m.index + 2).at(-1);
    const x = y && y.end >= m.index && y.end <= m.index + 2 ? actorsIn(c, 0, y.start).at(-1) : undefined;
    if (
      x &&
      y &&
      /^\s*(?:is|was|remains|has become|became)(?:\s+(?:now|still|also|currently))?\s+$/.test(
        text.slice(x.end, y.start),
      )
    )
      pairs.push([x.id, y.id, 0.6]);
  }
}

/** "The two provinces … agreed to strengthen cooperation" */
function pairsOfTwoSides(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  const twoAgreed =
    text.match(
      /\b(?:the two (?:sides|provinces|localities|cities|parties)|both sides)\b[^.;]*?\b(?:agreed|pledged|vowed|decided)\b[^.;]*?\b(?:cooperat|partnership|ties|relations)/i,
    ) ??
    text.match(
      /\b(?:the two (?:sides|provinces|localities|cities|parties)|both sides)\b[^.;]*?\bcooperation (?:projects|programmes|programs|activities|plans?)\b/i,
    );
  // Only when the sentence names no pair itself ("… cooperation between Hải Dương and Guangdong").
  if (twoAgreed && !pairs.length) {
    const two = twoSides(c, twoAgreed.index!);
    if (two) pairs.push([two[0], two[1], 0.55]);
  }
}

/** "X, a strategic partner of Y" */
function pairsPartnerOf(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(/\bpartners? of\s+/g)) {
    const y = firstAfter(c, m.index + m[0].length);
    const x = actorsIn(c, 0, m.index).at(-1);
    if (x && y) pairs.push([x.id, y.id, 0.7]);
  }
}

/** "A and B agreed to focus their cooperation on ..." */
function pairsAgreedTo(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  const agreed = text.match(/\bagreed to\b[^.]*\bcooperat/);
  if (agreed) {
    const before = actorsIn(c, 0, agreed.index!);
    const [x, y] = before.slice(-2);
    if (x && y && /^\s*(?:province|city)?\s*and\s*$/i.test(text.slice(x.end, y.start))) pairs.push([x.id, y.id, 0.6]);
  }
}

/** "X wants to expand cooperation with Y" (Y named right after "with") */
function pairsCooperatingWith(c: Ctx, pairs: Pair[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(
    /\b(?:cooperation(?:\s+(?:agreement|deal|pact|accord|memorandum))?|cooperate|collaborate|work|partner|partnership|ties|relations|twinning)\s+with\s+(?:the\s+)?/g,
  )) {
    const list = listAfter(c, m.index + m[0].length).filter((y) => y.kind !== 'Official');
    const x =
      actorsIn(c, 0, m.index)
        .filter((a) => a.kind !== 'Official' && !list.some((y) => y.id === a.id))
        .at(-1)?.id ?? (/\b(?:the|The) province\b/.test(text.slice(0, m.index)) ? c.reg.focusProvince : undefined);
    if (x && list[0]?.start === m.index + m[0].length) for (const y of list) pairs.push([x, y.id, 0.5]);
  }
}

/** Pairs the members of a list at the same level: countries with countries, localities across borders. */
function pairsOfList(c: Ctx, list: Mention[], pairs: Pair[]) {
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
