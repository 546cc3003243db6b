// npm run eval:extract [-- --verbose]
// Drafts the five seed articles afresh (no database) and compares the drafts with the curated facts.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_FACTS_DIR, factsFilesIn } from '../seed/load-facts.ts';
import { readFactsFile } from '../seed/read-facts.ts';
import { draftFacts } from './draft.ts';
import { compareFacts, formatTable, prf, total, type EvalResult } from './evaluate.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, facts: { type: 'string', default: SEED_FACTS_DIR } } });

export function evaluateSeeds(factsDir = SEED_FACTS_DIR, onArticle?: (file: string, one: EvalResult) => void): EvalResult {
  const result: EvalResult = { entities: new Map(), relations: new Map() };
  for (const file of factsFilesIn(factsDir)) {
    const gold = readFactsFile(file).facts;
    if (gold.status !== 'curated') continue;
    const articlePath = path.join(path.dirname(path.dirname(path.resolve(file))), gold.article.file);
    // The article's date is metadata, not something to extract: the draft gets the curated one.
    const draft = draftFacts(fs.readFileSync(articlePath, 'utf8'), { file: gold.article.file, date: gold.article.published });
    compareFacts(draft, gold, result);
    onArticle?.(gold.article.file, compareFacts(draft, gold));
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const result = evaluateSeeds(values.facts, (file, one) => {
    if (!values.verbose) return;
    const e = prf(total(one.entities));
    const r = prf(total(one.relations));
    console.log(`${file}: entities F1 ${e.f1.toFixed(2)}, relations F1 ${r.f1.toFixed(2)}`);
  });
  console.log(formatTable('entity kind', result.entities));
  console.log();
  console.log(formatTable('relation type', result.relations));
  const e = prf(total(result.entities)).f1;
  const r = prf(total(result.relations)).f1;
  console.log(`\nentity F1 ${e.toFixed(3)} (target >= 0.90), relation F1 ${r.toFixed(3)} (target >= 0.75); ${Math.round(performance.now() - started)} ms`);
}
