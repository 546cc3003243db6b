// What the recognisers produce: mentions (where a sentence names an entity) and the article's
// entity register (one draft entity per id, with every form the article used).
import type { NodeKind } from '../../../common/model.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Sentence } from '../read/sentences.ts';

export interface Mention {
  id: string;
  kind: NodeKind;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
  surface: string;
  /** A demonym ("Chinese investors") rather than a name. */
  weak?: boolean;
  /** Inside an official's title ("Secretary of the Party Committee of X"): not a sentence's actor. */
  inTitle?: boolean;
  /** Inside a longer mention (the place in "People's Committee of Bắc Ninh Province"). */
  nested?: boolean;
  /** "the provincial People's Committee": a body the article does not name, standing for its place (the mention's id). */
  unnamedBody?: boolean;
  /** Officials: the span of their title around the name. */
  titleSpan?: { start: number; end: number };
}

export interface TitleSegment {
  text: string;
  start: number;
  end: number;
}

export interface DraftEntity {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: Set<string>;
  country?: string;
  lat?: number;
  lon?: number;
  title?: string;
  /** Posts held, from the title (one segment per post). */
  posts: { segment: TitleSegment; sentence: Sentence }[];
  /** Where it sits: a place, or the country of a national body. */
  locatedIn?: string;
  /** What says so, when the article does not state it ("gazetteer (seeds/gazetteer/cn-cities.yaml)", "the name of the body (…)"). */
  locatedBy?: string;
  quote?: string;
  /** The first form the article used (verbatim, so it can stand as a quote). */
  surface?: string;
  confidence: number;
  /** Found once by the shape of its name (a town by its unit word, a company by its kind word): look for the bare name again. */
  rescan?: boolean;
  /** Drafted only if a fact uses it (names only the engine's recogniser vouches for). */
  onlyIfRelated?: boolean;
  mentions: number;
  firstSeen: number;
}

export interface SentenceMentions {
  sentence: Sentence;
  mentions: Mention[];
}

/** The article-wide state the recognisers share. */
export class Register {
  readonly entities = new Map<string, DraftEntity>();
  /** Short forms of officials and companies ("Quang", "Liu", "Goertek") -> id; null when ambiguous. */
  readonly shortForms = new Map<string, string | null>();
  /** Event names without ordinals -> id, so "10th X Conference" and "X Conference" are one event. */
  readonly eventKeys = new Map<string, string>();
  focusProvince?: string;
  /** The Vietnamese city the article names most ("the city People's Committee"). */
  focusCity?: string;
  homeCountry = 'vietnam';
  /** Places whose weak ASCII form the article confirms elsewhere ("Mong Cai city"): the bare form counts too. */
  confirmedPlaces = new Set<string>();

  constructor(readonly gaz: Gazetteer) {}

  add(
    e: Omit<DraftEntity, 'aliases' | 'posts' | 'mentions' | 'firstSeen'> & { aliases?: string[] },
    rawSurface: string,
    at: number,
  ): DraftEntity {
    // "Hưng Yên's" names Hưng Yên: the possessive is not part of the name.
    const surface = rawSurface.replace(/['’]s$/, '');
    let d = this.entities.get(e.id);
    if (!d) {
      d = { ...e, aliases: new Set(e.aliases ?? []), posts: [], mentions: 0, firstSeen: at };
      this.entities.set(e.id, d);
    } else {
      d.confidence = Math.max(d.confidence, e.confidence);
      d.title ??= e.title;
      d.locatedIn ??= e.locatedIn;
      d.locatedBy ??= e.locatedBy;
      d.quote ??= e.quote;
      e.aliases?.forEach((a) => d!.aliases.add(a));
    }
    d.surface ??= surface;
    // Datelines shout ("BẮC NINH"): the capitals are not another name.
    if (surface !== d.name && !(surface.length > 4 && surface === surface.toUpperCase())) d.aliases.add(surface);
    d.mentions++;
    return d;
  }

  addShortForm(form: string, id: string) {
    const prev = this.shortForms.get(form);
    if (prev === undefined) this.shortForms.set(form, id);
    else if (prev !== id) this.shortForms.set(form, null);
  }
}
