// npm run eval:extract [-- --verbose]   (--verbose: per article, with what did not match)
// Drafts the five seed articles afresh (no database) and compares the drafts with the curated facts.
import { parseArgs } from 'node:util';
import { SEED_FACTS_DIR } from '../facts/facts-files.ts';
import { formatTable, prf, total } from './evaluate.ts';
import { evaluateSeeds } from './seed-eval.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, facts: { type: 'string', default: SEED_FACTS_DIR } } });

const started = performance.now();
  const result = evaluateSeeds(values.facts, (file: string, one) => {
    if (!values.verbose) return;
    const e = prf(total(one.entities));
    const r = prf(total(one.relations));
    console.log(`${file}: entities F1 ${e.f1.toFixed(2)}, relations F1 ${r.f1.toFixed(2)}`);
    for (const m of one.misses) console.log(`  ${m}`);
  });
  console.log(formatTable('entity kind', result.entities));
  console.log();
  console.log(formatTable('relation type', result.relations));
  const e = prf(total(result.entities)).f1;
  const r = prf(total(result.relations)).f1;
  console.log(`\nentity F1 ${e.toFixed(3)} (target >= 0.90), relation F1 ${r.toFixed(3)} (target >= 0.75); ${Math.round(performance.now() - started)} ms`);
