// npm run eval:extract [-- --verbose] [-- --facts DIR] [-- --corpus DIR] [-- --rules-only]
//   default: drafts the five seed articles afresh (no database) and compares them with the curated facts;
//   --facts DIR: the same over another folder of curated facts (the project's held-out fixtures);
//   --corpus DIR: real articles with gold JSON (articles/ + gold/, as ../shared/ingest-dev): relations
//     by type with PARTNER_OF scored apart, and per article what was missed and what was wrong.
// The NLP engine is started for the run (or CORRIDOR_NLP_URL used); --rules-only drafts without it.
// --verbose: per article, with what did not match (always on with --corpus).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_FACTS_DIR } from '../facts/facts-files.ts';
import { draftText } from '../ingest/draft/draft.ts';
import { startNlpEngine, type NlpEngine } from '../ingest/engine/nlp-engine.ts';
import { formatMiss, formatTable, prf, total, type EvalResult } from '../ingest/evaluate/evaluate.ts';
import { evaluateCorpus, readGoldCorpus } from '../ingest/evaluate/gold-corpus.ts';
import { evaluateSeeds } from '../ingest/evaluate/seed-eval.ts';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    facts: { type: 'string', default: SEED_FACTS_DIR },
    corpus: { type: 'string' },
    'rules-only': { type: 'boolean', default: false },
  },
});

const perArticle = (verbose: boolean) => (file: string, one: EvalResult) => {
  const e = prf(total(one.entities));
  const r = prf(total(one.relations));
  console.log(`${file}: entities F1 ${e.f1.toFixed(2)}, relations F1 ${r.f1.toFixed(2)}`);
  if (verbose) for (const m of one.misses) console.log(`  ${formatMiss(m)}`);
};

let engine: NlpEngine | undefined;
try {
  if (!values['rules-only']) engine = await startNlpEngine({ log: (l) => console.error(l) });
  const started = performance.now();
  let result: EvalResult;
  if (values.corpus) {
    const corpus = readGoldCorpus(path.resolve(values.corpus));
    console.log(
      `${corpus.length} articles with gold facts in ${values.corpus} (${engine ? 'NLP engine + rules' : 'rules only'})\n`,
    );
    result = await evaluateCorpus(corpus, (text, file) => draftText(text, file, { engine }), perArticle(true));
    console.log();
  } else {
    result = await evaluateSeeds(values.facts, engine, perArticle(values.verbose));
  }
  console.log(formatTable('entity kind', result.entities));
  console.log();
  console.log(formatTable('relation type', result.relations));
  if (result.apart.size) {
    console.log('\nScored apart (not annotated in the gold, so every one counts as wrong; not in relation F1):');
    console.log(formatTable('relation type', result.apart, false));
  }
  const e = prf(total(result.entities));
  const r = prf(total(result.relations));
  console.log(
    `\nentity P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} F1 ${e.f1.toFixed(3)}; relation P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f1.toFixed(3)}; ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  await engine?.stop();
}
