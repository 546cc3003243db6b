// Drafts the curated articles afresh and scores the drafts against the curated facts.
import fs from 'node:fs';
import path from 'node:path';
import { SEED_FACTS_DIR, factsFilesIn } from '../../facts/facts-files.ts';
import { readFactsFile } from '../../facts/read-facts.ts';
import { draftText } from '../draft/draft.ts';
import type { NlpEngine } from '../engine/nlp-engine.ts';
import { addInto, compareFacts, emptyResult, type EvalResult } from './evaluate.ts';

/** Without an engine: the rules-only drafter. */
export async function evaluateSeeds(
  factsDir = SEED_FACTS_DIR,
  engine?: NlpEngine,
  onArticle?: (file: string, one: EvalResult) => void,
): Promise<EvalResult> {
  const result = emptyResult();
  for (const file of factsFilesIn(factsDir)) {
    const gold = readFactsFile(file).facts;
    if (gold.status !== 'curated') continue;
    const articlePath = path.join(path.dirname(path.dirname(path.resolve(file))), gold.article.file);
    // The article's date is metadata, not something to extract: the draft gets the curated one.
    const draft = await draftText(fs.readFileSync(articlePath, 'utf8'), gold.article.file, {
      date: gold.article.published,
      engine,
    });
    const one = compareFacts(draft, gold);
    addInto(result, one);
    onArticle?.(gold.article.file, one);
  }
  return result;
}
