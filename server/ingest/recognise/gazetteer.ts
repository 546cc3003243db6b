// The gazetteer: places and national bodies kept as data in seeds/gazetteer/*.yaml, indexed by
// every written form (diacritics, ASCII, Sino-Vietnamese, Chinese characters) for the recognisers.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../config.ts';
import { NodeKind, Slug } from '../../../common/model.ts';
import { foldDiacritics } from '../../../common/text/fold.ts';
import { fold, nameKey } from '../text.ts';

export const GAZETTEER_DIR = path.join(PROJECT_ROOT, 'seeds', 'gazetteer');

const Unit = z
  .object({
    id: Slug,
    kind: NodeKind.optional(),
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    /** Sino-Vietnamese forms of Chinese names. */
    sv: z.array(z.string()).default([]),
    /** Vietnamese forms of foreign names. */
    vi: z.array(z.string()).default([]),
    zh: z.string().optional(),
    demonyms: z.array(z.string()).default([]),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    parent: Slug.optional(),
    lat: z.number().optional(),
    lon: z.number().optional(),
    since2025: z.boolean().optional(),
    mergedFrom: z.array(Slug).optional(),
    mergedInto: Slug.optional(),
  })
  .strict();

const GazetteerFile = z
  .object({
    country: z.string().optional(),
    parent: Slug.optional(),
    /** Every form of these units is weak: without diacritics it needs a place word after it. */
    weak: z.boolean().optional(),
    units: z.array(Unit),
  })
  .strict();

export interface Place {
  /** Sino-Vietnamese / Vietnamese forms of a foreign name, written without diacritics ("Thanh Hai"). */
  weakForms?: string[];
  id: string;
  kind: NodeKind;
  name: string;
  /** Every other written form, for the facts file's aliases. */
  aliases: string[];
  country?: string;
  parent?: string;
  lat?: number;
  lon?: number;
  mergedInto?: string;
  mergedFrom?: string[];
  since2025?: boolean;
  demonyms: string[];
  /** The gazetteer file it comes from, for facts that cite it ("seeds/gazetteer/cn-cities.yaml"). */
  source?: string;
}

/** Which kind a file's units default to. */
function defaultKind(file: string): NodeKind {
  if (file.startsWith('countries')) return 'Country';
  if (file.startsWith('organizations')) return 'Organization';
  if (file.includes('cities')) return 'City';
  return 'Province';
}

export class Gazetteer {
  readonly byId = new Map<string, Place>();
  /** nameKey(form) -> ids; the first id is the preferred reading (primary names beat aliases). */
  private readonly byKey = new Map<string, string[]>();
  private readonly byDemonym = new Map<string, string>();
  /**
   * Keys that only Sino-Vietnamese / Vietnamese forms of foreign names give: "Thanh Hai" is Qinghai
   * in Sino-Vietnamese but also a common Vietnamese name, so written without diacritics such a
   * form counts only with a place word after it ("Lai Tan city").
   */
  private readonly weakKeys = new Set<string>();
  /** First words of all forms, to skip words that start no name without building n-grams. */
  private readonly firstWords = new Set<string>();
  /** Longest form in words, to bound the n-gram search. */
  maxWords = 1;

  constructor(places: Place[]) {
    for (const p of places) this.byId.set(p.id, p);
    // Primary names first, so that a form that is one unit's name and another's alias reads as the name.
    for (const p of places) this.addForm(p.name, p.id);
    for (const p of places) p.aliases.forEach((a) => this.addForm(a, p.id));
    const strong = new Set(
      places.flatMap((p) => [p.name, ...p.aliases].filter((a) => !p.weakForms?.includes(a))).map(nameKey),
    );
    for (const p of places) p.weakForms?.forEach((f) => !strong.has(nameKey(f)) && this.weakKeys.add(nameKey(f)));
    for (const p of places) p.demonyms.forEach((d) => this.byDemonym.set(nameKey(d), p.id));
  }

  private addForm(form: string, id: string) {
    const key = nameKey(form);
    if (!key) return;
    const ids = this.byKey.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    this.byKey.set(key, ids);
    const words = key.split(' ');
    this.firstWords.add(words[0]!);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  startsName(wordKey: string): boolean {
    return this.firstWords.has(wordKey);
  }

  /** Units written this way ("Quảng Tây", "Quang Tay", "广西", "Guangxi" all give guangxi). */
  lookup(form: string): Place[] {
    return (this.byKey.get(nameKey(form)) ?? []).map((id) => this.byId.get(id)!);
  }

  isWeakKey(key: string): boolean {
    return this.weakKeys.has(key);
  }

  lookupKey(key: string): string[] | undefined {
    return this.byKey.get(key);
  }

  demonym(word: string): Place | undefined {
    const id = this.byDemonym.get(nameKey(word));
    return id ? this.byId.get(id) : undefined;
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /** The chain of parents: weifang -> shandong -> china. */
  ancestors(id: string): Place[] {
    const out: Place[] = [];
    for (let p = this.byId.get(id)?.parent; p && out.length < 5; p = this.byId.get(p)?.parent) {
      const place = this.byId.get(p);
      if (!place) break;
      out.push(place);
    }
    return out;
  }

  /** The 34 units in force from 2025-07-01 and which old units each absorbed. */
  vietnam2025(): { id: string; name: string; mergedFrom: string[] }[] {
    return [...this.byId.values()]
      .filter((p) => p.country === 'VN' && p.since2025)
      .map((p) => ({ id: p.id, name: p.name, mergedFrom: p.mergedFrom ?? [p.id] }));
  }
}

export function loadGazetteer(dir = GAZETTEER_DIR): Gazetteer {
  const places: Place[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const where = path.join(dir, file);
    const parsed = GazetteerFile.safeParse(parse(fs.readFileSync(where, 'utf8')));
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new Error(`gazetteer ${where}: ${first.path.join('.')}: ${first.message}`);
    }
    const { country, parent, units, weak } = parsed.data;
    for (const u of units) {
      const forms = [...u.aliases, ...u.sv, ...u.vi, ...(u.zh ? [u.zh] : [])];
      // ASCII forms of every Vietnamese-script form, so "Quang Tay" is an alias as well as "Quảng Tây".
      const ascii = [u.name, ...forms].map(foldDiacritics);
      const aliases = [...new Set([...forms, ...ascii])].filter((a) => a !== u.name && !/[\u0300-\u036f]/.test(a));
      const weakCandidates = [...u.sv, ...u.vi, ...(weak ? [u.name, ...u.aliases] : [])].flatMap((f) => [
        f,
        foldDiacritics(f),
      ]);
      // A Sino-Vietnamese form whose ASCII spelling is the unit's own name ("Hồng Kông" -> Hong Kong) leaves the name strong.
      const ownKeys = weak ? new Set<string>() : new Set([u.name, ...u.aliases].map(nameKey));
      const weakForms = weakCandidates.filter((f) => !ownKeys.has(nameKey(f)));
      places.push({
        id: u.id,
        kind: u.kind ?? defaultKind(file),
        name: u.name,
        aliases,
        country: u.country ?? country,
        parent: u.parent ?? (u.country && u.country !== country ? undefined : parent),
        lat: u.lat,
        lon: u.lon,
        mergedInto: u.mergedInto,
        mergedFrom: u.mergedFrom,
        since2025: u.since2025,
        demonyms: u.demonyms,
        weakForms,
        source: path.relative(PROJECT_ROOT, where),
      });
    }
  }
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.id)) throw new Error(`gazetteer: id "${p.id}" is defined twice`);
    ids.add(p.id);
  }
  return new Gazetteer(places);
}

let shared: Gazetteer | undefined;
/** The repository's gazetteer, read once per process. */
export function defaultGazetteer(): Gazetteer {
  return (shared ??= loadGazetteer());
}

export { fold };
