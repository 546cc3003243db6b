// Reads a corpus of real articles with hand-made gold facts (the layout of ../shared/ingest-dev:
// articles/NN_slug.txt and gold/NN_slug.json) and scores drafts against it. The gold names its
// entities rather than giving ids; relations point at those names.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { addInto, compareFacts, emptyResult, type Comparable, type EvalResult } from './evaluate.ts';
import { slugify } from '../text.ts';

const GoldEntity = z.object({
  kind: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: z.string().nullish(),
  title: z.string().nullish(),
});
const GoldRelation = z.object({
  type: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  date: z.string().nullish(),
  props: z.record(z.string(), z.unknown()).default({}),
  quote: z.string().min(1),
});
const GoldFile = z.object({
  article: z.string().min(1),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
});

export interface GoldArticle {
  /** The article's file name. */
  file: string;
  text: string;
  gold: Comparable;
}

/** Reads every article that has a gold file; a gold problem names the file and the field. */
export function readGoldCorpus(dir: string): GoldArticle[] {
  const goldDir = path.join(dir, 'gold');
  const articlesDir = path.join(dir, 'articles');
  if (!fs.existsSync(goldDir) || !fs.existsSync(articlesDir))
    throw new Error(`${dir}: expected folders articles/ and gold/ (see its README)`);
  return fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readGoldArticle(path.join(goldDir, f), articlesDir));
}

function readGoldArticle(goldFile: string, articlesDir: string): GoldArticle {
  const parsed = GoldFile.safeParse(JSON.parse(fs.readFileSync(goldFile, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${goldFile}: ${first.path.join('.')}: ${first.message}`);
  }
  const g = parsed.data;
  const articleFile = path.join(articlesDir, g.article);
  if (!fs.existsSync(articleFile)) throw new Error(`${goldFile}: article ${g.article} not found in ${articlesDir}`);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const entities = g.entities.map((e) => {
    let id = slugify(e.name) || 'entity';
    for (let n = 2; taken.has(id); n++) id = `${slugify(e.name)}-${n}`;
    taken.add(id);
    ids.set(e.name, id);
    return { id, kind: e.kind, name: e.name, aliases: e.aliases };
  });
  const relations = g.relations.map((r, i) => {
    const end = (name: string, field: string) => {
      const id = ids.get(name);
      if (!id) throw new Error(`${goldFile}: relations[${i}].${field}: "${name}" is not one of the gold entities`);
      return id;
    };
    return { type: r.type, from: end(r.from, 'from'), to: end(r.to, 'to'), quote: r.quote };
  });
  return { file: g.article, text: fs.readFileSync(articleFile, 'utf8'), gold: { entities, relations } };
}

export type Drafter = (text: string, file: string) => Comparable | Promise<Comparable>;

/** Drafts every article and scores it; PARTNER_OF (not annotated in the gold) is scored apart. */
export async function evaluateCorpus(
  corpus: GoldArticle[],
  draft: Drafter,
  onArticle?: (file: string, one: EvalResult) => void,
): Promise<EvalResult> {
  const result = emptyResult();
  for (const a of corpus) {
    const one = compareFacts(await draft(a.text, a.file), a.gold, emptyResult(), { apart: new Set(['PARTNER_OF']) });
    addInto(result, one);
    onArticle?.(a.file, one);
  }
  return result;
}
