// npm run seed [-- --reset] [--approve] [facts file or folder …]
// Loads facts files (default: seeds/facts/) into the configured Neo4j and prints a summary.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openGraphDb } from '../db/connect.ts';
import { applySchema } from '../services/schema.service.ts';
import { FactsError } from '../facts/read-facts.ts';
import { loadFacts } from '../services/facts-load.service.ts';
import { SEED_FACTS_DIR, factsFilesIn, formatSummary } from '../facts/facts-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reset: { type: 'boolean', default: false }, approve: { type: 'boolean', default: false } },
});

const targets = positionals.length ? positionals : [SEED_FACTS_DIR];
const files = targets.flatMap(factsFilesIn);
const opened = await openGraphDb(loadConfig());
let code = 0;
try {
  await applySchema(opened.db);
  const summary = await loadFacts(opened.db, files, { reset: values.reset, approveDrafts: values.approve });
  console.log(formatSummary(summary));
} catch (err) {
  code = 1;
  if (err instanceof FactsError) console.error(`Nothing was written.\n${err.message}`);
  else console.error(err instanceof Error ? err.message : err);
} finally {
  await opened.close();
}
process.exit(code);
