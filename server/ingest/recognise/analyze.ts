// Runs the recognisers over an article: sentences, then mentions per sentence, with the article's
// focus (the province "the province" refers to) worked out between the passes.
import type { ParsedSentence } from '../engine/annotation.ts';
import { resolveDate, type DateRange } from '../read/dates.ts';
import type { Gazetteer } from './gazetteer.ts';
import { Register, type Mention } from './mentions.ts';
import { findCompanies, findFocusBodies, findGovernments, findLocalBodies } from './bodies.ts';
import { findEvents } from './events.ts';
import { findOfficials, findShortForms } from './people.ts';
import { confirmedWeakPlaces, findDemonyms, findGazetteerMentions, findLocalUnits } from './places.ts';
import { findDescribedCompanies, findEngineOrganizations, findNamesAgain } from './named-bodies.ts';
import { datelineLength, splitSentences, withoutDateline, type Sentence } from '../read/sentences.ts';

export interface Analyzed {
  sentence: Sentence;
  /** Every mention, sorted by position. */
  mentions: Mention[];
  date?: DateRange;
  /** The NLP engine's reading of the sentence, when the engine ran. */
  parse?: ParsedSentence;
}

export interface Analysis {
  sentences: Analyzed[];
  register: Register;
}

export function analyze(
  text: string,
  articleDate: string | undefined,
  gaz: Gazetteer,
  parses?: ParsedSentence[],
): Analysis {
  const reg = new Register(gaz);
  const sentences = splitSentences(text);
  if (parses && parses.length !== sentences.length)
    throw new Error(`analyze: ${parses.length} parses for ${sentences.length} sentences`);
  reg.confirmedPlaces = confirmedWeakPlaces(sentences, reg);
  const places = sentences.map((s) => findGazetteerMentions(s, reg));
  reg.focusProvince = focusOf(reg, places.flat(), ['Province', 'City']);
  reg.focusCity = focusOf(reg, places.flat(), ['City']);
  if (reg.focusProvince && gaz.get(reg.focusProvince)?.country === 'VN') reg.homeCountry = 'vietnam';
  // Names first in every sentence, then what refers back to them (short forms, towns named again).
  const found = sentences.map((s, i) => namesIn(s, reg, places[i]!, parses?.[i]));
  const analyzed = sentences.map((s, i) => {
    const ms = found[i]!;
    ms.push(...findNamesAgain(s, reg, ms));
    ms.push(...findShortForms(s, reg, ms));
    ms.push(...findDemonyms(s, reg, ms));
    const marked = markNesting(ms);
    // The dateline ("date 2025-06-02 HÀ NỘI —") says where the story was filed, not who acted.
    const dateline = i === 0 ? datelineLength(s.text) : 0;
    for (const m of marked) if (m.end <= dateline) m.nested = true;
    return {
      sentence: s,
      mentions: marked,
      // The dateline's day ("HANOI, March 12 (Reuters) -") is when the story was filed, not when anything happened.
      date: resolveDate(withoutDateline(s), articleDate),
      ...(parses ? { parse: parses[i] } : {}),
    };
  });
  dropUnnamed(analyzed, reg);
  addDemonymCountries(analyzed, reg);
  return { sentences: analyzed, register: reg };
}

/** The names of a sentence, each recogniser seeing what the ones before it took. */
function namesIn(s: Sentence, reg: Register, places: Mention[], parse: ParsedSentence | undefined): Mention[] {
  const ms: Mention[] = [...places];
  ms.push(...findLocalUnits(s, reg, ms));
  ms.push(...findLocalBodies(s, reg, ms));
  ms.push(...findFocusBodies(s, reg, ms));
  ms.push(...findGovernments(s, reg));
  ms.push(
    ...findCompanies(
      s,
      reg,
      ms.filter((m) => m.kind !== 'Province' && m.kind !== 'City'),
    ),
  );
  ms.push(...findDescribedCompanies(s, reg, ms));
  ms.push(...findEngineOrganizations(s, reg, ms, parse?.ner));
  ms.push(...findOfficials(s, reg, ms, parse?.ner));
  ms.push(...findEvents(s, reg, ms));
  return ms;
}

/**
 * Entities the story itself never names: a place inside a company's name ("Xiamen C&D Group"), a
 * place or body inside an event's name ("China-ASEAN Expo"), a place only the dateline names (a
 * demonym elsewhere does not name it).
 */
function dropUnnamed(analyzed: Analyzed[], reg: Register) {
  const inDateline = (a: Analyzed, m: Mention) => a.sentence.index === 0 && m.end <= datelineLength(a.sentence.text);
  const insideName = (a: Analyzed, m: Mention) =>
    m.nested &&
    a.mentions.some(
      (o) =>
        (o.kind === 'Company' || (o.kind === 'Event' && m.kind === 'Organization')) &&
        o.start <= m.start &&
        m.end <= o.end,
    );
  // A demonym ("the Vietnamese projects") names no country: one the dateline alone names stays out
  // unless a fact needs it (addDemonymCountries).
  const named = new Set(
    analyzed.flatMap((a) =>
      a.mentions.filter((m) => !inDateline(a, m) && !insideName(a, m) && !m.weak).map((m) => m.id),
    ),
  );
  for (const id of [...reg.entities.keys()])
    if (!named.has(id) && reg.entities.get(id)!.kind !== 'Company') reg.entities.delete(id);
}

/** A country named only by a demonym ("Chinese investors") is drafted if a fact needs it. */
function addDemonymCountries(analyzed: Analyzed[], reg: Register) {
  for (const a of analyzed) {
    for (const m of a.mentions.filter((x) => x.weak && !reg.entities.has(x.id))) {
      const c = reg.gaz.get(m.id)!;
      const country = {
        id: c.id,
        kind: 'Country' as const,
        name: c.name,
        aliases: c.aliases,
        country: c.country,
        lat: c.lat,
        lon: c.lon,
      };
      reg.add({ ...country, onlyIfRelated: true, confidence: 0.6 }, c.name, a.sentence.start + m.start);
    }
  }
}

function focusOf(reg: Register, places: Mention[], kinds: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of places) {
    const p = reg.entities.get(m.id);
    if (p?.country === 'VN' && kinds.includes(p.kind)) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Sorts mentions and flags those inside a longer one or inside an official's title. */
function markNesting(ms: Mention[]): Mention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of ms) {
    m.nested = ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
    m.inTitle = ms.some(
      (o) =>
        o.titleSpan &&
        o !== m &&
        o.titleSpan.start <= m.start &&
        m.end <= o.titleSpan.end &&
        !(o.start <= m.start && m.end <= o.end),
    );
  }
  return ms;
}
