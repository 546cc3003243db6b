// Drafts a facts file from an article's raw text: the same format the loader reads, marked
// `status: draft`, every fact with a verbatim quote (or, for facts from reference data, its source)
// and a confidence. With the NLP engine's parses the recognisers and relation rules also read the
// engine's names and dependency structure; without them (rules only) they read the words alone.
import path from 'node:path';
import type { ArticleMeta, EntityFact, FactsFile } from '../../facts/facts.schema.ts';
import type { NlpEngine } from '../engine/nlp-engine.ts';
import type { ParsedSentence } from '../engine/annotation.ts';
import { checkArticle, headlineOf, readSourceHeader, titleFromUrl, type ReadArticle } from '../read/article.ts';
import { datelineOf } from '../read/dates.ts';
import { blankOutletLinks } from '../read/outlet-links.ts';
import { splitSentences, withoutDateline } from '../read/sentences.ts';
import { analyze } from '../recognise/analyze.ts';
import { defaultGazetteer, type Gazetteer } from '../recognise/gazetteer.ts';
import type { DraftEntity } from '../recognise/mentions.ts';
import { draftRelations } from '../relate/relations.ts';

export interface DraftOptions {
  /** The article's file name (the facts file points at it). */
  file: string;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD); else the `# source:` header's, else a "date …" dateline. */
  date?: string;
  outlet?: string;
  gazetteer?: Gazetteer;
  /** The engine's parse of each sentence splitSentences gives for the body (draftArticle fills it). */
  parses?: ParsedSentence[];
}

/**
 * The article with its `# source:` header and the outlet's trailing link list (other stories'
 * headlines) blanked out: no fact is drafted from them, and offsets (and so quotes) stay the file's.
 */
export function bodyOf(text: string): string {
  return blankOutletLinks(text.replace(/^#\s*source:[^\n]*/i, (m) => ' '.repeat(m.length)));
}

export function draftFacts(text: string, opts: DraftOptions): FactsFile {
  const gaz = opts.gazetteer ?? defaultGazetteer();
  const article = articleMeta(text, opts);
  const analysis = analyze(bodyOf(text), article.published, gaz, opts.parses);
  const drafted = draftRelations(analysis, article.published, headlineOf(bodyOf(text)));
  // An entity drafted only if a fact uses it counts article facts, not reference ones that merely mention it.
  const related = new Set(drafted.filter((r) => r.basis !== 'reference').flatMap((r) => [r.from, r.to]));
  const entities = [...analysis.register.entities.values()]
    .filter((e) => keepEntity(e, related))
    .sort((a, b) => a.firstSeen - b.firstSeen)
    .map((e) => entityFact(e, text));
  const kept = new Set(entities.map((e) => e.id));
  const relations = drafted.filter((r) => kept.has(r.from) && kept.has(r.to));
  return { article, status: 'draft', approved: false, entities, relations };
}

/** Drafts an article read by readArticleFile, with the engine's parses when an engine is given. */
export async function draftArticle(
  article: ReadArticle,
  opts: Omit<DraftOptions, 'file' | 'parses'> & { engine?: NlpEngine },
): Promise<FactsFile> {
  const parses = opts.engine
    ? await opts.engine.parse(splitSentences(bodyOf(article.text)).map(withoutDateline))
    : undefined;
  return draftFacts(article.text, { ...opts, file: article.file, parses });
}

/** Drafts text given directly (tests, evaluation): the same checks as a file, then draftArticle. */
export function draftText(
  text: string,
  file: string,
  opts: Omit<DraftOptions, 'file' | 'parses'> & { engine?: NlpEngine } = {},
): Promise<FactsFile> {
  return draftArticle(checkArticle(file, Buffer.from(text, 'utf8')), opts);
}

/** An entity recognised only by the engine's names (no pattern of ours) is drafted only if a fact uses it. */
function keepEntity(e: DraftEntity, related: Set<string>): boolean {
  return !e.onlyIfRelated || related.has(e.id);
}

function entityFact(e: DraftEntity, text: string): EntityFact {
  const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
  const quote = [e.quote, e.name, ...aliases].find((q): q is string => Boolean(q && q.length >= 3 && text.includes(q)));
  const fact: EntityFact = { id: e.id, kind: e.kind, name: e.name, aliases };
  if (e.country) fact.country = e.country;
  if (e.lat !== undefined) fact.lat = e.lat;
  if (e.lon !== undefined) fact.lon = e.lon;
  if (e.title) fact.title = e.title;
  if (quote) fact.quote = quote;
  fact.confidence = Math.round(e.confidence * 100) / 100;
  return fact;
}

function articleMeta(text: string, opts: DraftOptions): ArticleMeta {
  const file = path.basename(opts.file);
  const source = readSourceHeader(text)?.source;
  const stated = datelineOf(text);
  const published = opts.date ?? source?.published ?? stated;
  const publishedNote = opts.date
    ? 'given to ingest (--date)'
    : source?.published
      ? 'in the source header'
      : stated
        ? 'in text'
        : 'unknown: neither the article nor its header states it';
  const meta: ArticleMeta = {
    id: file.replace(/\.txt$/, '').replace(/[^A-Za-z0-9_.-]/g, '_'),
    file,
    title: titleOf(text, source?.url) ?? file,
    outlet: opts.outlet ?? source?.outlet ?? outletOf(text) ?? 'unknown',
    publishedNote,
  };
  if (published) meta.published = published;
  if (source?.url) meta.url = source.url;
  return meta;
}

/** The headline; else the address's slug; else the first line of running text. */
function titleOf(text: string, url: string | undefined): string | undefined {
  const body = bodyOf(text);
  const headline = headlineOf(body);
  if (headline) return headline.replace(/^date \d{4}-\d{2}-\d{2}\s+/, '');
  const fromUrl = titleFromUrl(url);
  if (fromUrl) return fromUrl;
  const line = body
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 20 && l.split(/\s+/).length >= 4);
  return line
    ?.split(/(?<=[.!?])\s/)[0]!
    .replace(/^date \d{4}-\d{2}-\d{2}\s+/, '')
    .slice(0, 160);
}

function outletOf(text: string): string | undefined {
  if (/\(Source: VNA\)|\bVNA\b/.test(text)) return 'Vietnam News Agency (VNA)';
  if (/\bVNS\b/.test(text)) return 'Viet Nam News (VNS)';
  if (/The Hanoi Times/.test(text)) return 'The Hanoi Times';
  return undefined;
}
