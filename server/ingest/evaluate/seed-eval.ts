// Drafts the curated articles afresh and scores the drafts against the curated facts.
import fs from 'node:fs';
import path from 'node:path';
import { SEED_FACTS_DIR, factsFilesIn } from '../../facts/load-facts.ts';
import { readFactsFile } from '../../facts/read-facts.ts';
import { draftFacts } from '../draft/draft.ts';
import { addInto, compareFacts, emptyResult, type EvalResult } from './evaluate.ts';

export function evaluateSeeds(factsDir = SEED_FACTS_DIR, onArticle?: (file: string, one: EvalResult) => void): EvalResult {
  const result = emptyResult();
  for (const file of factsFilesIn(factsDir)) {
    const gold = readFactsFile(file).facts;
    if (gold.status !== 'curated') continue;
    const articlePath = path.join(path.dirname(path.dirname(path.resolve(file))), gold.article.file);
    // The article's date is metadata, not something to extract: the draft gets the curated one.
    const draft = draftFacts(fs.readFileSync(articlePath, 'utf8'), { file: gold.article.file, date: gold.article.published });
    const one = compareFacts(draft, gold);
    addInto(result, one);
    onArticle?.(gold.article.file, one);
  }
  return result;
}
