// ATTENDED: who took part in a named event, and in which role (host, chair, speaker, organiser).
import type { Mention } from '../recognise/mentions.ts';
import { actorsIn, listAfter, placeOf, push, subjectBefore, type Ctx, type DraftRelation } from './context.ts';

export function attended(c: Ctx) {
  const text = c.a.sentence.text;
  const events = c.a.mentions.filter((m) => m.kind === 'Event' && !m.nested);
  const speech = /\b(?:stressed|said|spoke|addressed|emphasi[sz]ed|underscored|highlighted|noted|delivered|told)\b/.test(text);
  // "<person> ... at the <event>"
  for (const e of events) {
    const at = text.slice(Math.max(0, e.start - 12), e.start).match(/\bat\s+(?:the\s+)?$/);
    if (at) {
      // "Speaking at the X Expo in Nanning, Liu said": the speaker comes after.
      const who = subjectBefore(c, e.start) ?? actorsIn(c, e.end).find((x) => x.kind === 'Official')?.id;
      if (who) push(c, { type: 'ATTENDED', from: who, to: e.id, role: speech && c.reg.entities.get(who)?.kind === 'Official' ? 'speaker' : 'participant', confidence: 0.65 } as DraftRelation);
    }
  }
  const event = events[0]?.id ?? (/\bthe (?:conference|forum|event|meeting|festival|fair|summit|games|expo)\b/i.test(text) ? c.lastEvent : undefined);
  speakerOfRemarks(c);
  if (!event) return;
  venueHosts(c, event);
  // "Addressing the forum, X said …"
  const addressing = text.match(/\b(?:Addressing|Speaking at|Speaking to|Opening|Closing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forum|conference|event|meeting|ceremony|fair|expo|summit|session)\b/i);
  if (addressing) {
    const speaker = actorsIn(c, addressing.index! + addressing[0].length).find((x) => x.kind === 'Official');
    if (speaker) push(c, { type: 'ATTENDED', from: speaker.id, to: event, role: 'speaker', confidence: 0.6 } as DraftRelation);
  }
  // "<event>, involving five cities and provinces— A, B, C"
  for (const m of text.matchAll(/\b(?:involving|with the participation of|participants from|bringing together|gathering)\s+(?:[\w-]+\s+){0,4}?(?:[—–-]\s*)?/g)) {
    for (const p of listAfter(c, m.index + m[0].length)) push(c, { type: 'ATTENDED', from: placeOf(c, p.id), to: event, role: 'participant', confidence: 0.6 } as DraftRelation);
  }
  // "Chaired by X", "hosted by X", "organised by X", "attended by X"
  for (const m of text.matchAll(/\b(chaired|co-chaired|hosted|organi[sz]ed|attended|held(?:\s+(?:in turn|jointly|alternately))?)\s+by\s+/gi)) {
    // "co-organised by X and Y", "chaired by <title> A and <title> B"
    const whos = listAfter(c, m.index + m[0].length).filter((x) => x.kind !== 'Country');
    const officials = actorsIn(c, m.index + m[0].length).filter((x) => x.kind === 'Official').slice(0, 2);
    const verb = m[1]!.toLowerCase();
    const role = verb.includes('chair') ? 'chair' : verb === 'hosted' || verb.startsWith('held') ? 'host' : verb === 'attended' ? 'participant' : 'organizer';
    const people = role === 'chair' && officials.length === 2 && / and /.test(text.slice(officials[0]!.end, officials[1]!.start)) ? officials : [];
    for (const who of people.length ? people : whos) push(c, { type: 'ATTENDED', from: placeOf(c, who.id), to: event, role, confidence: 0.65 } as DraftRelation);
    if (people.length === 2) push(c, { type: 'MET', from: people[0]!.id, to: people[1]!.id, confidence: 0.55 });
  }
  // "A and B co-chaired the <event> between X and Y": chairs (who met), and the localities taking part.
  for (const m of text.matchAll(/\b(co-chaired|chaired|hosted|attended|co-hosted)\s+(?:the\s+)?/g)) {
    const e = events.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) < 40);
    if (!e) continue;
    const role = m[1]!.includes('chair') ? 'chair' : m[1]!.includes('host') ? 'host' : 'participant';
    const who = actorsIn(c, 0, m.index).filter((x) => x.kind === 'Official');
    const chairs = who.length ? who : [subjectBefore(c, m.index, [e.id])].filter((x): x is string => Boolean(x)).map((id) => ({ id }) as Mention);
    for (const w of chairs) push(c, { type: 'ATTENDED', from: placeOf(c, w.id), to: e.id, role, confidence: 0.6 } as DraftRelation);
    if (m[1] === 'co-chaired' && who.length === 2) push(c, { type: 'MET', from: who[0]!.id, to: who[1]!.id, confidence: 0.55 });
    const between = text.slice(e.end, e.end + 20).match(/^\s+between\s+/);
    if (between) for (const p of listAfter(c, e.end + between[0].length)) if (p.kind !== 'Country') push(c, { type: 'ATTENDED', from: placeOf(c, p.id), to: e.id, role: 'participant', confidence: 0.55 } as DraftRelation);
  }
  // "to participate in the <event> between A, B and C"
  for (const m of text.matchAll(/\b(?:participat\w*|took part|take part|taking part|attend(?:ed|s|ing)?)\s+(?:in\s+)?(?:the\s+)?/g)) {
    const e = events.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) < 30);
    if (!e) continue;
    const who = subjectBefore(c, m.index, [e.id]);
    if (who) push(c, { type: 'ATTENDED', from: placeOf(c, who), to: e.id, role: 'participant', confidence: 0.6 } as DraftRelation);
    const clauseEnd = text.slice(e.end).search(/[;.]/);
    const stop = clauseEnd < 0 ? text.length : e.end + clauseEnd;
    const between = text.slice(e.end, stop).match(/\b(?:between|among|of|including|with)\s+/);
    if (!between) continue;
    for (const p of actorsIn(c, e.end + between.index!, stop)) {
      if (p.kind === 'Country') continue;
      push(c, { type: 'ATTENDED', from: placeOf(c, p.id), to: e.id, role: 'participant', confidence: 0.55 } as DraftRelation);
    }
  }
  // "organising the badminton competitions of the SEA Games", "held an investment promotion conference"
  for (const m of text.matchAll(/\b(?:organ\w*ing|organi[sz]ed|hosting|hosted|held|holding)\s+/g)) {
    const e = events.find((x) => x.start >= m.index && x.start - m.index < 60);
    if (!e || /\bby\s*$/.test(text.slice(m.index, m.index + m[0].length + 3))) continue;
    const who = subjectBefore(c, m.index, [e.id]);
    if (who && c.reg.entities.get(placeOf(c, who))?.kind !== 'Official') push(c, { type: 'ATTENDED', from: placeOf(c, who), to: e.id, role: 'organizer', confidence: 0.55 } as DraftRelation);
  }
}

/** "In his opening remarks, <official> said": the official spoke at the event the article is about. */
function speakerOfRemarks(c: Ctx) {
  const text = c.a.sentence.text;
  const remarks = text.match(/\b(?:In|During)\s+(?:his|her|their)\s+(?:opening|closing|welcome|welcoming|keynote)\s+(?:remarks|speech|address)\b/i);
  const event = c.a.mentions.find((m) => m.kind === 'Event' && !m.nested)?.id ?? c.lastEvent;
  if (!remarks || !event) return;
  const speaker = actorsIn(c, remarks.index! + remarks[0].length).find((x) => x.kind === 'Official');
  if (speaker) push(c, { type: 'ATTENDED', from: speaker.id, to: event, role: 'speaker', confidence: 0.6 } as DraftRelation);
}

/** "<event> opened in Mong Cai City, in the … province of Quang Ninh": the place (and the province it is in) hosts it. */
function venueHosts(c: Ctx, event: string) {
  const text = c.a.sentence.text;
  const e = c.a.mentions.find((m) => m.id === event);
  const verb = text.match(/\b(?:opened|was held|is held|took place|kicked off|was organi[sz]ed|is taking place)\b(?:\s+[a-z]+)?(?:\s+at\s+[^,;.]*?)?\s+in\s+/);
  if (!e || !verb || verb.index! < e.end || verb.index! - e.end > 40) return;
  const venue = c.a.mentions.find((m) => m.start >= verb.index! + verb[0].length && (m.kind === 'City' || m.kind === 'Province') && !m.weak);
  if (!venue) return;
  push(c, { type: 'ATTENDED', from: venue.id, to: event, role: 'host', confidence: 0.6 } as DraftRelation);
  const province = c.out.find((r) => r.type === 'LOCATED_IN' && r.from === venue.id && r.basis !== 'reference')?.to ?? c.reg.entities.get(venue.id)?.locatedIn;
  if (province && c.reg.entities.get(province)?.kind === 'Province') push(c, { type: 'ATTENDED', from: province, to: event, role: 'host', confidence: 0.55 } as DraftRelation);
}
