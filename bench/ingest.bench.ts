// npm run bench:ingest [-- --articles 1000] [--engine-articles 40] [--dir FOLDER] [--rounds 3] [--kbp]
// Ingest throughput as the CLI runs it (read each file, draft it, write the draft), offline, in one
// run and on the same articles:
//   - baseline: reading each file and splitting it into sentences (the floor any drafter pays);
//   - rules only: the drafter without the NLP engine;
//   - NLP engine + rules: the NLP engine's start (JVM, CoreNLP models, one warm-up sentence), then
//     articles/s once warm, on the first --engine-articles of the same articles;
//   - with --kbp, the same again for an engine that also runs CoreNLP's KBP relation extractor.
// Articles: generated ones (deterministic), or the .txt files of --dir (e.g. ../shared/ingest-dev/articles).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { draftArticle } from '../server/ingest/draft/draft.ts';
import { draftPathFor, writeDraft } from '../server/ingest/draft/draft-writer.ts';
import { startNlpEngine, type NlpEngine } from '../server/ingest/engine/nlp-engine.ts';
import { readArticleFile } from '../server/ingest/read/article.ts';
import { splitSentences } from '../server/ingest/read/sentences.ts';
import { defaultGazetteer } from '../server/ingest/recognise/gazetteer.ts';
import { machineLine, parseArgs, positiveInt } from './support/bench-args.ts';
import { syntheticArticles } from './synthetic/articles.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    'engine-articles': { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
    dir: { type: 'string' },
    kbp: { type: 'boolean', default: false },
  },
});
const rounds = positiveInt('rounds', values.rounds);
const gaz = defaultGazetteer();

/** The articles to draft: copies in a scratch folder, so drafts are written beside them and thrown away. */
function articleFiles(work: string): string[] {
  if (values.dir) {
    for (const f of fs.readdirSync(values.dir).filter((x) => x.endsWith('.txt')))
      fs.copyFileSync(path.join(values.dir, f), path.join(work, f));
  } else {
    for (const a of syntheticArticles(gaz, positiveInt('articles', values.articles)))
      fs.writeFileSync(path.join(work, a.name), a.text);
  }
  return fs
    .readdirSync(work)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(work, f));
}

async function draftEach(files: string[], engine?: NlpEngine): Promise<{ entities: number; relations: number }> {
  let entities = 0;
  let relations = 0;
  for (const f of files) {
    const draft = await draftArticle(readArticleFile(f), { gazetteer: gaz, engine });
    entities += draft.entities.length;
    relations += draft.relations.length;
    writeDraft(draftPathFor(f), draft);
  }
  return { entities, relations };
}

/** Median milliseconds of `rounds` runs. */
async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

const row = (step: string, n: number, ms: number) =>
  `| ${step.padEnd(36)} | ${String(n).padStart(8)} | ${ms.toFixed(0).padStart(8)} | ${(n / (ms / 1000)).toFixed(1).padStart(10)} |`;

let engine: NlpEngine | undefined;

/** Starts an engine (with or without KBP), warms it on one article, and times the drafts once warm. */
async function measureEngine(engineFiles: string[], kbp: boolean) {
  engine = await startNlpEngine({ kbp, log: (l) => console.error(l) });
  await draftEach(engineFiles.slice(0, 1), engine); // warm-up: the first request pays for lazy loading
  let counts = { entities: 0, relations: 0 };
  const warm = await time(async () => (counts = await draftEach(engineFiles, engine)));
  const { startMs, annotators } = engine;
  await engine.stop();
  engine = undefined;
  return { warm, counts, startMs, annotators };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-bench-ingest-'));
try {
  const files = articleFiles(work);
  const engineFiles = files.slice(0, positiveInt('engine-articles', values['engine-articles']));
  const kib = files.reduce((s, f) => s + fs.statSync(f).size, 0) / files.length / 1024;
  console.log(
    `${machineLine()}\n${files.length} ${values.dir ? `articles from ${values.dir}` : 'generated articles'} (${kib.toFixed(1)} KiB each), median of ${rounds} rounds, offline`,
  );
  const baseline = await time(() => files.forEach((f) => splitSentences(fs.readFileSync(f, 'utf8'))));
  let counts = { entities: 0, relations: 0 };
  const rules = await time(async () => (counts = await draftEach(files)));
  const rulesSubset = await time(() => draftEach(engineFiles));

  const config = loadConfig().nlp;
  const measured = [await measureEngine(engineFiles, false)];
  if (values.kbp) measured.push(await measureEngine(engineFiles, true));

  console.log(`| ${'step'.padEnd(36)} | articles | ms       | articles/s |`);
  console.log(`|${'-'.repeat(38)}|----------|----------|------------|`);
  console.log(row('baseline: read + split sentences', files.length, baseline));
  console.log(row('rules only: read + draft + write', files.length, rules));
  console.log(row('rules only, same articles as engine', engineFiles.length, rulesSubset));
  for (const m of measured)
    console.log(
      row(`NLP engine${m.annotators.endsWith('kbp') ? ' (+kbp)' : ''} + rules, warm`, engineFiles.length, m.warm),
    );
  console.log(
    `rules only: ${(rules / baseline).toFixed(1)}x the baseline, ${counts.entities} entities and ${counts.relations} relations`,
  );
  for (const m of measured) {
    const started = config.url
      ? `an engine already running at ${config.url} (start not measured)`
      : `start ${(m.startMs / 1000).toFixed(1)} s (heap ${config.heapMb} MB)`;
    console.log(
      `NLP engine (${m.annotators}): ${started}; ${(m.warm / rulesSubset).toFixed(0)}x the rules-only time on the same ${engineFiles.length} articles (${m.counts.entities} entities, ${m.counts.relations} relations)`,
    );
  }
} finally {
  await engine?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
