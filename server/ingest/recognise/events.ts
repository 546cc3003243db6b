// Events, found by the shape of their names: a head word ("Conference", "Fair", "Expo"), an
// ordinal edition ("the 15th … trade and tourism fair"), a meeting of a named body, or an unnamed
// event named after its host ("held an investment promotion conference in China").
import type { Sentence } from '../read/sentences.ts';
import { nameKey, slugify } from '../text.ts';
import type { Mention, Register } from './mentions.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const EVENT_HEAD =
  'Conference|Forum|Festival|Fair|Expo|Exhibition|Summit|Meeting|Games|Dialogue|Symposium|Seminar|Workshop|Congress|Week|Trade Show|Roadshow';
const EVENT = new RegExp(
  `\\b((?:\\d+(?:st|nd|rd|th)\\s+)?(?:[A-Z][\\w’'-]*(?:\\s+-\\s+[A-Z][\\w-]*)?(?<!Meeting|Program|Programme|Conference|Forum|Festival|Fair)(?:\\s+and(?=\\s+[A-Z]))?\\s+){0,8}(?:${EVENT_HEAD})(?!\\s+(?:Centre|Center|Hall|Park|Palace|Complex))(?:\\s+\\d{1,4}\\b)?)(?:\\s+(?:Program|Programme|program|programme))?(\\s+of\\s+the\\s+(?:[A-Z][\\w-]*\\s?)+)?`,
  'g',
);
const GENERIC = new Set([
  'committee',
  'working',
  'the',
  'joint',
  'annual',
  'program',
  'programme',
  'party',
  'conference',
  'meeting',
  'of',
  'and',
  'a',
  'an',
  'this',
  'that',
  'these',
  'its',
  'their',
  'international',
  'major',
  'first',
  'second',
  'third',
]);
const LEADING = /^(?:The|This|That|These|A|An|At|In|On|During|Through|From|To|With|Also|Such|Both|Its|Their)\s+/;

/** Named events: "10th Vietnam-China Economic Corridor Cooperation Conference", "SEA Games 31". */
export function findEvents(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const read of [namedEvents, ordinalEditions, eventAliases, bodyMeetings, unnamedEvents])
    read(s, reg, taken, out);
  return out;
}

/** Events named with a capitalised head word: "10th Vietnam-China Economic Corridor Cooperation Conference". */
function namedEvents(s: Sentence, reg: Register, taken: Mention[], out: Mention[]) {
  for (const m of s.text.matchAll(EVENT)) {
    let name = m[1]!;
    let start = m.index;
    while (LEADING.test(name)) {
      const lead = name.match(LEADING)![0];
      start += lead.length;
      name = name.slice(lead.length);
    }
    // "Conference of the Joint Working Committee": the body the event belongs to is part of the name.
    if (m[2] && /^(?:Conference|Meeting|Forum|Congress)$/.test(name)) name = `${name}${m[2].trimEnd()}`;
    const words = nameKey(name.replace(/^\d+(?:st|nd|rd|th)\s+/, '')).split(' ');
    const ofBody = m[2] && name.endsWith(m[2].trimEnd());
    if (!ofBody && words.every((w) => GENERIC.has(w) || new RegExp(`^(?:${EVENT_HEAD.toLowerCase()})$`).test(w)))
      continue;
    const end = start + name.length;
    if (taken.some((t) => t.start <= start && end <= t.end)) continue;
    const key = words.join(' ');
    const id = eventId(reg, key, name);
    const surface = s.text.slice(start, end);
    reg.add(
      { id, kind: 'Event', name: name.replace(/^\d+(?:st|nd|rd|th)\s+/, ''), quote: surface, confidence: 0.7 },
      surface,
      s.start + start,
    );
    out.push({ id, kind: 'Event', start, end, surface });
  }
}

/** "The 15th Vietnam-China international trade and tourism fair": an ordinal names an edition, lower-case words or not. */
function ordinalEditions(s: Sentence, reg: Register, taken: Mention[], out: Mention[]) {
  for (const m of s.text.matchAll(
    /\b(\d+(?:st|nd|rd|th))\s+((?:[\p{L}-]+,?\s+){1,8}?)(fair|expo|forum|festival|conference|summit|exhibition|games|trade show)\b(?!\s+(?:Centre|Center|Hall|Park|Palace))/giu,
  )) {
    const start = m.index;
    const end = m.index + m[0].length;
    // Places inside the name ("12th Lao Cai-Yunnan border trade fair") are part of it; other mentions are in the way.
    const inTheWay = (t: Mention) =>
      overlaps(t, { start, end }) &&
      !(t.start >= start && t.end <= end && ['Province', 'City', 'Country'].includes(t.kind));
    if ([...taken, ...out].some(inTheWay)) continue;
    const name = m[0].replace(/\s+/g, ' ');
    const id = eventId(reg, nameKey(`${m[2]}${m[3]}`), name);
    reg.add({ id, kind: 'Event', name, quote: name, confidence: 0.65 }, s.text.slice(start, end), s.start + start);
    out.push({ id, kind: 'Event', start, end, surface: s.text.slice(start, end) });
  }
}

/** "(SEA Games 31)" right after an event is another name of it. */
function eventAliases(s: Sentence, reg: Register, taken: Mention[], out: Mention[]) {
  for (const e of [...out]) {
    const paren = s.text.slice(e.end).match(/^\s*\(([^)]{2,40})\)/);
    const alias = paren && out.find((o) => o !== e && o.start === e.end + paren[0].indexOf(paren[1]!));
    if (alias && alias.id !== e.id) {
      const target = reg.entities.get(e.id)!;
      const dup = reg.entities.get(alias.id);
      if (dup && dup.mentions <= 1) {
        reg.entities.delete(alias.id);
        reg.eventKeys.set(nameKey(alias.surface), e.id);
        dup.aliases.forEach((a) => target.aliases.add(a));
      }
      target.aliases.add(alias.surface);
      alias.id = e.id;
    }
  }
}

/** "the fourth meeting of the Joint Working Group": a meeting of a named body. */
function bodyMeetings(s: Sentence, reg: Register, taken: Mention[], out: Mention[]) {
  for (const m of s.text.matchAll(
    /\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual|regular|plenary)\s+)?(?:meeting|session|conference)\s+of\s+the\s+((?:[A-Z][\w-]*\s?){2,6})/g,
  )) {
    const body = m[1]!.trim();
    if (reg.gaz.lookup(body).length || /^(?:People|Party|National)\b/.test(body)) continue;
    const start = m.index;
    const end = m.index + m[0].trimEnd().length;
    if (out.some((o) => overlaps(o, { start, end })) || taken.some((t) => overlaps(t, { start, end }))) continue;
    const name = `${body} meeting`;
    const id = eventId(reg, nameKey(name), name);
    const surface = s.text.slice(start, end);
    reg.add({ id, kind: 'Event', name, aliases: [body], quote: surface, confidence: 0.6 }, surface, s.start + start);
    out.push({ id, kind: 'Event', start, end, surface });
  }
}

/** "held an investment promotion conference in China": an unnamed event named after its host. */
function unnamedEvents(s: Sentence, reg: Register, taken: Mention[], out: Mention[]) {
  for (const m of s.text.matchAll(
    /\b(?:held|hosted|organi[sz]ed|co-organi[sz]ed)\s+(an?|the|their|its)\s+((?:[a-z-]+\s+){1,4}(?:conference|forum|seminar|workshop|fair|exhibition|festival|roadshow|meeting))(\s+in\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*))?/gu,
  )) {
    const host = lastPlaceBefore(taken, m.index);
    if (!host) continue;
    // "A and B held their annual meeting": both are its hosts.
    const hosts =
      m[1] === 'their'
        ? taken.filter((t) => t.end <= m.index && (t.kind === 'Province' || t.kind === 'City') && !t.weak).slice(-2)
        : [host];
    const hostName = hosts.map((h) => reg.entities.get(h.id)?.name ?? h.surface).join(' – ');
    const name = `${hostName} ${m[2]}${m[3] ?? ''}`;
    const start = m.index + m[0].indexOf(m[2]!);
    // The mention is the event's words; " in China" after it stays for the located-in rule.
    const end = start + m[2]!.length;
    const id = eventId(reg, nameKey(name), name);
    const surface = s.text.slice(start, end);
    reg.add({ id, kind: 'Event', name, quote: surface, confidence: 0.6 }, surface, s.start + start);
    out.push({ id, kind: 'Event', start, end, surface });
  }
}

function lastPlaceBefore(ms: Mention[], pos: number): Mention | undefined {
  return ms.filter((m) => m.end <= pos && (m.kind === 'Province' || m.kind === 'City') && !m.weak).at(-1);
}

function eventId(reg: Register, key: string, name: string): string {
  const known = reg.eventKeys.get(key);
  if (known) return known;
  const ordinal = name.match(/^(\d+)(?:st|nd|rd|th)\s/)?.[1];
  const id = slugify(key) + (ordinal ? `-${ordinal}` : '');
  reg.eventKeys.set(key, id);
  return id;
}
