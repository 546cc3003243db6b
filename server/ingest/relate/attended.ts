// ATTENDED: who took part in a named event, and in which role (host, chair, speaker, organiser).
import type { Mention } from '../recognise/mentions.ts';
import { actorsIn, listAfter, placeOf, push, subjectBefore, type Ctx, type DraftRelation } from './context.ts';

type Role = 'host' | 'chair' | 'participant' | 'speaker' | 'organizer';

const attend = (c: Ctx, from: string, to: string, role: Role, confidence: number) =>
  push(c, { type: 'ATTENDED', from, to, role, confidence } as DraftRelation);

export function attended(c: Ctx) {
  const text = c.a.sentence.text;
  const events = c.a.mentions.filter((m) => m.kind === 'Event' && !m.nested);
  atTheEvent(c, events);
  const event =
    events[0]?.id ??
    (/\bthe (?:conference|forum|event|meeting|festival|fair|summit|games|expo)\b/i.test(text)
      ? c.lastEvent
      : undefined);
  speakerOfRemarks(c);
  delegationHead(c, events);
  if (!event) return;
  venueHosts(c, event);
  addressing(c, event);
  involving(c, event);
  byAgents(c, event);
  chairedOrHosted(c, events);
  tookPart(c, events);
  organisedOrHeld(c, events);
}

/** "<person> ... at the <event>"; "Speaking at the X Expo in Nanning, Liu said": the speaker comes after. */
function atTheEvent(c: Ctx, events: Mention[]) {
  const text = c.a.sentence.text;
  const speech =
    /\b(?:stressed|said|spoke|addressed|emphasi[sz]ed|underscored|highlighted|noted|delivered|told)\b/.test(text);
  for (const e of events) {
    if (!/\bat\s+(?:the\s+)?$/.test(text.slice(Math.max(0, e.start - 12), e.start))) continue;
    const who = subjectBefore(c, e.start) ?? actorsIn(c, e.end).find((x) => x.kind === 'Official')?.id;
    if (who)
      attend(c, who, e.id, speech && c.reg.entities.get(who)?.kind === 'Official' ? 'speaker' : 'participant', 0.65);
  }
}

/** "Addressing the forum, X said …" */
function addressing(c: Ctx, event: string) {
  const m = c.a.sentence.text.match(
    /\b(?:Addressing|Speaking at|Speaking to|Opening|Closing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forum|conference|event|meeting|ceremony|fair|expo|summit|session)\b/i,
  );
  const speaker = m && actorsIn(c, m.index! + m[0].length).find((x) => x.kind === 'Official');
  if (speaker) attend(c, speaker.id, event, 'speaker', 0.6);
}

/** "<event>, involving five cities and provinces— A, B, C" */
function involving(c: Ctx, event: string) {
  const re =
    /\b(?:involving|with the participation of|participants from|bringing together|gathering)\s+(?:[\w-]+\s+){0,4}?(?:[—–-]\s*)?/g;
  for (const m of c.a.sentence.text.matchAll(re)) {
    for (const p of listAfter(c, m.index + m[0].length)) attend(c, placeOf(c, p.id), event, 'participant', 0.6);
  }
}

/** "Chaired by X", "hosted by X", "organised by X", "attended by X", "held in turn by X and Y" */
function byAgents(c: Ctx, event: string) {
  const text = c.a.sentence.text;
  const re =
    /\b(chaired|co-chaired|hosted|organi[sz]ed|attended|held(?:\s+(?:in turn|jointly|alternately))?)\s+by\s+/gi;
  for (const m of text.matchAll(re)) {
    // "co-organised by X and Y", "chaired by <title> A and <title> B"
    const whos = listAfter(c, m.index + m[0].length).filter((x) => x.kind !== 'Country');
    const officials = actorsIn(c, m.index + m[0].length)
      .filter((x) => x.kind === 'Official')
      .slice(0, 2);
    const verb = m[1]!.toLowerCase();
    const role: Role = verb.includes('chair')
      ? 'chair'
      : verb === 'hosted' || verb.startsWith('held')
        ? 'host'
        : verb === 'attended'
          ? 'participant'
          : 'organizer';
    const two = officials.length === 2 && / and /.test(text.slice(officials[0]!.end, officials[1]!.start));
    const people = role === 'chair' && two ? officials : [];
    for (const who of people.length ? people : thisEdition(c, event, verb, whos))
      attend(c, placeOf(c, who.id), event, role, 0.65);
    if (people.length === 2) push(c, { type: 'MET', from: people[0]!.id, to: people[1]!.id, confidence: 0.55 });
  }
}

/**
 * "held in turn by Mong Cai and Dongxing since 2006" is the series; the edition the article is
 * about is hosted by one of them: the one already hosting it (where it opened), else the article's
 * own locality. With neither known, all of them.
 */
function thisEdition(c: Ctx, event: string, verb: string, whos: Mention[]): Mention[] {
  if (!/in turn|alternately/.test(verb) || whos.length < 2) return whos;
  const hosting = new Set(
    c.out.filter((r) => r.type === 'ATTENDED' && r.to === event && 'role' in r && r.role === 'host').map((r) => r.from),
  );
  const own = new Set([c.reg.focusCity, c.reg.focusProvince].filter(Boolean));
  const byVenue = whos.filter((w) => hosting.has(placeOf(c, w.id)));
  if (byVenue.length) return byVenue;
  const byFocus = whos.filter((w) => own.has(placeOf(c, w.id)));
  return byFocus.length ? byFocus : whos;
}

/** "A and B co-chaired the <event> between X and Y": chairs (who met), and the localities taking part. */
function chairedOrHosted(c: Ctx, events: Mention[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(/\b(co-chaired|chaired|hosted|attended|co-hosted)\s+(?:the\s+)?/g)) {
    const e = events.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) < 40);
    if (!e) continue;
    const role: Role = m[1]!.includes('chair') ? 'chair' : m[1]!.includes('host') ? 'host' : 'participant';
    const who = actorsIn(c, 0, m.index).filter((x) => x.kind === 'Official');
    const subject = subjectBefore(c, m.index, [e.id]);
    const chairs = who.length ? who.map((w) => w.id) : subject ? [subject] : [];
    for (const w of chairs) attend(c, placeOf(c, w), e.id, role, 0.6);
    if (m[1] === 'co-chaired' && who.length === 2)
      push(c, { type: 'MET', from: who[0]!.id, to: who[1]!.id, confidence: 0.55 });
    const between = text.slice(e.end, e.end + 20).match(/^\s+between\s+/);
    if (!between) continue;
    for (const p of listAfter(c, e.end + between[0].length))
      if (p.kind !== 'Country') attend(c, placeOf(c, p.id), e.id, 'participant', 0.55);
  }
}

/** "to participate in the <event> between A, B and C" */
function tookPart(c: Ctx, events: Mention[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(
    /\b(?:participat\w*|took part|take part|taking part|attend(?:ed|s|ing)?)\s+(?:in\s+)?(?:the\s+)?/g,
  )) {
    const e = events.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) < 30);
    if (!e) continue;
    const who = subjectBefore(c, m.index, [e.id]);
    if (who) attend(c, placeOf(c, who), e.id, 'participant', 0.6);
    const clauseEnd = text.slice(e.end).search(/[;.]/);
    const stop = clauseEnd < 0 ? text.length : e.end + clauseEnd;
    const between = text.slice(e.end, stop).match(/\b(?:between|among|of|including|with)\s+/);
    if (!between) continue;
    for (const p of actorsIn(c, e.end + between.index!, stop))
      if (p.kind !== 'Country') attend(c, placeOf(c, p.id), e.id, 'participant', 0.55);
  }
}

/** "organising the badminton competitions of the SEA Games", "held an investment promotion conference" */
function organisedOrHeld(c: Ctx, events: Mention[]) {
  const text = c.a.sentence.text;
  for (const m of text.matchAll(/\b(?:organ\w*ing|organi[sz]ed|hosting|hosted|held|holding)\s+/g)) {
    const e = events.find((x) => x.start >= m.index && x.start - m.index < 60);
    if (!e || /\bby\s*$/.test(text.slice(m.index, m.index + m[0].length + 3))) continue;
    const who = subjectBefore(c, m.index, [e.id]);
    if (who && c.reg.entities.get(placeOf(c, who))?.kind !== 'Official')
      push(c, {
        type: 'ATTENDED',
        from: placeOf(c, who),
        to: e.id,
        role: 'organizer',
        confidence: 0.55,
      } as DraftRelation);
  }
}

/**
 * "X, head of the delegation of Guangxi, proposed …" in a story about an event: the head of a
 * delegation there took part in it (the event the story last named, when this sentence names none).
 */
function delegationHead(c: Ctx, events: Mention[]) {
  if (events.length || !c.lastEvent) return;
  const text = c.a.sentence.text;
  const m = text.match(/\b(?:[Hh]ead|[Ll]eader|[Cc]hief) of (?:the|a) (?:[\p{L}-]+\s+){0,3}?delegation\b/u);
  if (!m) return;
  // The official in apposition: right before ("X, head of …") or right after ("head of the … delegation X").
  const head = c.a.mentions.find(
    (o) =>
      o.kind === 'Official' &&
      ((o.end <= m.index! && /^\s*,\s*$/.test(text.slice(o.end, m.index))) ||
        (o.titleSpan && o.titleSpan.start <= m.index! && m.index! < o.titleSpan.end)),
  );
  if (head) attend(c, head.id, c.lastEvent, 'participant', 0.5);
}

/** "In his opening remarks, <official> said": the official spoke at the event the article is about. */
function speakerOfRemarks(c: Ctx) {
  const text = c.a.sentence.text;
  const remarks = text.match(
    /\b(?:In|During)\s+(?:his|her|their)\s+(?:opening|closing|welcome|welcoming|keynote)\s+(?:remarks|speech|address)\b/i,
  );
  const event = c.a.mentions.find((m) => m.kind === 'Event' && !m.nested)?.id ?? c.lastEvent;
  if (!remarks || !event) return;
  const speaker = actorsIn(c, remarks.index! + remarks[0].length).find((x) => x.kind === 'Official');
  if (speaker)
    push(c, { type: 'ATTENDED', from: speaker.id, to: event, role: 'speaker', confidence: 0.6 } as DraftRelation);
}

/** "<event> opened in Mong Cai City, in the … province of Quang Ninh": the place (and the province it is in) hosts it. */
function venueHosts(c: Ctx, event: string) {
  const text = c.a.sentence.text;
  const e = c.a.mentions.find((m) => m.id === event);
  const verb = text.match(
    /\b(?:opened|was held|is held|took place|kicked off|was organi[sz]ed|is taking place)\b(?:\s+[a-z]+)?(?:\s+at\s+[^,;.]*?)?\s+in\s+/,
  );
  if (!e || !verb || verb.index! < e.end || verb.index! - e.end > 40) return;
  const venue = c.a.mentions.find(
    (m) => m.start >= verb.index! + verb[0].length && (m.kind === 'City' || m.kind === 'Province') && !m.weak,
  );
  if (!venue) return;
  push(c, { type: 'ATTENDED', from: venue.id, to: event, role: 'host', confidence: 0.6 } as DraftRelation);
  const province =
    c.out.find((r) => r.type === 'LOCATED_IN' && r.from === venue.id && r.basis !== 'reference')?.to ??
    c.reg.entities.get(venue.id)?.locatedIn;
  if (province && c.reg.entities.get(province)?.kind === 'Province')
    push(c, { type: 'ATTENDED', from: province, to: event, role: 'host', confidence: 0.55 } as DraftRelation);
}
