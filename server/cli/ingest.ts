// npm run ingest -- <article.txt | folder>… [--date YYYY-MM-DD] [--out DIR] [--outlet NAME]
//                   [--offline] [--rules-only] [--approve | --load]
// Drafts a facts file per article (<article folder>/facts/<id>.yaml unless --out), linked to the
// nodes already in the graph (the configured Neo4j; --offline: gazetteer only), and prints what it
// found. The NLP engine (nlp/, CoreNLP) is started for the run and stopped after it, or the one at
// CORRIDOR_NLP_URL is used; --rules-only drafts without it. A file that is no English article
// (empty, binary, too large, another language) is named and skipped, nothing written for it; the
// others are still drafted. --approve loads the drafts as approved; --load loads them only if their
// file says `approved: true` (the loader refuses the others and says so).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openGraphDb, type OpenedDb } from '../db/connect.ts';
import { applySchema } from '../services/schema.service.ts';
import { PartialDate } from '../../common/model.ts';
import { loadFacts } from '../services/facts-load.service.ts';
import { formatSummary } from '../facts/facts-files.ts';
import { FactsError } from '../facts/read-facts.ts';
import { draftArticle } from '../ingest/draft/draft.ts';
import { draftPathFor, writeDraft, type WriteOutcome } from '../ingest/draft/draft-writer.ts';
import { startNlpEngine, type NlpEngine } from '../ingest/engine/nlp-engine.ts';
import { graphNodeFinder, linkDraft, type NodeFinder } from '../ingest/link/graph-link.ts';
import { ArticleError, readArticleFile } from '../ingest/read/article.ts';
import { progressBar } from './progress-bar.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    out: { type: 'string' },
    outlet: { type: 'string' },
    offline: { type: 'boolean', default: false },
    'rules-only': { type: 'boolean', default: false },
    approve: { type: 'boolean', default: false },
    load: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function articlesIn(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p)) fail(`${p}: no such file or folder`);
    if (!fs.statSync(p).isDirectory()) return [p];
    return fs
      .readdirSync(p)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(p, f));
  });
}

interface Tally {
  outcomes: Record<WriteOutcome, string[]>;
  /** Files that are no article, with the reason. */
  refused: string[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  linked: number;
  lowConfidence: number;
}

async function draftAll(
  articles: string[],
  engine: NlpEngine | undefined,
  find: NodeFinder | undefined,
): Promise<Tally> {
  const t: Tally = {
    outcomes: { written: [], 'kept-curated': [], 'kept-approved': [] },
    refused: [],
    entities: {},
    relations: {},
    linked: 0,
    lowConfidence: 0,
  };
  const bar = articles.length > 1 ? progressBar('articles', articles.length) : undefined;
  for (const [i, file] of articles.entries()) {
    bar?.update(i);
    let article;
    try {
      article = readArticleFile(file);
    } catch (err) {
      if (!(err instanceof ArticleError)) throw err;
      t.refused.push(`${file}: ${err.message.slice(err.file.length + 2)}`);
      continue;
    }
    const draft = await draftArticle(article, { date: values.date, outlet: values.outlet, engine });
    const links = find ? await linkDraft(draft, find) : [];
    const target = draftPathFor(file, values.out);
    const outcome = writeDraft(target, draft, links);
    t.outcomes[outcome].push(target);
    if (outcome !== 'written') continue;
    t.linked += links.length;
    draft.entities.forEach((e) => (t.entities[e.kind] = (t.entities[e.kind] ?? 0) + 1));
    draft.relations.forEach((r) => (t.relations[r.type] = (t.relations[r.type] ?? 0) + 1));
    t.lowConfidence += draft.relations.filter((r) => (r.confidence ?? 1) < 0.6).length;
    if (!bar) console.log(`${file} -> ${target}`);
  }
  bar?.update(articles.length);
  bar?.done();
  return t;
}

function summary(t: Tally, total: number, secs: number, how: string): string {
  const list = (o: Record<string, number>) =>
    Object.entries(o)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  return [
    `Drafted ${t.outcomes.written.length} of ${total} article(s) in ${secs.toFixed(1)} s (${(total / secs).toFixed(1)} articles/s; ${how})`,
    `  new entities: ${list(t.entities)}`,
    `  relations:    ${list(t.relations)}${t.lowConfidence ? ` (${t.lowConfidence} below confidence 0.6)` : ''}`,
    `  linked to existing nodes: ${t.linked}`,
    ...(t.outcomes['kept-curated'].length
      ? [`  kept (curated, not overwritten): ${t.outcomes['kept-curated'].join(', ')}`]
      : []),
    ...(t.outcomes['kept-approved'].length
      ? [`  kept (already approved): ${t.outcomes['kept-approved'].join(', ')}`]
      : []),
    ...(t.refused.length ? [`  not drafted (${t.refused.length}):`, ...t.refused.map((r) => `    ${r}`)] : []),
    values.approve || values.load
      ? ''
      : 'Review the drafts, set `approved: true`, then load them with --load (or load as they are with --approve).',
  ].join('\n');
}

/** Loads the drafts written (and the approved ones kept), grouped by the folder their articles are in. */
async function loadDrafts(opened: OpenedDb, articles: string[], t: Tally) {
  const files = [...t.outcomes.written, ...t.outcomes['kept-approved']];
  // The loader finds an article next to the facts folder, unless the drafts were written elsewhere.
  const byArticleDir = new Map<string, string[]>();
  for (const f of files) {
    const article = articles.find((a) => draftPathFor(a, values.out) === f)!;
    const dir = path.dirname(article);
    byArticleDir.set(dir, [...(byArticleDir.get(dir) ?? []), f]);
  }
  for (const [dir, group] of byArticleDir) {
    const result = await loadFacts(opened.db, group, { approveDrafts: values.approve, articlesDir: dir });
    console.log(formatSummary(result));
  }
}

if (!positionals.length)
  fail(
    'usage: npm run ingest -- <article.txt | folder>… [--date YYYY-MM-DD] [--out DIR] [--offline] [--rules-only] [--approve | --load]',
  );
if (values.date && !PartialDate.safeParse(values.date).success)
  fail(`--date ${values.date}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
if (values.offline && (values.approve || values.load))
  fail('--approve/--load write to the graph: they cannot be combined with --offline');
const articles = articlesIn(positionals);
if (!articles.length) fail(`no .txt articles in ${positionals.join(', ')}`);

let opened: OpenedDb | undefined;
let engine: NlpEngine | undefined;
let code = 0;
try {
  if (!values.offline) {
    opened = await openGraphDb(loadConfig(), (line) => console.error(line));
    await applySchema(opened.db);
  }
  if (!values['rules-only']) engine = await startNlpEngine({ log: (line) => console.error(line) });
  const started = performance.now();
  const tally = await draftAll(articles, engine, opened ? graphNodeFinder(opened.db) : undefined);
  const how = `${engine ? 'NLP engine + rules' : 'rules only'}${opened ? '' : ', offline: matched against the gazetteer only'}`;
  console.log(summary(tally, articles.length, (performance.now() - started) / 1000, how));
  if (tally.refused.length) code = 3;
  if (opened && (values.approve || values.load)) await loadDrafts(opened, articles, tally);
} catch (err) {
  code = 1;
  if (err instanceof FactsError) console.error(`Nothing was loaded.\n${err.message}`);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
} finally {
  await engine?.stop();
  await opened?.close();
}
process.exit(code);
