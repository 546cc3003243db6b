// npm run ingest -- <article.txt | folder>… [--date YYYY-MM-DD] [--out DIR] [--outlet NAME]
//                   [--offline] [--approve | --load]
// Drafts a facts file per article (<article folder>/facts/<id>.yaml unless --out), linked to the
// nodes already in the graph (the configured Neo4j; --offline: gazetteer only), and prints what it
// found. --approve loads the drafts as approved; --load loads them only if their file says
// `approved: true` (the loader refuses the others and says so).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { openGraphDb, type OpenedDb } from '../../db/connect.ts';
import { applySchema } from '../../services/schema.service.ts';
import { PartialDate } from '../../../common/model.ts';
import { loadFacts } from '../../services/facts-load.service.ts';
import { formatSummary } from '../../facts/facts-files.ts';
import { FactsError } from '../../facts/read-facts.ts';
import { draftFacts } from '../draft/draft.ts';
import { draftPathFor, writeDraft, type WriteOutcome } from '../draft/draft-writer.ts';
import { graphNodeFinder, linkDraft } from '../link/graph-link.ts';
import { progressBar } from './progress.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    out: { type: 'string' },
    outlet: { type: 'string' },
    offline: { type: 'boolean', default: false },
    approve: { type: 'boolean', default: false },
    load: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!positionals.length) fail('usage: npm run ingest -- <article.txt | folder>… [--date YYYY-MM-DD] [--out DIR] [--offline] [--approve | --load]');
if (values.date && !PartialDate.safeParse(values.date).success) fail(`--date ${values.date}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
if (values.offline && (values.approve || values.load)) fail('--approve/--load write to the graph: they cannot be combined with --offline');

const articles = positionals.flatMap((p) => {
  if (!fs.existsSync(p)) fail(`${p}: no such file or folder`);
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(p, f));
});
if (!articles.length) fail(`no .txt articles in ${positionals.join(', ')}`);

let opened: OpenedDb | undefined;
let code = 0;
try {
  if (!values.offline) {
    opened = await openGraphDb(loadConfig(), (line) => console.error(line));
    await applySchema(opened.db);
  }
  const find = opened ? graphNodeFinder(opened.db) : undefined;
  const bar = articles.length > 1 ? progressBar(articles.length) : undefined;
  const outcomes: Record<WriteOutcome, string[]> = { written: [], 'kept-curated': [], 'kept-approved': [] };
  const entities: Record<string, number> = {};
  const relations: Record<string, number> = {};
  let linked = 0;
  let lowConfidence = 0;
  const started = performance.now();
  for (const [i, article] of articles.entries()) {
    const draft = draftFacts(fs.readFileSync(article, 'utf8'), { file: article, date: values.date, outlet: values.outlet });
    const links = find ? await linkDraft(draft, find) : [];
    const target = draftPathFor(article, values.out);
    const outcome = writeDraft(target, draft, links);
    outcomes[outcome].push(target);
    if (outcome === 'written') {
      linked += links.length;
      draft.entities.forEach((e) => (entities[e.kind] = (entities[e.kind] ?? 0) + 1));
      draft.relations.forEach((r) => (relations[r.type] = (relations[r.type] ?? 0) + 1));
      lowConfidence += draft.relations.filter((r) => (r.confidence ?? 1) < 0.6).length;
      if (!bar) console.log(`${article} -> ${target}`);
    }
    bar?.tick(i + 1);
  }
  const secs = (performance.now() - started) / 1000;
  const list = (o: Record<string, number>) => Object.entries(o).sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  console.log(
    [
      `Drafted ${outcomes.written.length} of ${articles.length} article(s) in ${secs.toFixed(1)} s (${(articles.length / secs).toFixed(1)} articles/s)${opened ? '' : ' — offline: matched against the gazetteer only'}`,
      `  new entities: ${list(entities)}`,
      `  relations:    ${list(relations)}${lowConfidence ? ` (${lowConfidence} below confidence 0.6)` : ''}`,
      `  linked to existing nodes: ${linked}`,
      ...(outcomes['kept-curated'].length ? [`  kept (curated, not overwritten): ${outcomes['kept-curated'].join(', ')}`] : []),
      ...(outcomes['kept-approved'].length ? [`  kept (already approved): ${outcomes['kept-approved'].join(', ')}`] : []),
      values.approve || values.load ? '' : 'Review the drafts, set `approved: true`, then load them with --load (or load as they are with --approve).',
    ].join('\n'),
  );
  if (opened && (values.approve || values.load)) {
    const files = [...outcomes.written, ...outcomes['kept-approved']];
    // The loader finds an article next to the facts folder, unless the drafts were written elsewhere.
    const byArticleDir = new Map<string, string[]>();
    for (const f of files) {
      const article = articles.find((a) => draftPathFor(a, values.out) === f)!;
      const dir = path.dirname(article);
      byArticleDir.set(dir, [...(byArticleDir.get(dir) ?? []), f]);
    }
    for (const [dir, group] of byArticleDir) {
      const summary = await loadFacts(opened.db, group, { approveDrafts: values.approve, articlesDir: dir });
      console.log(formatSummary(summary));
    }
  }
} catch (err) {
  code = 1;
  if (err instanceof FactsError) console.error(`Nothing was loaded.\n${err.message}`);
  else console.error(err instanceof Error ? err.stack ?? err.message : err);
} finally {
  await opened?.close();
}
process.exit(code);
