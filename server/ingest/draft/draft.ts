// Drafts a facts file from an article's raw text: the same format the loader reads, marked
// `status: draft`, every fact with a verbatim quote and a confidence.
import path from 'node:path';
import type { ArticleMeta, EntityFact, FactsFile } from '../../facts/facts.schema.ts';
import { analyze } from '../recognise/analyze.ts';
import { datelineOf } from '../read/dates.ts';
import { defaultGazetteer, type Gazetteer } from '../recognise/gazetteer.ts';
import type { DraftEntity } from '../recognise/mentions.ts';
import { draftRelations } from '../relate/relations.ts';
import { isFurniture } from '../read/sentences.ts';

export interface DraftOptions {
  /** The article's file name (the facts file points at it). */
  file: string;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD); else read from a "date …" header, else inferred. */
  date?: string;
  outlet?: string;
  gazetteer?: Gazetteer;
}

export function draftFacts(text: string, opts: DraftOptions): FactsFile {
  const gaz = opts.gazetteer ?? defaultGazetteer();
  const article = articleMeta(text, opts);
  const analysis = analyze(text, article.published, gaz);
  const relations = draftRelations(analysis);
  const entities = [...analysis.register.entities.values()].sort((a, b) => a.firstSeen - b.firstSeen).map((e) => entityFact(e, text));
  return { article, status: 'draft', approved: false, entities, relations };
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
  const stated = datelineOf(text);
  const inferred = stated ? undefined : latestYear(text);
  const published = opts.date ?? stated ?? inferred ?? String(new Date().getUTCFullYear());
  const publishedNote = opts.date ? 'given to ingest (--date)' : stated ? 'in text' : inferred ? 'inferred: the latest year the text names' : 'unknown: the year of drafting';
  return {
    id: file.replace(/\.txt$/, '').replace(/[^A-Za-z0-9_.-]/g, '_'),
    file,
    title: titleOf(text) ?? file,
    outlet: opts.outlet ?? outletOf(text) ?? 'unknown',
    published,
    publishedNote,
  };
}

function titleOf(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 20 && l.split(/\s+/).length >= 4);
  if (!line) return undefined;
  const first = isFurniture(line) ? line : line.split(/(?<=[.!?])\s/)[0]!;
  return first.replace(/^date \d{4}-\d{2}-\d{2}\s+/, '').slice(0, 160);
}

function outletOf(text: string): string | undefined {
  if (/\(Source: VNA\)|\bVNA\b/.test(text)) return 'Vietnam News Agency (VNA)';
  if (/\bVNS\b/.test(text)) return 'Viet Nam News (VNS)';
  if (/The Hanoi Times/.test(text)) return 'The Hanoi Times';
  return undefined;
}

function latestYear(text: string): string | undefined {
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1])).filter((y) => y <= new Date().getUTCFullYear());
  return years.length ? String(Math.max(...years)) : undefined;
}
