// npm run bench:ingest [-- --articles 1000]
// Ingest throughput on a folder of generated articles (deterministic), offline, as the CLI runs it:
// read each file, draft it, write the draft. Baseline in the same run: reading each file and
// splitting it into sentences (the floor any drafter pays), so the ratio says what drafting costs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { draftFacts } from '../server/ingest/draft/draft.ts';
import { draftPathFor, writeDraft } from '../server/ingest/draft/draft-writer.ts';
import { defaultGazetteer } from '../server/ingest/recognise/gazetteer.ts';
import { splitSentences } from '../server/ingest/read/sentences.ts';
import { syntheticArticles } from './synthetic/articles.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' } } });
const n = Number(values.articles);
const rounds = Number(values.rounds);
const gaz = defaultGazetteer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-bench-ingest-'));
try {
  for (const a of syntheticArticles(gaz, n)) fs.writeFileSync(path.join(dir, a.name), a.text);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);

  const time = (fn: () => void) => {
    const runs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  };
  let sentences = 0;
  const baseline = time(() => {
    sentences = 0;
    for (const f of files) sentences += splitSentences(fs.readFileSync(f, 'utf8')).length;
  });
  let entities = 0;
  let relations = 0;
  const full = time(() => {
    entities = relations = 0;
    for (const f of files) {
      const draft = draftFacts(fs.readFileSync(f, 'utf8'), { file: f, gazetteer: gaz });
      entities += draft.entities.length;
      relations += draft.relations.length;
      writeDraft(draftPathFor(f), draft);
    }
  });
  const rate = (ms: number) => (files.length / (ms / 1000)).toFixed(0);
  console.log(`${files.length} generated articles (${(bytes / files.length / 1024).toFixed(1)} KiB each, ${sentences} sentences), median of ${rounds} rounds, offline`);
  console.log(`| step                                  | ms     | articles/s |`);
  console.log(`|---------------------------------------|--------|------------|`);
  console.log(`| baseline: read + split sentences      | ${baseline.toFixed(0).padStart(6)} | ${rate(baseline).padStart(10)} |`);
  console.log(`| ingest: read + draft + write YAML     | ${full.toFixed(0).padStart(6)} | ${rate(full).padStart(10)} |`);
  console.log(`drafting costs ${(full / baseline).toFixed(1)}x the baseline; ${entities} entities and ${relations} relations drafted`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
